"""v27 blind evaluation set: Turkish (tr-TR), 50 messages."""
import hashlib

LANG = "tr"
LOCALE = "tr-TR"


def _oid(n):
    d = str(int(hashlib.sha256(f"v27-tr-order-{n}".encode()).hexdigest(), 16))
    return f"589-{d[:7]}-{d[7:14]}"


O = {n: _oid(n) for n in range(1, 51)}
MESSAGES = []


def _m(n, typ, fmt, subject, body, expected, note):
    MESSAGES.append({
        "id": f"v27-tr-{n:03d}", "language": LANG, "locale": LOCALE, "type": typ,
        "format": fmt, "subject": subject, "body": body, "order_id": O[n],
        "expected": sorted(expected), "note": note,
    })


# ---------------------------------------------------------------- clean (17)
_m(1, "delivery-delay", "text", f"{O[1]} numaralı siparişinizde gecikme",
   f"Merhaba Zeynep Hanım,\n\n{O[1]} numaralı siparişinizdeki el dokuması kilim, atölyemizdeki "
   f"tezgâh arızası yüzünden birkaç gün geç tamamlanacak. İlanda 11.12.2026 olarak belirtilen kargoya "
   f"verilme tarihi 17.12.2026 Perşembe olarak güncellendi.\n\n"
   f"Beklettiğimiz için kusura bakmayın. Bu tarih sizin için sorun olursa bu mesaja yanıt vermeniz yeterli.\n\n"
   f"Sevgiyle,\nHatice Arslan\nUşak Kilim Evi",
   [], "Plain-text delivery delay with a new dispatch date; clean.")

_m(2, "delivery-delay", "html", f"Sipariş {O[2]} – yeni gönderim tarihi",
   f"<p>Sayın Müşterimiz,</p><p><strong>{O[2]}</strong> numaralı siparişinizdeki bakır cezve takımı, "
   f"tedarikçimizden gelen kalay kaplama malzemesinin gecikmesi nedeniyle planlanandan geç gönderilecektir.</p>"
   f"<table><tr><td>Önceki gönderim tarihi:</td><td>10.12.2026</td></tr>"
   f"<tr><td>Yeni gönderim tarihi:</td><td>22.12.2026</td></tr></table>"
   f"<p>Yaşattığımız bekleme için özür dileriz.</p>"
   f"<p>Saygılarımızla,<br>Müşteri Hizmetleri<br>Bakırcılar Çarşısı Gaziantep</p>",
   [], "HTML delivery delay with a date table, no styles; clean.")

_m(3, "order-problem", "text", f"[Önemli] {O[3]} numaralı sipariş gönderilemiyor",
   f"Merhaba,\n\nÜzgünüz, {O[3]} numaralı siparişinizdeki termos kupa (500 ml, antrasit) stoklarımızda "
   f"kalmadığı için gönderilemeyecek. Üreticiden yeni parti de bu yıl gelmeyecek.\n\n"
   f"Sipariş tutarı (349,90 TL) stok yokluğu gerekçesiyle Amazon üzerinden düzeltildi; ödemeniz Amazon'un "
   f"olağan süreçleriyle hesabınıza dönecek.\n\nAnlayışınız için teşekkür ederiz.\nKamp Dükkânı",
   [], "Order problem confirming the amount was adjusted for no stock; [Önemli] allowed on this type.")

_m(4, "additional-information", "text", f"{O[4]} – kişiselleştirme bilgisi gerekiyor",
   f"Merhaba Emre Bey,\n\n{O[4]} numaralı siparişinizdeki deri cüzdana yazılacak baş harfleri henüz "
   f"almadık. En fazla 3 harf yazabiliyoruz; büyük mü küçük mü olsun, onu da belirtirseniz hemen "
   f"işleme başlayacağız.\n\nKolay gelsin,\nMurat\nDeri Atölyesi Tabakhane",
   [], "Request for initials needed to complete the order; clean.")

_m(5, "return-follow-up", "text", f"İade talebiniz – {O[5]}",
   f"Merhaba Selin Hanım,\n\n{O[5]} numaralı siparişinizdeki elbisenin eteğindeki dikiş kaçığıyla "
   f"ilgili iade talebinizi aldık. Ürünü elinizde tutmak isterseniz 150,00 TL kısmi iade yapabiliriz. "
   f"İade göndermeyi tercih ederseniz de ürün bize ulaştığında tutarın tamamını iade ederiz.\n\n"
   f"Hangisini tercih ettiğinizi yazmanız yeterli.\n\nSaygılarımızla,\nMelis Kaya\nModa Lale Butik",
   [], "Return follow-up offering a partial refund; clean.")

_m(6, "return-follow-up", "text", f"Ynt: İade – {O[6]}",
   f"İyi günler,\n\n{O[6]} numaralı siparişte iki adet kulaklık vardı, iade kaydı ise bir adet için açılmış. "
   f"Hangisini (siyah mı beyaz mı) geri gönderdiğinizi teyit edebilir misiniz? İadeyi ancak bu bilgiyle "
   f"tamamlayabiliyoruz.\n\nTeşekkürler,\nBurak Şahin\nİade Birimi, SesMarket",
   [], "Return follow-up asking which item is returned; clean.")

_m(7, "invoice", "html", f"{O[7]} numaralı siparişinizin faturası",
   f"<p>Merhaba,</p><p>{O[7]} numaralı siparişinize ait <strong>2026/12/0582</strong> numaralı e-Arşiv "
   f"faturanız ektedir.</p>"
   f"<p>Satıcı: Anadolu Ev Tekstili Ltd. Şti.<br>Organize Sanayi Bölgesi 4. Cad. No: 18, 20330 Merkezefendi/Denizli<br>"
   f"Vergi Dairesi: Pamukkale · Vergi No: 0680412395<br>MERSİS No: 0068041239500018 · Ticaret Sicil No: 41872</p>"
   f"<p>Toplam: 1.249,90 TL (KDV %20 dahil)</p><p>İyi günlerde kullanın,<br>Muhasebe Birimi</p>",
   [], "Invoice with tax, MERSIS and trade-register numbers and a slash-separated invoice number; clean.")

_m(8, "review-request", "text", f"Siparişiniz {O[8]} hakkında görüşünüz",
   f"Merhaba,\n\n{O[8]} numaralı siparişinizdeki Türk kahvesi makinesini bir haftadır kullanıyorsunuz. "
   f"Vaktiniz olursa Amazon'da bir değerlendirme yazabilir misiniz? Olumlu ya da olumsuz, her yorum "
   f"diğer alıcılara yol gösteriyor.\n\nSelamlar,\nOğuz\nKahve Köşesi",
   [], "Neutral plain-text review request; clean.")

_m(9, "review-request", "html", f"Görüşünüz bizim için değerli – {O[9]}",
   f"<p><img src=\"https://m.media-amazon.com/images/S/brand-logos/zeytin-dali-logo.png\" "
   f"alt=\"Zeytin Dalı Doğal Sabun logosu\" width=\"160\" height=\"60\"></p>"
   f"<p>Merhaba,</p><p>{O[9]} numaralı siparişinizdeki zeytinyağlı sabunları birkaç gündür "
   f"deniyorsunuzdur. Deneyiminizi bir ürün değerlendirmesiyle paylaşırsanız seviniriz.</p>"
   f"<p><a href=\"https://www.amazon.com.tr/review/create-review?asin=B0CZSAB7N4\">Sabunlar için Amazon.com.tr'de değerlendirme yazın</a></p>"
   f"<p>Sevgiler,<br>Ayşe Demir<br>Zeytin Dalı Doğal Sabun, Ayvalık</p>",
   [], "HTML review request with shop logo (alt names shop) and descriptive https Amazon link; clean.")

_m(10, "delivery-scheduling", "text", f"Teslimat randevusu – {O[10]}",
   f"Merhaba Kemal Bey,\n\n{O[10]} numaralı siparişinizdeki köşe koltuk takımı yaklaşık 160 kg ve "
   f"kendi nakliye ekibimizle, daireye taşınarak teslim edilecek. Uygun zaman aralıklarımız:\n\n"
   f"- 15.12.2026 Salı, 09:00–12:00\n- 15.12.2026 Salı, 13:00–17:00\n- 17.12.2026 Perşembe, 10:00–14:00\n\n"
   f"Birini seçip kaçıncı katta oturduğunuzu ve asansör olup olmadığını yazar mısınız?\n\n"
   f"Saygılarımızla,\nSerkan Yıldız, Lojistik Sorumlusu\nİnegöl Mobilya Evi",
   [], "Delivery scheduling for a bulky item with dates and time windows; clean.")

_m(11, "home-service-appointment", "html", f"Kurulum randevusu – {O[11]}",
   f"<p>Merhaba,</p><p>{O[11]} numaralı siparişinizle birlikte klima montaj hizmeti de satın aldınız. "
   f"Teknisyenimiz şu tarihlerde gelebilir:</p>"
   f"<ul><li>14 Aralık Pazartesi, 09.00–11.00 arası</li><li>16 Aralık Çarşamba, 14.00–16.00 arası</li></ul>"
   f"<p>Size uygun olanı yanıt olarak iletirseniz randevuyu kesinleştiririz.</p>"
   f"<p>İyi çalışmalar,<br>Serin Teknik Montaj</p>",
   [], "Home-service appointment with two slots; clean.")

_m(12, "custom-design-verification", "text", f"Tasarım onayı – {O[12]}",
   f"Merhaba Deniz Hanım,\n\n{O[12]} numaralı siparişiniz için hazırladığımız kapı isimliği tasarımını "
   f"ekte (tasarim_onay.pdf) bulabilirsiniz. Üzerinde “Aile Korkmaz” yazıyor, yazı tipi el yazısı.\n\n"
   f"Yazım ve yerleşim uygunsa onay vermeniz yeterli; değişiklik isterseniz onu da yazın, lazer kesime "
   f"ondan sonra geçeceğiz.\n\nSaygılarımla,\nCan Öztürk\nGrafik Tasarım, LazerArt",
   [], "Custom design proof attached for approval; clean.")

_m(13, "fulfillment-question", "text", f"Site giriş kodu – {O[13]}",
   f"Merhaba,\n\nKurye, {O[13]} numaralı siparişinizi (gönderi takip no: 728100934415, iş emri "
   f"TES-2026-0418) teslim etmek için sitenizin giriş kapısından geçemedi. Kapı kodunu ya da blok ve "
   f"daire numaranızı paylaşabilir misiniz? Yeni teslimat denemesi için kargo firmasına ileteceğiz.\n\n"
   f"İyi günler,\nMüşteri Hizmetleri, Bahçe Marketim",
   [], "Door-code question with tracking and job reference numbers (not phone numbers); clean.")

_m(14, "reply", "text", f"Ynt: Renk sorusu – {O[14]}",
   f"Merhaba,\n\nSorunuz için teşekkürler. {O[14]} numaralı siparişinizdeki “Cozy Cabin Knit Throw” "
   f"battaniyenin rengi füme; fotoğraflarda biraz daha açık görünüyor. %60 pamuk, %40 akrilik, "
   f"ölçüsü 130 x 170 cm.\n\nSelamlar,\nGizem, Nordic Home Istanbul",
   [], "Reply quoting an English product title and shop name inside Turkish sentences; clean.")

_m(15, "reply", "text", f"Ynt: Garanti – {O[15]}",
   f"Merhaba Hakan Bey,\n\n{O[15]} numaralı siparişinizdeki bulaşık makinesindeki arıza için en hızlı "
   f"çözüm yetkili servis. Üreticinin garanti hattı (Arçelik Müşteri Hizmetleri): 444 0 888.\n\n"
   f"Aradığınızda cihazın kapağının iç kısmındaki seri numarasını hazır bulundurmanız işleri hızlandırır.\n\n"
   f"Saygılarımızla,\nTolga Aydın\nBeyaz Eşya Dünyası",
   [], "Reply giving the manufacturer's warranty line marked as such (BSM309 exception); clean.")

_m(16, "reply", "html", f"Ynt: Kurumsal fatura – {O[16]}",
   f"<p>Merhaba,</p><p>Elbette, {O[16]} numaralı siparişinizin faturasını şirketiniz adına düzenleyebiliriz. "
   f"Şirket unvanını, vergi dairesini ve vergi numarasını bu mesaja yanıt olarak göndermeniz yeterli.</p>"
   f"<p>İyi çalışmalar,<br>Elif Koç<br>Müşteri Hizmetleri</p>"
   f"<p><small>Ofis Dünyası Kırtasiye San. ve Tic. A.Ş. · Atatürk Cad. No: 112/4, 35220 Konak/İzmir · "
   f"Vergi Dairesi: Konak · Vergi No: 6490318257 · MERSİS No: 0649031825700012</small></p>",
   [], "Reply with a company-details footer in <small>; clean.")

_m(17, "reply", "text", f"Ynt: İade ödemesi – {O[17]}",
   f"Merhaba,\n\n{O[17]} numaralı siparişinize ait iade paketiniz 03.12.2026 saat 14:35'te depomuza "
   f"ulaştı (iade kodu IAD/2026/0731, kargo takip no 1Z4E29R80412345678). 489,00 TL'lik iadeniz 04.12.2026 "
   f"tarihinde başlatıldı; 39,90 TL hızlı kargo ücreti iade kapsamında değil.\n\nİyi günler,\nNur, Minik Adımlar Bebek",
   [], "Reply with return and tracking numbers, dates, times and amounts; clean.")

# ---------------------------------------------------------- violations (31)
_m(18, "fulfillment-question", "text", f"Siparişiniz yolda – {O[18]}",
   f"Merhaba,\n\n{O[18]} numaralı siparişiniz bu sabah depomuzdan çıktı ve Yurtiçi Kargo'ya teslim edildi. "
   f"Yarın elinizde olması bekleniyor.\n\nKabloDepo Ekibi",
   ["BSM201"], "Shipment confirmation: left the warehouse and handed to the carrier.")

_m(19, "fulfillment-question", "html", f"Siparişiniz bize ulaştı ({O[19]})",
   f"<p>Merhaba,</p><p>{O[19]} numaralı siparişinizi aldık, şu an paketliyoruz.</p><p>Çorapçı Dede</p>",
   ["BSM201"], "Order confirmation: order received and being packed.")

_m(20, "fulfillment-question", "text", f"Teşekkürler – {O[20]}",
   f"Merhaba,\n\n{O[20]} numaralı siparişiniz için çok teşekkür ederiz, bizi tercih ettiğiniz için mutluyuz.\n\n"
   f"Sevgiyle,\nLavanta Bahçesi",
   ["BSM202"], "Thank-you-only message.")

_m(21, "fulfillment-question", "text", f"{O[21]}",
   f"Merhaba,\n\n{O[21]} numaralı siparişinizle ilgili herhangi bir sorun olursa buradayız, yazmanız yeterli.\n\n"
   f"Selamlar,\nOltacı Baba",
   ["BSM202"], "Only an offer to help if a problem comes up.")

_m(22, "delivery-delay", "text", f"Küçük bir gecikme – {O[22]}",
   f"Merhaba,\n\n{O[22]} numaralı siparişinizi ambalaj malzemesi gecikti diye Cuma yerine Pazartesi "
   f"kargoya vereceğiz. Kusura bakmayın.\n\nBal Ormanı\n\nNot: Yılbaşına kadar tüm ürünlerimizde %20 indirim var!",
   ["BSM203"], "Otherwise permitted delay with a P.S. promoting 20% off everything.")

_m(23, "review-request", "html", f"Çanta nasıl? ({O[23]})",
   f"<p>Merhaba,</p><p>Vaktiniz olursa {O[23]} numaralı siparişinizdeki sırt çantası için Amazon'da bir "
   f"değerlendirme bırakabilirsiniz.</p><p>Bu arada Ocak'ta yeni koleksiyonumuz geliyor; Instagram'da "
   f"Gezgin Çanta hesabımızı takip edin, bültenimize de abone olmayı unutmayın.</p><p>Gezgin Çanta</p>",
   ["BSM203"], "Follow-us, new collection and newsletter promotion.")

_m(24, "review-request", "text", f"Küçük bir rica – {O[24]}",
   f"Merhaba,\n\n{O[24]} numaralı siparişinizdeki çay makinesi için değerlendirme yazarsanız çok seviniriz. "
   f"Yorumunuz yayınlandığında teşekkür olarak size küçük bir hediye paketi göndereceğiz.\n\nÇaycı Hüseyin",
   ["BSM204"], "Small gift promised once the review is published.")

_m(25, "review-request", "text", f"Değerlendirme – {O[25]}",
   f"Merhaba,\n\n{O[25]} numaralı siparişinizdeki ürün için yorum yazın, yorumunuz yayına girer girmez "
   f"ödediğiniz tutarın tamamını iade edelim.\n\nTeknoFırsat",
   ["BSM204"], "Full refund promised once the review is online.")

_m(26, "reply", "text", f"Ynt: Arızalı saç kurutma makinesi – {O[26]}",
   f"Merhaba Sevgi Hanım,\n\n{O[26]} numaralı siparişinizdeki makinenin değişimi sorunsuz tamamlandı, "
   f"sevindik. Sorun çözüldüğüne göre bir yıldızlı yorumunuzu güncelleyebilir ya da kaldırabilir misiniz?\n\n"
   f"Teşekkürler,\nVolkan, Elektro Ev",
   ["BSM205"], "Asks to update or remove a one-star review.")

_m(27, "review-request", "text", f"Memnun kaldınız mı? {O[27]}",
   f"Merhaba,\n\n{O[27]} numaralı siparişinizdeki oto koltuğundan memnunsanız Amazon'da bir yorum "
   f"yazmanızı rica ederiz. Memnun değilseniz yorum yazmak yerine önce bize ulaşın, sorunu çözelim.\n\nBebekYol",
   ["BSM206"], "Review asked only if satisfied; unhappy buyers steered to the seller.")

_m(28, "review-request", "html", f"Puanınız – {O[28]}",
   f"<p>Merhaba,</p><p>{O[28]} numaralı siparişinizdeki solar bahçe lambasını beğendiyseniz bize 5 yıldız "
   f"vermeniz küçük işletmemiz için çok önemli.</p><p>Güneş Bahçe</p>",
   ["BSM206"], "Asks for five stars (and only if liked).")

_m(29, "order-problem", "text", f"[Önemli] {O[29]} – bir ürün stokta yok",
   f"Merhaba,\n\n{O[29]} numaralı siparişinizdeki iki aplikten biri stokta kalmadı. Sipariş tutarını "
   f"stok yokluğu nedeniyle 649,00 TL düzelttik.\n\nTek aplik pek işinize yaramayacağı için en hızlısı, "
   f"siparişin kalanını Siparişlerim bölümünden sizin iptal etmeniz olur.\n\nAydınlatma Evi",
   ["BSM108"], "Adjustment confirmed but the buyer is advised to cancel because of the shortage.")

_m(30, "order-problem", "text", f"{O[30]} – stok sorunu",
   f"Merhaba,\n\nMaalesef {O[30]} numaralı siparişinizdeki denge bisikleti stoklarımızda kalmadı. "
   f"Amazon üzerinden iptal talebi oluşturabilirseniz çok memnun oluruz.\n\nOyuncak Diyarı",
   ["BSM107", "BSM108"], "Out of stock: asks for a cancellation request without confirming an adjustment.")

_m(31, "delivery-delay", "text", f"Gecikme – {O[31]}",
   f"Merhaba,\n\n{O[31]} numaralı siparişiniz 16.12.2026 Çarşamba günü kargoya verilecek.\n\n"
   f"Bizden mesaj almak istemiyorsanız bu mesaja RET yazarak yanıt verin, sizi listemizden çıkaralım.\n\nKırtasiye Kalem",
   ["BSM305"], "Opt-out instruction (reply to unsubscribe).")

_m(32, "reply", "text", f"Ynt: Kargom nerede? {O[32]}",
   f"Merhaba,\n\nŞu boktan kargo firması {O[32]} numaralı siparişinizin paketini yine kaybetmiş, siktir "
   f"edip yarın yenisini kendi kuryemizle göndereceğiz.\n\nYedek Parça Merkezi",
   ["BSM306"], "Turkish profanity in a reply.")

_m(33, "delivery-delay", "text", f"Order {O[33]} – short delay",
   f"Hi there,\n\nyour order {O[33]} (hand-painted ceramic bowls) will ship on 18 December rather than "
   f"11 December, because the glaze needs an extra firing. Sorry for the wait.\n\nKind regards\nKütahya Çini Atölyesi",
   ["BSM104"], "Message to a tr-TR buyer written entirely in English.")

_m(34, "delivery-scheduling", "text", f"Teslimat günü – {O[34]}",
   f"Merhaba,\n\n{O[34]} numaralı siparişinizdeki gardırop gönderime hazır. Teslimat gününü ayarlamak "
   f"için bizi 0212 345 67 89 numarasından arayabilirsiniz.\n\nMobilya Pazarı",
   ["BSM309"], "Seller's landline in national format.")

_m(35, "reply", "html", f"Ynt: Beden sorusu – {O[35]}",
   f"<p>Merhaba,</p><p>{O[35]} numaralı siparişiniz için doğru bedeni WhatsApp'tan birlikte seçelim: "
   f"+90 532 418 27 63</p><p>Ayakkabı Sokağı</p>",
   ["BSM309"], "Seller's mobile number in international format.")

_m(36, "return-follow-up", "text", f"İade – {O[36]} fotoğraf",
   f"Merhaba,\n\n{O[36]} numaralı siparişin iadesini tamamlamak için hasarlı köşenin fotoğrafına "
   f"ihtiyacımız var. Fotoğrafı iade@mobilyakutusu.com.tr adresine gönderebilirsiniz.\n\nMobilya Kutusu",
   ["BSM308"], "Plain email address.")

_m(37, "additional-information", "text", f"Ölçü bilgisi – {O[37]}",
   f"Merhaba,\n\n{O[37]} numaralı siparişinizdeki stor perde için pencere ölçülerine ihtiyacımız var. "
   f"Ölçüleri siparis (et) perdeci nokta com adresine yollayabilirsiniz.\n\nPerdeci Usta",
   ["BSM308"], "Obfuscated email address written with '(et)' and 'nokta'.")

_m(38, "reply", "html", f"Ynt: Kurulum videosu – {O[38]}",
   f"<p>Merhaba,</p><p>{O[38]} numaralı siparişinizdeki kitaplığın kurulum videolarını "
   f"<a href=\"https://www.rafdunyasi.com.tr/kurulum-rehberi\">Raf Dünyası sitesindeki kurulum rehberinde</a> bulabilirsiniz.</p>"
   f"<p>Raf Dünyası</p>",
   ["BSM302"], "Descriptive https link to the seller's own site.")

_m(39, "review-request", "html", f"Değerlendirme – {O[39]}",
   f"<p>Merhaba,</p><p>{O[39]} numaralı siparişinizdeki baharat seti hakkında birkaç cümle yazarsanız seviniriz.</p>"
   f"<p><a href=\"http://www.amazon.com.tr/review/create-review?asin=B0BHRT7ZQ2\">Baharat setini Amazon.com.tr'de değerlendirin</a></p>"
   f"<p>Baharatçı Mısır Çarşısı</p>",
   ["BSM301"], "Descriptive Amazon link over http.")

_m(40, "reply", "html", f"Ynt: Çantanın rengi – {O[40]}",
   f"<p>Merhaba,</p><p>{O[40]} numaralı siparişinizdeki çanta gün ışığında böyle görünüyor:</p>"
   f"<p><img src=\"https://m.media-amazon.com/images/I/deri-canta-taba.jpg\" alt=\"Taba deri çanta\" width=\"300\"></p>"
   f"<p>Deri Sanat</p>",
   ["BSM310"], "Photo of the purchased product.")

_m(41, "delivery-delay", "html", f"Yılbaşı nedeniyle gecikme – {O[41]}",
   f"<p><img src=\"https://m.media-amazon.com/images/S/stock/yilbasi-agaci.jpg\" alt=\"Süslü yılbaşı ağacı\" width=\"400\"></p>"
   f"<p>Merhaba,</p><p>Yılbaşı tatili nedeniyle {O[41]} numaralı siparişiniz 28.12.2026 tarihinde kargoya verilecek.</p>"
   f"<p>Şifalı Otlar Aktarı</p>",
   ["BSM311"], "Unrelated stock image (Christmas tree).")

_m(42, "invoice", "html", f"Fatura – {O[42]}",
   f"<p><img src=\"https://m.media-amazon.com/images/S/brand-logos/matbaa-pixel-logo.png\" width=\"140\"></p>"
   f"<p>Merhaba,</p><p>{O[42]} numaralı siparişinizin 2026/0912 numaralı faturası ektedir.</p><p>Matbaa Piksel</p>",
   ["BSM402"], "Shop logo without alt attribute.")

_m(43, "review-request", "text", f"Terlikler nasıl? {O[43]}",
   f"Selam!\n\n{O[43]} numaralı siparişinizdeki keçe terlikler ayaklarınızı ısıtıyor mu? 🔥 Vaktiniz "
   f"olursa Amazon'da birkaç cümle yazabilirsiniz.\n\nKeçe Atölyesi",
   ["BSM403"], "Emoji in the text.")

_m(44, "reply", "text", f"Ynt: Ne zaman gelir? {O[44]}",
   f"Merhaba,\n\nMerak etmeyin, {O[44]} numaralı siparişiniz Cuma günü yola çıkacak :D Yılbaşından önce "
   f"elinizde olur.\n\nOyun Kutusu",
   ["BSM403"], "Emoticon :D in the text.")

_m(45, "delivery-delay", "html", f"Yeni tarih – {O[45]}",
   f"<style>h2{{font-size:22px}} p{{font-size:15px}} .aciklama{{font-size:12px}} .imza{{font-size:17px}}</style>"
   f"<h2>Gönderim tarihi değişti</h2><p>{O[45]} numaralı siparişiniz 12.12.2026 yerine 19.12.2026 tarihinde kargoya verilecek.</p>"
   f"<p class=\"aciklama\">Neden: üreticiden geç gelen parça.</p><p class=\"imza\">Oyuncakçı Tombik</p>",
   ["BSM410"], "Four explicit font sizes in a <style> block.")

_m(46, "additional-information", "html", f"Adres bilgisi – {O[46]}",
   f"<p>Merhaba,</p><p>{O[46]} numaralı siparişinizin adresinde daire numarası eksik.</p><p></p><p></p>"
   f"<p>Yanıt olarak yazabilir misiniz?</p><p>Yün Dünyası</p>",
   ["BSM412"], "Empty paragraphs between paragraphs.")

_m(47, "reply", "text", f"[Önemli] Ynt: Ürün ölçüleri – {O[47]}",
   f"Merhaba,\n\n{O[47]} numaralı siparişinizdeki sehpanın ölçüleri 90 x 50 x 45 cm, tablası 18 mm masif meşe.\n\n"
   f"Selamlar,\nAhşap Sanat",
   ["BSM110"], "[Önemli] tag on a reply.")

_m(48, "review-request", "html", f"Yorumunuz – {O[48]}",
   f"<p>Merhaba,</p><p>{O[48]} numaralı siparişinizdeki termosu nasıl buldunuz? Değerlendirme yazmak için "
   f"<a href=\"https://www.amazon.com.tr/review/create-review?asin=B0D9TRM5S2\">buraya tıklayın</a>.</p><p>Termos Dünyası</p>",
   ["BSM401"], "Link text 'buraya tıklayın' does not say where it goes.")

# --------------------------------------------------------------- vary (2)
_m(49, "delivery-delay", "html", f"Gecikme bildirimi – {O[49]}",
   f"<p><a href=\"https://www.ahsapdunyasi.com.tr\"><img src=\"https://m.media-amazon.com/images/S/brand-logos/ahsap-dunyasi-logo.png\" "
   f"alt=\"Ahşap Dünyası logosu\" width=\"150\"></a></p>"
   f"<p>Merhaba,</p><p>{O[49]} numaralı siparişinizdeki ahşap oyuncak seti 18.12.2026 tarihinde kargoya verilecek; "
   f"boya kuruması beklediğimizden uzun sürdü.</p><p>Ahşap Dünyası</p>",
   ["BSM302", "BSM304"], "Shop logo linked to the seller's website.")

_m(50, "fulfillment-question", "html", f"Kapı kodu – {O[50]}",
   f"<p>Merhaba,</p><p>{O[50]} numaralı siparişinizin teslimatı için apartman kapı kodunu aşağıya yazabilirsiniz.</p>"
   f"<form><label>Kapı kodu: <input type=\"text\" name=\"kapi_kodu\"></label> <button type=\"submit\">Gönder</button></form>"
   f"<p>Çiçekçi Papatya</p>",
   ["BSM312"], "Embedded form in the message.")
