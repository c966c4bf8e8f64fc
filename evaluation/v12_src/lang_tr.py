# -*- coding: utf-8 -*-
"""v12 blind evaluation set: Turkish (tr-TR)."""

LANG = "tr"
LOC = "tr-TR"


def oid(n):
    mid = (n * 3456791 + 4442221) % 9000000 + 1000000
    end = (n * 2718283 + 3141592) % 9000000 + 1000000
    return "438-%07d-%07d" % (mid, end)


MESSAGES = []


def M(n, typ, fmt, subject, body, expected, note, order=None):
    MESSAGES.append({
        "id": "v12-tr-%03d" % n,
        "language": LANG,
        "locale": LOC,
        "type": typ,
        "format": fmt,
        "subject": subject,
        "body": body,
        "order_id": order or oid(n),
        "expected": sorted(expected),
        "note": note,
    })


O = {n: oid(n) for n in range(1, 51)}

# ---------------------------------------------------------------- clean (17)
M(1, "delivery-delay", "text",
  f"{O[1]} numaralı siparişinizin gönderim tarihi hakkında",
  "Merhaba Zeynep Hanım,\n\n"
  f"{O[1]} numaralı siparişinizdeki el dokuması kilim, atölyemizde tezgâhtan beklediğimizden geç "
  "çıktı. Bu nedenle kilimi ilanda belirtilen 9 Aralık yerine en geç 16 Aralık 2026 Çarşamba günü "
  "kargoya verebileceğiz.\n\n"
  "Gecikme için özür dileriz. Tarihte yeni bir değişiklik olursa size hemen yazacağız.\n\n"
  "Saygılarımızla,\nHatice Demir\nUşak Kilim Atölyesi",
  [], "Plain-text delivery delay with a new ship date, clean.")

M(2, "delivery-delay", "html",
  f"Sipariş {O[2]} – yeni tahmini gönderim tarihi",
  "<table><tr><td>"
  "<p>Sayın Emre Bey,</p>"
  f"<p><b>{O[2]}</b> numaralı siparişinizdeki bakır cezve seti, tedarikçimizden geç teslim alındığı için "
  "henüz hazır değil. Yeni tahmini gönderim tarihimiz <b>14.12.2026 Pazartesi</b>.</p>"
  "<p>Anlayışınız için teşekkür eder, yaşattığımız gecikmeden dolayı özür dileriz.</p>"
  "<p>Selim Aydın<br>Bakırcılar Çarşısı Online<br><small>Gaziantep</small></p>"
  "</td></tr></table>",
  [], "Builder-style HTML delay notice without styling, clean.")

M(3, "order-problem", "text",
  f"[Önemli] {O[3]} numaralı sipariş gönderilemiyor",
  "Merhaba,\n\n"
  f"maalesef {O[3]} numaralı siparişinizdeki çay demliğini gönderemiyoruz: depodaki son ürün sayım "
  "sırasında hasarlı çıktı ve üretici bu modeli artık üretmiyor.\n\n"
  "Sipariş tutarını \"stokta ürün yok\" gerekçesiyle sıfırlayarak düzelttik. 649,90 TL'lik tutarın tamamı birkaç iş "
  "günü içinde ödeme yönteminize iade edilecek.\n\n"
  "Yaşanan aksaklık için çok üzgünüz.\n\n"
  "Müşteri Hizmetleri\nDemlik Dünyası",
  [], "Order problem confirming the amount was adjusted for no stock, [Önemli] allowed.")

M(4, "additional-information", "text",
  f"Teslimat adresinde eksik bilgi – {O[4]}",
  "İyi günler Ayşe Hanım,\n\n"
  f"{O[4]} numaralı siparişinizin nakliyesini planlamak istiyoruz; ancak adreste (Bağdat Cad. No: 214, Kadıköy/İstanbul) "
  "daire numarası ve kat bilgisi yok. Kitaplık büyük ebatlı olduğu için kuryenin nereye çıkacağını "
  "bilmesi gerekiyor.\n\n"
  "Bu mesaja daire ve kat numarasını yazarak dönüş yapabilir misiniz?\n\n"
  "Teşekkürler,\nMurat Kaya\nAhşap Köşe Mobilya",
  [], "Asks for missing flat/floor information needed to deliver, clean.")

M(5, "return-follow-up", "text",
  f"İade talebiniz hakkında – {O[5]}",
  "Merhaba Can Bey,\n\n"
  f"{O[5]} numaralı siparişteki masa lambasının fotoğrafları için teşekkürler. Ayaktaki çizik gerçekten "
  "görünüyor, fakat lamba sorunsuz çalışıyor.\n\n"
  "Ürünü geri göndermek yerine elinizde tutmak isterseniz, ödediğiniz tutarın 150,00 TL'sini kısmi "
  "iade olarak yapabiliriz. Tam iadeyi tercih ederseniz o da olur; hangi seçeneği istediğinizi "
  "bildirmeniz yeterli.\n\n"
  "İyi çalışmalar,\nElif Şahin\nIşıkevi Aydınlatma",
  [], "Return follow-up offering a partial refund, clean.")

M(6, "return-follow-up", "text",
  f"{O[6]} iadesi için bir sorumuz var",
  "Merhaba,\n\n"
  f"{O[6]} numaralı siparişinizde iki çift koşu ayakkabısı (42 ve 43 numara) vardı, iade talebiniz ise "
  "tek çift için açılmış. İadeyi tamamlayabilmemiz için hangi çifti gönderdiğinizi ve orijinal kutunun "
  "pakette olup olmayacağını yazabilir misiniz?\n\n"
  "Teşekkürler\nKoşu Dükkânı",
  [], "Return follow-up asking which pair is returned, clean.")

M(7, "invoice", "text",
  f"{O[7]} numaralı siparişinizin faturası (FTR/2026/12/0318)",
  "Merhaba,\n\n"
  f"{O[7]} numaralı siparişinize ait FTR/2026/12/0318 numaralı e-arşiv faturanız ektedir. "
  "Fatura tutarı 2.499,00 TL olup %20 KDV (416,50 TL) dahildir.\n\n"
  "Saygılarımızla\nMuhasebe Birimi\n"
  "Ege Ofis Mobilyaları San. ve Tic. Ltd. Şti.\n"
  "Atatürk Cad. No: 45 D: 2, 35220 Konak/İzmir\n"
  "Vergi Dairesi: Konak – Vergi No: 3250487716\n"
  "MERSİS No: 0325048771600017 – Ticaret Sicil No: 187452",
  [], "Invoice with tax office, tax number, MERSIS and slashed invoice number, clean.")

M(8, "review-request", "text",
  f"Zeytinyağınız nasıl? Sipariş {O[8]}",
  "Merhaba Fatma Hanım,\n\n"
  f"{O[8]} numaralı siparişinizdeki soğuk sıkım zeytinyağı birkaç gündür sizde. Vaktiniz olursa "
  "Amazon'da ürün hakkında bir değerlendirme yazmanızdan memnuniyet duyarız; beğendiğiniz ya da "
  "beğenmediğiniz ne varsa, olduğu gibi yazabilirsiniz. Bu yorumlar diğer alıcılara yol gösteriyor.\n\n"
  "Selamlarımızla\nAyvalık Zeytin Evi",
  [], "Neutral plain-text review request, clean.")

M(9, "review-request", "html",
  f"Görüşlerinizi merak ediyoruz – {O[9]}",
  '<p><img src="https://gorsel.kapadokyaseramik.com.tr/eposta/kapadokya-seramik-logo.png" '
  'alt="Kapadokya Seramik logosu" width="170" height="60"></p>'
  "<p>Merhaba,</p>"
  f"<p>{O[9]} numaralı siparişinizdeki kase takımı elinize ulaşmış olmalı. Ürünle ilgili deneyiminizi, "
  "olumlu ya da olumsuz, bir değerlendirmeyle paylaşırsanız seviniriz.</p>"
  '<p><a href="https://www.amazon.com.tr/review/review-your-purchases">Amazon.com.tr üzerinde satın aldığınız ürünü değerlendirin</a></p>'
  "<p>Sevgiler<br>Kapadokya Seramik</p>",
  [], "HTML review request with shop logo and descriptive https Amazon link, clean.")

M(10, "delivery-scheduling", "text",
  f"Buzdolabı teslimatı için randevu – {O[10]}",
  "Merhaba Hakan Bey,\n\n"
  f"{O[10]} numaralı siparişinizdeki gardırop tipi buzdolabı ambalajıyla 96 kg geliyor ve nakliye "
  "firması tarafından daireye kadar taşınacak. Uygun teslimat aralıkları şunlar:\n"
  "- 15 Aralık Salı, 09.00–13.00\n"
  "- 16 Aralık Çarşamba, 13.00–17.00\n"
  "- 19 Aralık Cumartesi, 10.00–14.00\n\n"
  "Size uyan aralığı yanıt olarak yazmanız yeterli. Binada asansör var mı?\n\n"
  "İyi günler\nBurcu Yıldız\nBeyaz Eşya Merkezi",
  [], "Scheduling delivery of a heavy fridge with time slots, clean.")

M(11, "home-service-appointment", "text",
  f"Klima montajı randevusu – sipariş {O[11]}",
  "Merhaba,\n\n"
  f"{O[11]} numaralı siparişinizle birlikte klima montaj hizmeti de satın aldınız. Teknisyenimiz "
  "Serkan Bey, 17 Aralık Perşembe 10.00–12.00 ya da 18 Aralık Cuma 14.00–16.00 arasında gelebilir.\n\n"
  "Hangi saat sizin için daha uygun? Dış ünitenin konacağı balkonun ya da cephenin erişilebilir "
  "olduğunu da teyit edebilir misiniz?\n\n"
  "Saygılarımızla\nSerin Hava Montaj Hizmetleri",
  [], "Home-service appointment with two slots, clean.")

M(12, "custom-design-verification", "text",
  f"Kişiye özel kupa tasarımı onayınızı bekliyor – {O[12]}",
  "Merhaba Deniz Hanım,\n\n"
  f"{O[12]} numaralı siparişinizdeki kupa için hazırladığımız tasarım taslağı ektedir: ön yüzde "
  "\"Dünyanın en sabırlı öğretmenine\" yazısı, altında küçük bir kalem çizimi, yazı rengi lacivert.\n\n"
  "Yazım ve yerleşimi kontrol eder misiniz? Her şey doğruysa \"onaylıyorum\" yazmanız yeterli; "
  "değişiklik isterseniz ne değişsin, belirtin. Onayınız gelmeden baskıya geçmiyoruz.\n\n"
  "Atölyeden selamlar\nBerk\nBaskı Atölyesi Mor",
  [], "Design proof awaiting approval (design colour mentioned in words only), clean.")

M(13, "fulfillment-question", "text",
  f"Site giriş kodu – {O[13]}, referans KRG-77120",
  "Merhaba,\n\n"
  f"{O[13]} numaralı siparişinizi kargo firmasına teslim etmeden önce, Çamlık Sitesi (B Blok) giriş "
  "kapısının ve apartman kapısının şifresine ihtiyacımız var. Aynı adrese daha önceki bir teslimatta "
  "kurye siteye giremedi (kayıt no. 2026/12-0441, referansımız KRG-77120).\n\n"
  "Şifreyi bu mesaja yanıt olarak iletirseniz yalnızca bu teslimat için kullanılacak.\n\n"
  "İyi günler\nLojistik Ekibi, Bahçem Market",
  [], "Door/gate code question with reference numbers, clean.")

M(14, "reply", "text",
  f"Ynt: Battaniye çocuk için uygun mu? ({O[14]})",
  "Merhaba Selin Hanım,\n\n"
  "\"Nordic Comfort Weighted Blanket 7 kg\" yetişkinler ve yaklaşık 60 kg üzerindeki gençler için "
  "tasarlandı. 30 kilo civarındaki kızınız için 4 kg'lık model daha uygun olur; kılıf ölçüleri aynı. "
  f"{O[14]} numaralı siparişi bu modelle değiştirmek isterseniz yazmanız yeterli, değişimi hazırlarız.\n\n"
  "Sevgiyle\nGamze Arslan\nHuzurlu Uyku",
  [], "Reply quoting an English product title inside Turkish sentences, clean.")

M(15, "reply", "text",
  f"Ynt: Kahve makinesi süt köpürtmüyor – {O[15]}",
  "Merhaba Onur Bey,\n\n"
  f"{O[15]} numaralı siparişinizdeki kahve makinesinin köpürtücüsünün çalışmamasına üzüldük. Cihaz "
  "2 yıl üretici garantisi kapsamında ve garanti onarımlarını doğrudan markanın yetkili servisi yapıyor.\n\n"
  "Üretici firmanın garanti destek hattı (Kahvenza Türkiye): 0850 460 12 34, hafta içi 09.00–18.00.\n\n"
  "Aradığınızda cihazın altındaki seri numarasını hazır bulundurmanız işinizi hızlandırır.\n\n"
  "İyi günler\nMutfak Aletleri Deposu",
  [], "Reply giving the manufacturer's warranty hotline, marked as such, clean.")

M(16, "reply", "text",
  f"Ynt: Satıcı bilgileri – sipariş {O[16]}",
  "Sayın Meltem Hanım,\n\n"
  f"{O[16]} numaralı siparişin satıcısı aşağıda bilgileri yer alan şirketimizdir. Faturadaki alıcı "
  "unvanını düzelterek iki iş günü içinde yeni faturayı düzenleyeceğiz.\n\n"
  "Saygılarımla\nNurcan Öztürk\nMuhasebe Sorumlusu\n\n"
  "Anadolu Kırtasiye Ticaret A.Ş.\nKızılay Mah. Gazi Mustafa Kemal Blv. No: 33/7, 06420 Çankaya/Ankara\n"
  "Çankaya Vergi Dairesi – VKN 0681234597\n"
  "MERSİS No: 0068123459700014 – Ankara Ticaret Sicil No: 512233",
  [], "Reply with a Turkish company-details footer, clean.")

M(17, "reply", "text",
  f"Ynt: Para iadem ne zaman yatar? ({O[17]})",
  "Merhaba,\n\n"
  f"{O[17]} numaralı siparişe ait iadeniz (iade kodu IAD-2026-3391) 03.12.2026 saat 11:05'te "
  "depomuza ulaştı; iade gönderi takip numarası 7302 1845 9921 0067. Ürünleri 04.12.2026'da kontrol "
  "ettik ve aynı gün 1.149,90 TL iade işlemini başlattık (ilk kargo ücreti 49,90 TL dahil). Tutar "
  "en geç 11.12.2026'da hesabınızda görünecektir.\n\n"
  "Sevgiler\nMüşteri Hizmetleri, KoşuPlus Spor",
  [], "Reply with return code, parcel number, dates, times and amounts, clean.")

# ---------------------------------------------------------------- violations (31)
M(18, "fulfillment-question", "text",
  f"Paketiniz yola çıktı! ({O[18]})",
  "Merhaba!\n\n"
  f"{O[18]} numaralı siparişinizin paketi bu sabah Bursa'daki depomuzdan çıktı ve Yurtiçi Kargo'ya "
  "teslim edildi. Genellikle 1–2 iş gününde elinizde olur.\n\n"
  "Çorap Diyarı Ekibi",
  ["BSM201"], "Shipment confirmation: left our warehouse, handed to the carrier.")

M(19, "fulfillment-question", "text",
  f"Siparişiniz bize ulaştı – {O[19]}",
  "Merhaba Ahmet Bey,\n\n"
  f"{O[19]} numaralı siparişiniz tarafımıza sorunsuz ulaştı. Şu anda ürünlerinizi hazırlıyor, "
  "özenle paketliyoruz.\n\n"
  "Saygılarımızla\nBaharat Pazarı",
  ["BSM201"], "Order received and being prepared/packed.")

M(20, "fulfillment-question", "text",
  f"Teşekkür ederiz! ({O[20]})",
  "Merhaba,\n\n"
  f"{O[20]} numaralı siparişle bizi tercih ettiğiniz için çok teşekkür ederiz. Bizim için gerçekten "
  "çok değerli.\n\n"
  "Sevgilerle\nÇini Evi",
  ["BSM202"], "Thanks only.")

M(21, "fulfillment-question", "text",
  f"Her zaman yanınızdayız – {O[21]}",
  "Merhaba,\n\n"
  f"{O[21]} numaralı siparişinizle ilgili herhangi bir sorun yaşarsanız bize yazmanız yeterli, "
  "seve seve yardımcı oluruz.\n\n"
  "Bisiklet Durağı",
  ["BSM202"], "Only an offer to help if a problem arises.")

M(22, "delivery-delay", "text",
  f"Siparişiniz birkaç gün gecikecek – {O[22]}",
  "Merhaba,\n\n"
  f"{O[22]} numaralı siparişinizdeki suluboya seti, kutuları tedarikçiden geç geldiği için "
  "11.12.2026'da kargoya verilecek.\n\n"
  "Özür dileriz\nSanat Malzemesi Evi\n\n"
  "Not: Ay sonuna kadar tüm ürünlerimizde %20 indirim var; bir sonraki alışverişinizde KIS20 kodunu "
  "kullanmayı unutmayın.",
  ["BSM203"], "Valid delay with a postscript promoting 20% off everything.")

M(23, "review-request", "text",
  f"Sırt çantanızdan memnun musunuz? ({O[23]})",
  "Selam!\n\n"
  f"{O[23]} numaralı siparişinizdeki sırt çantasının işinizi gördüğünü umuyoruz. Vaktiniz olursa "
  "Amazon'da dürüst bir değerlendirme yazabilirsiniz.\n\n"
  "Bu arada yeni sezon koleksiyonumuz çok yakında geliyor; bizi Instagram'da takip edin ve e-bültenimize "
  "kaydolun, ilk siz haberdar olun.\n\n"
  "Yol Arkadaşı Çanta",
  ["BSM203"], "Review request plus follow-us, newsletter and new-collection promotion.")

M(24, "review-request", "text",
  f"Size küçük bir sürprizimiz var – {O[24]}",
  "Merhaba Derya Hanım,\n\n"
  f"{O[24]} numaralı siparişinizdeki kokulu mum hakkında bir değerlendirme yazarsanız çok seviniriz. "
  "Yorumunuz yayınlandığında bize kısa bir mesaj atın; teşekkür olarak küçük bir hediye göndereceğiz.\n\n"
  "Mum Atölyesi Lavanta",
  ["BSM204"], "Small gift once the review is published.")

M(25, "review-request", "text",
  f"Ücretinizi iade edelim – {O[25]}",
  "Merhaba,\n\n"
  f"{O[25]} numaralı siparişinizdeki kulaklık için Amazon'a bir yorum yazın; yorumunuz yayına girer "
  "girmez ödediğiniz tutarın tamamını size geri ödeyeceğiz. Kulaklık da sizde kalsın.\n\n"
  "Ses Kutusu",
  ["BSM204"], "Full refund as soon as the review is online.")

M(26, "reply", "text",
  f"Ynt: Blender şikâyeti {O[26]}",
  "Merhaba Sevgi Hanım,\n\n"
  f"{O[26]} numaralı siparişteki blenderin değişimini ayarladık ve konunun çözüldüğünü düşünüyoruz. "
  "Bu durumda bir ricamız olacak: bir yıldız verdiğiniz değerlendirmenizi güncelleyebilir ya da "
  "kaldırabilir misiniz? Şu anki hâli yaşananları yansıtmıyor.\n\n"
  "Saygılarımızla\nMikser Market",
  ["BSM205"], "Asks to update or remove a one-star review.")

M(27, "review-request", "text",
  f"Yoga matınızı sevdiniz mi? ({O[27]})",
  "Merhaba,\n\n"
  f"{O[27]} numaralı siparişinizdeki yoga matından memnun kaldıysanız Amazon'da bir değerlendirme "
  "bırakmanız bize çok iyi gelir. Memnun kalmadıysanız ise yorum yazmak yerine önce bize ulaşın, "
  "sorunu birlikte çözelim.\n\n"
  "Namaste\nYoga Alanı",
  ["BSM206"], "Review only if satisfied; unhappy buyers steered away from reviewing.")

M(28, "review-request", "text",
  f"{O[28]} için görüşünüz",
  "Merhaba Tolga Bey,\n\n"
  f"{O[28]} numaralı siparişle havya istasyonumuzu tercih ettiğiniz için teşekkürler. Küçük bir "
  "işletmeyiz; Amazon'da vereceğiniz beş yıldız bizim için çok şey ifade eder.\n\n"
  "Elektronik Atölye",
  ["BSM206"], "Asks for a five-star rating.")

M(29, "delivery-delay", "text",
  f"{O[29]} numaralı siparişte gecikme",
  "Merhaba,\n\n"
  f"{O[29]} numaralı siparişinizdeki LED ışık zinciri stoklarımızda tükendi; yeni parti ancak Ocak "
  "ortasında gelecek. Bence en hızlısı, siparişi Amazon hesabınızdan kendiniz iptal etmeniz; paranız "
  "da hemen iade edilir.\n\n"
  "Kusura bakmayın\nIşıltı Dekor",
  ["BSM108"], "Out of stock: advises the buyer to cancel the order herself.")

M(30, "order-problem", "text",
  f"{O[30]} numaralı siparişinizde sorun",
  "Merhaba,\n\n"
  f"{O[30]} numaralı siparişinizdeki çocuk bisiklet koltuğu depomuzda kalmadı. Amazon üzerinden "
  "sipariş iptal talebi oluşturursanız çok memnun oluruz; böylesi iki taraf için de en kolayı.\n\n"
  "Minik Pedal",
  ["BSM107", "BSM108"], "Order problem asking for a cancellation request, no adjustment confirmed.")

M(31, "delivery-delay", "text",
  f"Sipariş {O[31]}: yeni gönderim tarihi",
  "Merhaba,\n\n"
  f"{O[31]} numaralı siparişinizdeki hava temizleyici filtresi, üreticiden kaynaklanan gecikme "
  "nedeniyle 10.12.2026 yerine 16.12.2026'da kargoya verilecek.\n\n"
  "Temiz Hava Market\n\n"
  "Bu tür mesajları artık almak istemiyorsanız RET yazıp yanıtlayın; sizi listemizden çıkaralım.",
  ["BSM305"], "Delay with a reply-to-opt-out instruction.")

M(32, "reply", "text",
  f"Ynt: Kargom nerede?! {O[32]}",
  "Merhaba,\n\n"
  f"kızgınlığınızı anlıyorum. Şu lanet olası kargo firması {O[32]} numaralı siparişinizin paketini "
  "yine kaybetti, her şeyi boka sardılar. Kargo firmasına tutanak açtırdık, yarın size bilgi vereceğiz.\n\n"
  "Kemal, Olta Dünyası",
  ["BSM306"], "Reply containing Turkish profanity.")

M(33, "delivery-delay", "text",
  f"Order {O[33]} – delivery delay",
  "Hello,\n\n"
  f"we are sorry to inform you that your order {O[33]} will be dispatched on 14 December instead of "
  "9 December, as our supplier delivered the fabric late.\n\n"
  "Kind regards,\nAnatolian Textiles Export",
  ["BSM104"], "Message entirely in English sent to a tr-TR buyer.")

M(34, "additional-information", "text",
  f"Yüzük ölçüsü eksik – {O[34]}",
  "Merhaba,\n\n"
  f"{O[34]} numaralı siparişinizi tamamlamak için ikinci yüzüğün ölçüsüne ihtiyacımız var. "
  "En kolayı, atölyemizi 0532 418 27 63 numaralı telefondan aramanız (her gün 10.00–18.00).\n\n"
  "Kuyumcu Altınbaş Atölye",
  ["BSM309"], "Seller's mobile number in national format.")

M(35, "delivery-scheduling", "text",
  f"Koltuk takımı teslimatı – {O[35]}",
  "Merhaba,\n\n"
  f"{O[35]} numaralı siparişinizdeki koltuk takımını 17 ya da 18 Aralık'ta 10.00–14.00 arasında "
  "teslim edebiliriz. Size uyan günü yazın ya da müşteri hizmetlerimize +90 212 573 40 18 "
  "numarasından ulaşın.\n\n"
  "Salon Mobilya",
  ["BSM309"], "Seller's phone number in international format.")

M(36, "return-follow-up", "text",
  f"İade {O[36]} – fotoğraf gerekiyor",
  "Merhaba,\n\n"
  f"{O[36]} numaralı siparişin iadesini tamamlayabilmemiz için hasarlı köşenin fotoğrafına ihtiyacımız "
  "var. Fotoğrafı iade@evimmobilya.com.tr adresine gönderebilirsiniz.\n\n"
  "Evim Mobilya",
  ["BSM308"], "Plain e-mail address.")

M(37, "reply", "text",
  f"Ynt: Kurulum kılavuzu ({O[37]})",
  "Merhaba,\n\n"
  f"{O[37]} numaralı siparişinizdeki korniş için PDF kılavuzu memnuniyetle göndeririz. Lütfen "
  "destek (et) perdeevi (nokta) com adresine yazın, gün içinde dönüş yaparız.\n\n"
  "Perde Evi",
  ["BSM308"], "E-mail address written with '(et)' and '(nokta)'.")

M(38, "reply", "html",
  f"Ynt: Hangi bedeni seçmeliyim? {O[38]}",
  "<p>Merhaba,</p>"
  f"<p>{O[38]} numaralı siparişinizdeki mont dar kalıplıdır. Tüm ölçüler "
  '<a href="https://www.dagruzgari.com.tr/beden-tablosu">Dağ Rüzgârı mont beden tablosu</a> sayfamızda yer alıyor.</p>'
  "<p>Selamlar<br>Dağ Rüzgârı</p>",
  ["BSM302"], "https link to the seller's own size chart.")

M(39, "fulfillment-question", "html",
  f"{O[39]} numaralı siparişteki adres",
  "<p>Merhaba,</p>"
  f"<p>{O[39]} numaralı siparişinizdeki posta kodu ilçeyle eşleşmiyor. Adresi "
  '<a href="http://www.amazon.com.tr/gp/css/order-history">Amazon.com.tr Siparişlerim sayfası</a> '
  "üzerinden düzeltebilir ya da doğru posta kodunu yanıt olarak yazabilirsiniz.</p>"
  "<p>Akvaryum Dünyası</p>",
  ["BSM301"], "Descriptive Amazon link over plain http.")

M(40, "delivery-delay", "html",
  f"Kupalarınız için yeni tarih – {O[40]}",
  "<p>Merhaba,</p>"
  f"<p>{O[40]} numaralı siparişinizdeki kupalar hâlâ fırında; 12.12.2026'da kargoya verilecek.</p>"
  '<p><img src="https://gorsel.toprakatolye.com.tr/urunler/toprak-kupa-yesil-350ml.jpg" '
  'alt="Toprak seramik kupa, yeşil, 350 ml" width="300" height="300"></p>'
  "<p>Toprak Atölye</p>",
  ["BSM310"], "Photo of the purchased mug.")

M(41, "delivery-delay", "html",
  f"{O[41]} birkaç gün gecikecek",
  '<p><img src="https://gorsel.sahafkitap.com.tr/eposta/kar-yagan-orman.jpg" alt="Kar yağan çam ormanı" width="400" height="240"></p>'
  "<p>Merhaba,</p>"
  f"<p>{O[41]} numaralı siparişinizdeki kitaplar 15 Aralık'ta kargoya verilecek; bir kitap yayınevinden geç geliyor.</p>"
  "<p>Sahaf Kitap</p>",
  ["BSM311"], "Unrelated stock image of a snowy forest.")

M(42, "delivery-delay", "html",
  f"Yeni gönderim tarihi – {O[42]}",
  '<p><img src="https://gorsel.anadolubal.com.tr/anadolu-bal-logo.png" width="150" height="55"></p>'
  "<p>Merhaba,</p>"
  f"<p>{O[42]} numaralı siparişinizdeki çiçek balı, yeni kavanozları beklediğimiz için 11.12.2026'da kargoya verilecek.</p>"
  "<p>Anadolu Bal</p>",
  ["BSM402"], "Shop logo without an alt attribute.")

M(43, "review-request", "text",
  f"Kahveyi denediniz mi? {O[43]}",
  "Selam!\n\n"
  f"{O[43]} numaralı siparişinizdeki Türk kahvesi elinize ulaşmış olmalı ☕ Denedikten sonra Amazon'da "
  "bir yorum yazarsanız çok seviniriz 👍\n\n"
  "Kahve Değirmeni",
  ["BSM403"], "Emoji in a review request.")

M(44, "delivery-delay", "text",
  f"Yapboz siparişiniz gecikecek – {O[44]}",
  "Merhaba,\n\n"
  f"{O[44]} numaralı siparişinizdeki yapboz, matbaa geciktiği için ancak 14.12 Pazartesi kargoya "
  "verilebilecek. Umarız başka aksilik çıkmaz :D\n\n"
  "Yapboz Kulübü",
  ["BSM403"], "Text emoticon :D.")

M(45, "delivery-delay", "html",
  f"Sipariş {O[45]}: gönderim 16.12.2026",
  "<style>.baslik{font-size:25px} .alt{font-size:18px} .metin{font-size:14px} .dip{font-size:10px}</style>"
  '<p class="baslik">Gönderim tarihinde değişiklik</p>'
  f'<p class="alt">Sipariş {O[45]}</p>'
  '<p class="metin">Merhaba, tencere setiniz 11.12.2026 yerine 16.12.2026\'da kargoya verilecek. Özür dileriz.</p>'
  '<p class="dip">Tencere Dünyası Ltd. Şti., Sanayi Cad. No: 3, 16140 Nilüfer/Bursa</p>',
  ["BSM410"], "Style block with four distinct font sizes.")

M(46, "additional-information", "html",
  f"Pasta süsü için isim – {O[46]}",
  "<p>Merhaba,</p>"
  f"<p>{O[46]} numaralı siparişinizdeki pasta süsüne yazılacak ismi henüz almadık.</p>"
  "<p></p><p></p>"
  "<p>Cuma gününe kadar yanıtlarsanız zamanında hazırlayabiliriz.</p>"
  "<p>Pasta Süsleri Atölyesi</p>",
  ["BSM412"], "Empty paragraphs between paragraphs.")

M(47, "reply", "text",
  f"[Önemli] Ynt: Havlu ölçüleri – {O[47]}",
  "Merhaba,\n\n"
  f"{O[47]} numaralı siparişinizdeki banyo havlusu 90 × 150 cm, el havlusu ise 50 × 90 cm'dir. "
  "İkisi de %100 pamuk.\n\n"
  "Denizli Havlu",
  ["BSM110"], "[Önemli] tag on an ordinary reply.")

M(48, "review-request", "text",
  f"Siparişiniz hakkında yorum – {O[48]}",
  "Merhaba,\n\n"
  f"{O[48]} numaralı siparişinizdeki ürün için bir değerlendirme yazmak isterseniz şu adresi "
  "kullanabilirsiniz: https://www.amazon.com.tr/review/review-your-purchases\n\n"
  "Koku Atölyesi",
  ["BSM401"], "Bare URL as the only link text.")

# ---------------------------------------------------------------- varying (2)
M(49, "delivery-delay", "html",
  f"Gönderim tarihi güncellendi – {O[49]}",
  '<div style="padding: 0 140px;">'
  "<p>Merhaba,</p>"
  f"<p>{O[49]} numaralı siparişinizdeki merinos battaniye, dokuma atölyesinin yoğunluğu nedeniyle "
  "14.12.2026'da kargoya verilecek.</p>"
  "<p>Yün Evi</p>"
  "</div>",
  ["BSM405"], "Container with 140 px horizontal padding on each side.")

M(50, "review-request", "html",
  f"Deneyiminizi paylaşır mısınız? {O[50]}",
  '<p><a href="https://www.lokumsarayi.com.tr"><img src="https://gorsel.lokumsarayi.com.tr/lokum-sarayi-logo.png" '
  'alt="Lokum Sarayı logosu" width="160" height="60"></a></p>'
  "<p>Merhaba,</p>"
  f"<p>{O[50]} numaralı siparişinizdeki lokumlar hakkında bir değerlendirme yazarsanız seviniriz; "
  "olumlu ya da olumsuz, her görüş işimize yarar.</p>"
  '<p><a href="https://www.amazon.com.tr/review/review-your-purchases">Amazon.com.tr üzerinde satın aldığınız ürünü değerlendirin</a></p>'
  "<p>Lokum Sarayı</p>",
  ["BSM302", "BSM304"], "Shop logo wrapped in a link to the shop's website.")
