"""v26 blind evaluation set: Turkish (tr-TR)."""
import random

_r = random.Random(579)
_seen = set()
O = []
while len(O) < 50:
    o = "579-%07d-%07d" % (_r.randrange(10**6, 10**7), _r.randrange(10**6, 10**7))
    if o not in _seen:
        _seen.add(o)
        O.append(o)

MESSAGES = []


def _m(n, typ, fmt, subject, body, expected, note, order=None):
    MESSAGES.append({
        "id": "v26-tr-%03d" % n, "language": "tr", "locale": "tr-TR", "type": typ,
        "format": fmt, "subject": subject, "body": body,
        "order_id": order or O[n - 1], "expected": sorted(expected), "note": note,
    })


# ---------------- clean (1-17) ----------------
_m(1, "delivery-delay", "text", f"{O[0]} numaralı siparişinizde gecikme",
   f"Merhaba Ayşe Hanım,\n\n{O[0]} numaralı siparişinizdeki pamuklu nevresim takımı, ilanda belirttiğimiz tarihten birkaç gün sonra kargoya verilebilecek. Denizli'deki atölyemizden kumaş sevkiyatı gecikti; ürününüzü en geç 16.12.2026 Çarşamba günü yola çıkarmayı planlıyoruz.\n\nGecikme için özür dileriz. Bu tarih size uymuyorsa lütfen bize yazın.\n\nSaygılarımızla\nElif Korkmaz\nPamukKöşe Ev Tekstili",
   [], "Plain-text delivery delay with a new date, clean.")
_m(2, "delivery-delay", "html", f"Sipariş {O[1]} – yeni gönderim tarihi",
   f"<p>Sayın Müşterimiz,</p><p><strong>{O[1]}</strong> numaralı siparişinizdeki ofis koltuğunun kolçakları üreticiden henüz ulaşmadı. Güncel bilgiler aşağıdadır:</p><table><tr><td>İlk planlanan gönderim</td><td>08.12.2026</td></tr><tr><td>Yeni gönderim tarihi</td><td>15.12.2026</td></tr></table><p>Bir değişiklik olursa sizi hemen bilgilendireceğiz.</p><p>Saygılarımızla<br>Murat Aydın<br>Müşteri Hizmetleri, OfisDünyası Mobilya</p>",
   [], "Builder HTML delay with an unstyled table, clean.")
_m(3, "order-problem", "text", f"[Önemli] {O[2]} numaralı siparişinizle ilgili sorun",
   f"Merhaba,\n\n{O[2]} numaralı siparişinizdeki Türk kahvesi makinesini maalesef gönderemiyoruz: depodaki son ürün kalite kontrolde arızalı çıktı ve üretici bu modeli yıl sonuna kadar tedarik edemiyor.\n\nSipariş tutarının tamamı (1.349,00 TL) Seller Central üzerinden NoInventory gerekçesiyle düzeltildi. Sizin ek bir işlem yapmanıza gerek yok; ödeme otomatik olarak iade edilecek.\n\nAnlayışınız için teşekkür eder, tekrar özür dileriz.\nSelim Yıldız\nKahve Diyarı",
   [], "Order problem confirming the adjustment with NoInventory; [Önemli] allowed here.")
_m(4, "additional-information", "text", f"Gravür bilgisi – sipariş {O[3]}",
   f"Merhaba Zeynep Hanım,\n\n{O[3]} numaralı siparişinizdeki gümüş kolyeye yazılacak \"Sonsuza Dek 2026\" ifadesini el yazısı fontla mı, yoksa düz harflerle mi işleyelim? Bu bilgiyi almadan üretime başlayamıyoruz.\n\nBu mesaja yanıt vermeniz yeterli.\n\nİyi günler\nGümüşhane Atölye",
   [], "Asks for information needed to complete the order, clean.")
_m(5, "return-follow-up", "text", f"İade talebiniz hakkında – {O[4]}",
   f"Merhaba,\n\n{O[4]} numaralı siparişteki mont için iade talebinizi aldık. Sorun yalnızca kopan bir düğme olduğu için, montu elinizde tutmanız halinde 300,00 TL kısmi iade önerebiliriz. Yine de ürünü geri göndermek isterseniz o da mümkün; hangi seçeneği tercih ettiğinizi bize yazmanız yeterli.\n\nSevgiler\nDeniz Öztürk\nKaradeniz Outdoor",
   [], "Return follow-up offering a partial refund, clean.")
_m(6, "return-follow-up", "text", f"İade {O[5]} – eksik parça sorusu",
   f"Merhaba,\n\n{O[5]} numaralı siparişin iade paketi bize ulaştı, ancak kulaklığın şarj kutusu pakette yoktu. Kutuyu ayrı bir kargoyla mı gönderdiniz, yoksa sizde mi kaldı? İadeyi tamamlayabilmemiz için bu bilgiye ihtiyacımız var.\n\nTeşekkürler\nBurak Şen\nSesMarket",
   [], "Return follow-up asking for information needed to finish the return, clean.")
_m(7, "invoice", "text", f"{O[6]} numaralı siparişinizin faturası (FTR/2026/12/0458)",
   f"Merhaba,\n\n{O[6]} numaralı siparişinize ait FTR/2026/12/0458 numaralı e-Arşiv faturanızı ekte bulabilirsiniz. Fatura, bildirdiğiniz şirket unvanı ve vergi numarası adına düzenlenmiştir.\n\nToplam: 4.799,00 TL (KDV %20 dahil, KDV tutarı 799,83 TL)\n\nSaygılarımızla\nMuhasebe Birimi\n\nAnadolu Hırdavat Ticaret Ltd. Şti.\nOrganize Sanayi Bölgesi 4. Cad. No: 17, 16140 Nilüfer/Bursa\nVergi Dairesi: Nilüfer, Vergi No: 0681234571\nMERSİS No: 0068123457100019\nTicaret Sicil No: 98412",
   [], "Invoice with Vergi No, MERSİS and Ticaret Sicil numbers and a slashed invoice number, clean.")
_m(8, "review-request", "text", f"Ürün değerlendirmeniz – {O[7]}",
   f"Merhaba,\n\n{O[7]} numaralı siparişinizdeki çaydanlık birkaç gündür sizde. Vaktiniz olursa Amazon'da ürün hakkında bir değerlendirme yazmanızı rica ederiz; olumlu ya da olumsuz, her görüş diğer alıcıların seçimine yardımcı oluyor.\n\nİyi günler dileriz\nÇayevi Bakırcılar",
   [], "Neutral review request, clean.")
_m(9, "review-request", "html", f"Siparişiniz {O[8]} hakkında görüşünüz",
   f"<p><img src=\"https://static.seramikizmir.com.tr/gorsel/logo-seramik-izmir.png\" alt=\"Seramik İzmir logosu\" width=\"170\"></p><p>Merhaba,</p><p>{O[8]} numaralı siparişinizdeki el yapımı kupaları keyifle kullandığınızı umuyoruz. Görüşlerinizi paylaşırsanız çok seviniriz; övgü de eleştiri de bizim için değerli.</p><p><a href=\"https://www.amazon.com.tr/review/create-review?asin=B0CZ3L8R6T\">Kupalar için Amazon.com.tr'de değerlendirme yazın</a></p><p>Seramik İzmir ekibi</p>",
   [], "HTML review request with shop logo (alt names shop) and descriptive https Amazon link, clean.")
_m(10, "delivery-scheduling", "text", f"Gardırop teslimatı için randevu – {O[9]}",
   f"Merhaba Emre Bey,\n\n{O[9]} numaralı siparişinizdeki gardırop yaklaşık 110 kg olduğu için iki kişilik ekibimiz tarafından teslim edilecek. Aşağıdaki zaman aralıklarından birini seçebilirsiniz:\n\n- 15 Aralık 2026 Salı, 09:00-13:00\n- 16 Aralık 2026 Çarşamba, 13:00-18:00\n- 19 Aralık 2026 Cumartesi, 10:00-14:00\n\nUygun olanı yazarken kaçıncı katta oturduğunuzu ve asansör olup olmadığını da belirtirseniz seviniriz.\n\nSaygılarımla\nHülya Demir\nEge Mobilya",
   [], "Bulky delivery scheduling with dates and slots, clean.")
_m(11, "home-service-appointment", "text", f"Bulaşık makinesi kurulumu – randevu ({O[10]})",
   f"Merhaba,\n\n{O[10]} numaralı siparişinizle birlikte kurulum hizmeti aldınız. Teknisyenimiz 21.12.2026 Pazartesi 10:00-12:00 veya 22.12.2026 Salı 15:00-17:00 arasında gelebilir. Hangisi sizin için uygun?\n\nAyrıca tezgâh altında su vanası olduğunu teyit edebilir misiniz?\n\nKurulum Servisi – BeyazEşya Noktası",
   [], "Home-service appointment with two slots, clean.")
_m(12, "custom-design-verification", "text", f"Tasarım onayı – sipariş {O[11]}",
   f"Selam Cansu Hanım,\n\n{O[11]} numaralı siparişinizin kişiye özel yastık tasarımını ekte gönderiyoruz: sol tarafta kedinizin fotoğrafı, sağda \"Evin Patronu: Pamuk\" yazısı var, font ilandaki önizlemedeki gibi.\n\nKontrol edip onay verirseniz hemen baskıya alıyoruz. Değiştirmek istediğiniz bir şey varsa yazmanız yeterli.\n\nSevgiyle\nNazlı, BaskıEvi Atölye",
   [], "Design proof attached for approval, clean.")
_m(13, "fulfillment-question", "text", f"Site giriş kodu – sipariş {O[12]}",
   f"Merhaba,\n\n{O[12]} numaralı siparişinizin kargosu (teslimat referansı TSL-2026-77150, gönderi takip no 7310 4428 5519) Papatya Sitesi B Blok girişinden içeri alınamadı. Dış kapı şifresini ya da paketin bırakılabileceği başka bir yeri bize iletebilir misiniz?\n\nTeşekkürler\nBahçeMarket Müşteri Hizmetleri",
   [], "Door-code question with reference and tracking numbers, clean.")
_m(14, "reply", "text", f"Ynt: Mum hakkında – {O[13]}",
   f"Merhaba,\n\n{O[13]} numaralı siparişte aldığınız \"Winter Forest – Pine & Cedar\" mum yaklaşık 45 saat yanıyor. Ürün adı İngilizce, çünkü Hygge Living serisi birkaç ülkede satılıyor; içeriği ise aynı: soya mumu ve pamuk fitil.\n\nİyi günler\nMelis, Hygge Living Türkiye",
   [], "Reply quoting an English product title and brand inside Turkish sentences, clean.")
_m(15, "reply", "text", f"Ynt: Fırın garantisi – {O[14]}",
   f"Merhaba Hakan Bey,\n\n{O[14]} numaralı siparişinizdeki ankastre fırının arızasıyla ilgili olarak: garanti kapsamındaki onarımları doğrudan üretici yapıyor. Üretici garanti hattı (Fırınsan Yetkili Servis): 0850 455 12 34, hafta içi 08:30-18:00. Aradığınızda cihaz etiketindeki seri numarasını hazır bulundurmanız işinizi hızlandırır.\n\nServisle ilgili bir sorun yaşarsanız bize tekrar yazabilirsiniz.\n\nSaygılarımla\nOğuz Erdem\nErdem Beyaz Eşya",
   [], "Reply with the manufacturer's warranty hotline, marked as such.")
_m(16, "reply", "text", f"Ynt: Teslimat adresi değişikliği – {O[15]}",
   f"Merhaba,\n\nEvet, {O[15]} numaralı siparişinizin teslimat adresini paket depodan çıkmadan önce değiştirebiliriz. Yeni adresinizi bu mesaja yanıt olarak yazarsanız gün içinde güncelleriz.\n\nSaygılarımızla\nGizem Arslan\nMüşteri İlişkileri Uzmanı\n\n--\nYeşil Saksı Bahçe Ürünleri A.Ş.\nBağdat Cad. No: 214 D: 3, 34728 Kadıköy/İstanbul\nKadıköy V.D. 9470123386 | MERSİS No: 0947012338600015\nTicaret Sicil No: 612345-5",
   [], "Reply with company footer (tax office, MERSİS, trade register), no contact data, clean.")
_m(17, "reply", "text", f"Ynt: Para iadem ne zaman? {O[16]}",
   f"Merhaba,\n\nKontrol ettim: {O[16]} numaralı siparişin iadesi IAD-2026-3318 numarasıyla kayıtlı, iade paketiniz (gönderi no 1Z 9W4 83A 02 1145 7720) 03.12.2026 saat 11:40'ta bize ulaştı. 649,90 TL'lik iadeniz en geç 09.12.2026'da yapılacak; kartınıza yansıması genellikle 3-5 iş günü sürüyor.\n\nİyi günler\nCan Aksoy\nBisiklet Durağı",
   [], "Reply with return and tracking numbers, dates, times and amounts, clean.")

# ---------------- violations (18-48) ----------------
_m(18, "fulfillment-question", "text", f"Kargonuz hazır! {O[17]}",
   f"Merhabalar Fatma Hanım,\n\nSiyah çay paketleriniz ({O[17]}) bugün öğleden sonra paketlendi ve Aras Kargo şubesine teslim edildi. Birkaç iş günü içinde kapınızda olur.\n\nAfiyetle için\nÇayBahçesi Rize",
   ["BSM201"], "Shipping confirmation: packed and handed to the carrier branch.")
_m(19, "fulfillment-question", "html", f"Siparişiniz alındı – {O[18]}",
   f"<p>Merhaba,</p><p><strong>{O[18]}</strong> numaralı siparişiniz sistemimize düştü, ekibimiz hazırlamaya başladı. Defterleriniz ipek kâğıda sarılıp geri dönüştürülmüş kutuya yerleştirilecek.</p><p>Kâğıtİşleri Atölyesi</p>",
   ["BSM201"], "Order confirmation: order received and being prepared.")
_m(20, "review-request", "text", f"Teşekkürler! ({O[19]})",
   f"Merhaba,\n\n{O[19]} numaralı siparişiniz için çok teşekkür ederiz. Bizi tercih etmeniz küçük bir atölye için çok kıymetli!\n\nÇini Sanat Kütahya",
   ["BSM202"], "Thanks only.")
_m(21, "fulfillment-question", "text", f"{O[20]} hk.",
   f"Merhaba,\n\nÇerçevelerinizle ({O[20]}) ilgili aklınıza takılan bir şey olursa bize yazmanız yeterli, memnuniyetle yardımcı oluruz.\n\nÇerçeveci Usta",
   ["BSM202"], "Short message that only offers help if needed.")
_m(22, "delivery-delay", "text", f"Küçük bir gecikme – {O[21]}",
   f"Merhaba,\n\n{O[21]} numaralı siparişinizdeki kayak eldivenleri, toptancıdan L beden beklediğimiz için iki gün geç, en geç 11.12.2026 Cuma günü kargoya verilecek.\n\nÖzür dileriz\nKarTepe Spor\n\nNot: Yılbaşına kadar tüm ürünlerimizde KIS20 koduyla %20 indirim var.",
   ["BSM203"], "Delay message with a 20% discount code in a postscript.")
_m(23, "reply", "text", f"Ynt: Kazak bedeni – {O[22]}",
   f"Merhaba,\n\n{O[22]} numaralı siparişinizdeki kazak Avrupa beden ölçülerine göre; M beden yaklaşık 38-40'a denk geliyor.\n\nÖrgülerimizi beğendiyseniz Yün Sepeti'ni Instagram'da takip edin, bültenimize de abone olun – ocakta alpaka yününden yepyeni koleksiyonumuz geliyor.\n\nSevgiler\nSeda, Yün Sepeti",
   ["BSM203"], "Follow us, newsletter and new collection in a reply.")
_m(24, "review-request", "text", f"Kafa lambası nasıl gidiyor? – {O[23]}",
   f"Merhaba Okan Bey,\n\n{O[23]} numaralı siparişinizdeki kafa lambasını kamp ateşi başında deneme fırsatınız oldu mu? Yorumunuz Amazon'da yayınlandıktan sonra bize ekran görüntüsünü gönderirseniz, teşekkür olarak 150 TL'lik bir hediye çeki tanımlayacağız.\n\nSaygılarımızla\nDoğa Kampçısı",
   ["BSM204"], "Gift voucher once the review is published.")
_m(25, "review-request", "text", f"Yorumunuza karşılık tam iade – {O[24]}",
   f"Merhaba,\n\nSize bir teklifimiz var: {O[24]} numaralı siparişinizdeki şarjlı diş fırçası için bir yorum yazın; yorumunuz Amazon'da yayına girdiği anda ödediğiniz 899 TL'nin tamamını iade edelim.\n\nDişSağlığı Market",
   ["BSM204"], "Full refund as soon as the review is online.")
_m(26, "reply", "text", f"Ynt: Kettle arızası {O[25]}",
   f"Merhaba Kemal Bey,\n\nYeni gönderdiğimiz kettle'ın ({O[25]} numaralı sipariş) sorunsuz çalıştığını duymak güzel. Madem sorun çözüldü, bir yıldızlı değerlendirmenizi güncellemeyi ya da kaldırmayı düşünür müsünüz? Bize çok yardımı olur.\n\nSaygılarımla\nTolga Kurt\nMutfak Aletleri Dünyası",
   ["BSM205"], "Asks to update or remove a one-star review.")
_m(27, "review-request", "text", f"Yastığınız nasıl? {O[26]}",
   f"Merhaba,\n\nOrtopedik yastığınızla ({O[26]}) rahat uyuyabiliyorsanız Amazon'da birkaç cümle yazmanız bizi çok mutlu eder. Bir sorun varsa olumsuz yorum bırakmadan önce lütfen bize yazın; hemen ilgileniriz.\n\nUyku Evi",
   ["BSM206"], "Review asked for only when satisfied; unhappy buyers steered to the seller first.")
_m(28, "review-request", "text", f"Küçük bir ricamız – {O[27]}",
   f"Merhaba,\n\n{O[27]} numaralı siparişinizdeki kutu oyunuyla keyifli akşamlar geçirdiğinizi umuyoruz. Amazon'da ürünü tam puanla, yani beş yıldızla değerlendirirseniz küçük bir yayınevi olarak çok seviniriz.\n\nZar Oyunları Yayınevi",
   ["BSM206"], "Asks for full marks, five stars.")
_m(29, "order-problem", "text", f"Sipariş {O[28]} – saksılardan biri gönderilemiyor",
   f"Merhaba,\n\n{O[28]} numaralı siparişinizdeki iki saksıdan yalnızca birini gönderebiliyoruz; diğeri depoda kırıldı ve model artık üretilmiyor. Sipariş tutarını 240,00 TL düşerek düzelttik (gerekçe: NoInventory).\n\nTek saksı işinize yaramayacaksa, siparişi Siparişlerim sayfasından kendiniz iptal etmeniz en pratik çözüm olur.\n\nSaygılarımızla\nYeşil Balkon",
   ["BSM108"], "Adjustment confirmed, but advises the buyer to cancel herself because of missing stock.")
_m(30, "order-problem", "text", f"Stok sorunu – {O[29]}",
   f"Merhaba,\n\n{O[29]} numaralı siparişinizdeki trekking botunun 44 numarası tükendi, bu sezon yenisi gelmeyecek. Rica etsek Amazon hesabınızdan siparişin iptalini talep edebilir misiniz? Böylece işlem en hızlı şekilde kapanır.\n\nYaşattığımız aksaklık için özür dileriz\nDağcı Dükkanı",
   ["BSM107", "BSM108"], "Asks for a cancellation request, no adjustment confirmed.")
_m(31, "delivery-delay", "text", f"Yeni gönderim tarihi – {O[30]}",
   f"Merhaba,\n\n{O[30]} numaralı siparişinizdeki duvar takvimi, matbaadaki bir arıza nedeniyle 14.12.2026 Pazartesi günü kargoya verilecek.\n\nBilgilendirme mesajlarımızı almak istemiyorsanız bu mesaja RET yazarak yanıt verebilirsiniz.\n\nMatbaa Takvim Evi",
   ["BSM305"], "Opt-out instruction: reply RET.")
_m(32, "reply", "text", f"Ynt: Paketim nerede?! {O[31]}",
   f"Merhaba,\n\nKusura bakmayın ama bu lanet kargo firması {O[31]} numaralı siparişinizin paketini yine yanlış şubeye gönderip her şeyin içine sıçmış. Kendilerini aradım, paket yarın sizde olacak.\n\nKerem\nMotor Yedek Parça Kerem",
   ["BSM306"], "Turkish profanity in a reply.")
_m(33, "delivery-delay", "text", f"Shipping delay – order {O[32]}",
   f"Hello,\n\nUnfortunately your order {O[32]} will ship a few days later than expected. Our supplier is late with the cotton towels, and we now plan to dispatch on 15 December 2026.\n\nWe apologise for any inconvenience.\n\nKind regards\nHavlu Dünyası",
   ["BSM104"], "Entire message in English for a tr-TR buyer.")
_m(34, "reply", "text", f"Ynt: Korniş montajı – {O[33]}",
   f"Merhaba,\n\nKorniş montajını ({O[33]}) yazıyla anlatmak biraz zor; en iyisi mağazamızı arayın: 0216 418 52 30. Hafta içi 09:00-18:00 arası buradayız.\n\nİyi günler\nAslı Taş\nPerde Dekor Aslı",
   ["BSM309"], "Seller's own landline in Turkish national format.")
_m(35, "additional-information", "text", f"Teslimat adresi – {O[34]}",
   f"Merhaba,\n\n{O[34]} numaralı siparişinizdeki adreste daire numarası eksik. Bu mesaja yanıt olarak yazabilir ya da +90 532 614 27 88 numaralı hattımıza WhatsApp'tan iletebilirsiniz.\n\nSaygılarımızla\nÇay Dükkânı Rize",
   ["BSM309"], "Seller's mobile number in international format.")
_m(36, "reply", "text", f"Ynt: Hasar fotoğrafları – {O[35]}",
   f"Merhaba,\n\n{O[35]} numaralı siparişinizdeki kırık cam tablanın fotoğraflarını doğrudan destek@camevi-dekor.com.tr adresine gönderirseniz daha hızlı inceleyebiliriz.\n\nSaygılarımızla\nCamevi Dekor",
   ["BSM308"], "Plain e-mail address.")
_m(37, "reply", "text", f"Ynt: İade faturası {O[36]}",
   f"Merhaba,\n\n{O[36]} numaralı siparişinizin iade faturasıyla muhasebemiz ilgileniyor. En hızlısı onlara doğrudan yazmanız: muhasebe et cicekevilale nokta com.\n\nSaygılarımızla\nÇiçekevi Lale",
   ["BSM308"], "Obfuscated address using Turkish 'et' and 'nokta'.")
_m(38, "reply", "html", f"Ynt: Bıçaklarımızın hikâyesi – {O[37]}",
   f"<p>Merhaba,</p><p>{O[37]} numaralı siparişinizdeki bıçakların nereden geldiğini sormanıza çok sevindik. Demirhanemizin hikâyesini sitemizde anlattık: <a href=\"https://www.demirhane-bicak.com.tr/hakkimizda\">Demirhane Bıçak hakkında sitemizde okuyun</a>.</p><p>Selamlar<br>Ali Usta, Demirhane Bıçak</p>",
   ["BSM302"], "https link to the seller's own site, not needed for the order.")
_m(39, "review-request", "html", f"Siparişiniz {O[38]} hakkında yorum",
   f"<p>Merhaba,</p><p>Vaktiniz olursa {O[38]} numaralı siparişinizdeki battaniye hakkındaki görüşünüzü bekliyoruz: <a href=\"http://www.amazon.com.tr/review/create-review?asin=B0D2LX7P4S\">Battaniyeyi Amazon.com.tr'de değerlendirin</a>.</p><p>Saygılarımızla<br>Anadolu Dokuma</p>",
   ["BSM301"], "Descriptive Amazon link over http.")
_m(40, "delivery-delay", "html", f"Gecikme bilgisi – {O[39]}",
   f"<p>Merhaba,</p><p>{O[39]} numaralı siparişinizdeki su ısıtıcısı, antrasit renkte yeni parti beklediğimiz için 16.12.2026'da kargoya verilecek.</p><p><img src=\"https://cdn.mutfakpazari.com.tr/urunler/su-isiticisi-antrasit-1-7-lt.jpg\" alt=\"Antrasit su ısıtıcısı 1,7 lt\" width=\"240\"></p><p>Özür dileriz<br>Mutfak Pazarı</p>",
   ["BSM310"], "Image of the purchased product.")
_m(41, "delivery-delay", "html", f"Yılbaşı yoğunluğu – {O[40]}",
   f"<p><img src=\"https://cdn.oyuncakkutusu.com.tr/gorseller/gun-batiminda-kumsal.jpg\" alt=\"Gün batımında kumsal\" width=\"320\"></p><p>Merhaba,</p><p>Yılbaşı yoğunluğu nedeniyle {O[40]} numaralı siparişinizdeki yapı blokları planladığımızdan iki gün sonra, 17.12.2026'da yola çıkacak.</p><p>Sevgiler<br>Oyuncak Kutusu</p>",
   ["BSM311"], "Stock beach image unrelated to the shop.")
_m(42, "review-request", "html", f"Nasıl buldunuz? {O[41]}",
   f"<p><img src=\"https://static.sabunhane.com.tr/logo-sabunhane.png\" alt=\"\" width=\"150\"></p><p>Merhaba,</p><p>{O[41]} numaralı siparişinizdeki zeytinyağlı sabunlar hakkında bir değerlendirme yazarsanız çok seviniriz; her görüş gelişmemize katkı sağlıyor.</p><p><a href=\"https://www.amazon.com.tr/review/create-review?asin=B0BT6M2K9Y\">Sabunlar için Amazon.com.tr'de yorum yazın</a></p><p>Sabunhane</p>",
   ["BSM402"], "Shop logo with an empty alt attribute.")
_m(43, "delivery-delay", "text", f"Ufak bir rötar {O[42]}",
   f"Selam!\n\n{O[42]} numaralı siparişinizdeki sweatshirt salı yerine 10.12.2026 Perşembe günü yola çıkacak. Kusura bakmayın 🙏\n\nKapüşon Ekibi",
   ["BSM403"], "Emoji in the body.")
_m(44, "reply", "text", f"Ynt: Kitaplık ölçüleri – {O[43]}",
   f"Merhaba,\n\n{O[43]} numaralı siparişinizdeki kitaplık 180 cm yüksekliğinde ve 80 cm genişliğinde; yani 190 cm'lik çatı eğiminin altına rahatça sığar :D\n\nSelamlar\nÇam Mobilya Usta",
   ["BSM403"], "Text emoticon ':D'.")
_m(45, "delivery-delay", "html", f"Güncel tarih – {O[44]}",
   f"<style>.baslik{{font-size:23px}} .altbaslik{{font-size:18px}} .metin{{font-size:15px}} .imza{{font-size:11px}}</style><p class=\"baslik\">Yeni gönderim tarihi</p><p class=\"altbaslik\">Sipariş {O[44]}</p><p class=\"metin\">Merhaba, kanvas tablonuz 18.12.2026'da kargoya verilecek; şase tedarikçimiz gecikti.</p><p class=\"imza\">Tuval Galeri</p>",
   ["BSM410"], "Four explicit font sizes in a style block.")
_m(46, "delivery-delay", "html", f"Teslimat gecikmesi – {O[45]}",
   f"<p>Merhaba,</p><p>{O[45]} numaralı siparişinizdeki tencere seti 15.12.2026'da kargoya verilecek.</p><p></p><p></p><p>Yaşattığımız gecikme için özür dileriz.</p><p>Saygılarımızla<br>Tencere Dünyası</p>",
   ["BSM412"], "Empty paragraphs between paragraphs.")
_m(47, "reply", "text", f"[Önemli] Ynt: Kullanım talimatı – {O[46]}",
   f"Merhaba,\n\n{O[46]} numaralı siparişinizdeki blender'ın kullanım kılavuzunu ekte PDF olarak gönderiyoruz. Türkçe bölüm 12. sayfadan başlıyor.\n\nİyi günler\nMikser Market",
   ["BSM110"], "[Önemli] tag on a reply, not critical to the order.")
_m(48, "review-request", "html", f"Görüşünüz – {O[47]}",
   f"<p>Merhaba,</p><p>{O[47]} numaralı siparişinizdeki termos işinizi görüyor mu? Görüşlerinizi paylaşmak isterseniz <a href=\"https://www.amazon.com.tr/review/create-review?asin=B0C7RZ5M3P\">buraya tıklayın</a>.</p><p>Saygılarımızla<br>Termos Evi</p>",
   ["BSM401"], "Non-descriptive link text 'buraya tıklayın'.")

# ---------------- varying (49-50) ----------------
_m(49, "reply", "text", f"Ynt: Kargo yine gecikti – {O[48]}",
   f"Merhaba Serkan Bey,\n\n{O[48]} numaralı siparişinizin paketi yine aktarma merkezinde bekliyor. Açıkçası kargo firmasının bu fucking rezaletinden biz de bıktık. Paketin bu hafta içinde elinize geçmesi için takibini bizzat yapıyoruz.\n\nSaygılarımla\nUğur\nElektro Parça Uğur",
   ["BSM306"], "English profanity inside an otherwise Turkish reply.")
_m(50, "delivery-delay", "html", f"Gönderim tarihi güncellendi – {O[49]}",
   f"<div style=\"padding:0 140px\"><p>Merhaba,</p><p>{O[49]} numaralı siparişinizdeki elektrikli şömine, paletli kargo bu hafta teslim alamadığı için 16.12.2026'da yola çıkacak.</p><p>Özür dileriz<br>Sıcak Yuva Isıtma</p></div>",
   ["BSM405"], "140 px horizontal padding on the body container.")
