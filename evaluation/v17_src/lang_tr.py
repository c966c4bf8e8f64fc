"""v17 blind evaluation set: Turkish (tr-TR). Standard library only."""

LANG = "tr"
LOCALE = "tr-TR"


def _order(n):
    a = (1692653 + n * 5903) % 10000000
    b = (5897932 + n * 77747) % 10000000
    return "488-%07d-%07d" % (a, b)


def _rec(n, typ, fmt, subject, body, expected, note):
    on = _order(n)
    rep = lambda s: s.replace("{ON}", on).replace("{ONX}", on.replace("-", ""))
    return {
        "id": "v17-tr-%03d" % n,
        "language": LANG,
        "locale": LOCALE,
        "type": typ,
        "format": fmt,
        "subject": rep(subject),
        "body": rep(body),
        "order_id": on,
        "expected": sorted(expected),
        "note": note,
    }


MESSAGES = [
    # ---------------- clean (1-17) ----------------
    _rec(1, "delivery-delay", "text",
         "{ON} numaralı siparişiniz hk.",
         "Merhaba Elif Hanım,\n\n"
         "{ON} numaralı siparişinizdeki el dokuması kilim maalesef birkaç gün gecikecek. "
         "Uşak'taki atölyemizde boyahanenin kurutması uzadı; kilimi 15 Aralık Salı günü yola çıkarabileceğimizi öngörüyoruz "
         "(ilanda belirtilen tarih 9 Aralık'tı).\n\n"
         "Bu tarih size uymazsa yazmanız yeterli, gerisini biz hallederiz.\n\n"
         "Gecikme için kusura bakmayın.\nSaygılarımızla,\nZeynep Aksoy\nKilimevi",
         [], "Plain-text delivery delay with a new dispatch date."),

    _rec(2, "delivery-delay", "html",
         "Sipariş {ON} – teslim tarihi değişikliği",
         "<p>Sayın Müşterimiz,</p>"
         "<p><b>{ON}</b> numaralı siparişinizdeki bakır cezve takımının üretimi, tedarikçimizdeki yoğunluk nedeniyle gecikmiştir.</p>"
         "<table><tr><td>İlk planlanan gönderim:</td><td>08.12.2026</td></tr>"
         "<tr><td>Yeni tahmini gönderim:</td><td>17.12.2026</td></tr></table>"
         "<p>Siparişiniz aktif olarak devam etmektedir, sizin bir işlem yapmanıza gerek yoktur. Yaşattığımız aksaklık için özür dileriz.</p>"
         "<p>Saygılarımızla<br>Murat Demir<br>Müşteri Hizmetleri, Bakırhan Ltd. Şti.</p>",
         [], "Builder HTML delay notice with a date table and no styles."),

    _rec(3, "order-problem", "text",
         "[Önemli] {ON} numaralı siparişinizle ilgili sorun",
         "Merhaba,\n\n"
         "üzülerek bildirmek isteriz ki stoktaki son mavi çini kase, paketleme öncesi kontrolde çatlak çıktı ve "
         "üretici bu seriyi artık üretmiyor. Bu nedenle {ON} numaralı siparişinizi gönderemiyoruz.\n\n"
         "Sipariş tutarı Amazon üzerinde stok yok gerekçesiyle tamamen düzeltildi; ödemeniz otomatik olarak iade edilecek, "
         "genellikle 3–5 iş günü içinde hesabınıza yansır.\n\n"
         "Anlayışınız için teşekkür ederiz.\nSelin Kaya\nÇiniHane",
         [], "Order problem with [Önemli] that confirms the amount was adjusted."),

    _rec(4, "additional-information", "text",
         "Sipariş {ON} – isim yazısı eksik",
         "Merhaba Burak Bey,\n\n"
         "{ON} numaralı siparişinizdeki kişiye özel deri cüzdanın isim alanı boş gelmiş. "
         "Cüzdana hangi ismi ya da baş harfleri işlememizi istersiniz? En fazla 10 karakter sığıyor.\n\n"
         "Bu bilgi gelmeden maalesef işleme başlayamıyoruz.\n\n"
         "Kolay gelsin,\nEmre – Deri Atölyesi Kemer",
         [], "Request for missing personalisation text needed to complete the order."),

    _rec(5, "return-follow-up", "text",
         "İade talebiniz – sipariş {ON}",
         "Merhaba,\n\n"
         "{ON} numaralı sipariş için iade talebinizi aldık. Gönderdiğiniz fotoğraflara göre ceketin cebinde küçük bir sürtünme izi var.\n\n"
         "Ceketi kullanmaya devam etmek isterseniz, size 350,00 TL (fiyatın yaklaşık %20'si) kısmi iade yapabiliriz. "
         "\"Kalsın\" diye yanıtlamanız yeterli, tutarı iki gün içinde iade ederiz. "
         "Normal iadeyi tercih ederseniz de hiçbir sorun yok.\n\n"
         "İyi günler dileriz\nNazlı Butik ekibi",
         [], "Return follow-up offering a partial refund."),

    _rec(6, "return-follow-up", "html",
         "İade – sipariş {ON}",
         "<p>Merhaba,</p>"
         "<p>{ON} numaralı siparişteki kahve makinesinin iadesini tamamlayabilmemiz için iki bilgiye ihtiyacımız var:</p>"
         "<ul><li>Cihaz orijinal kutusuyla mı geri gönderilecek?</li>"
         "<li>Su sızıntısı ilk kullanımdan beri mi var, yoksa birkaç gün sonra mı başladı?</li></ul>"
         "<p>Bu bilgiler üreticiye gidecek arıza tutanağı için gerekli.</p>"
         "<p>Saygılarımla<br>Can Yıldız<br>Kahvedan – Satış Sonrası Destek</p>",
         [], "Return follow-up asking for information needed to complete the return."),

    _rec(7, "invoice", "text",
         "Fatura FTR/2026/12/0284 – sipariş {ON}",
         "Merhaba,\n\n"
         "{ON} numaralı siparişinize ait FTR/2026/12/0284 numaralı e-arşiv faturanız ektedir.\n\n"
         "Toplam tutar: 4.499,00 TL (KDV %20 dahil; KDV tutarı 749,83 TL)\n\n"
         "Satıcı:\nOfisPro Mobilya San. ve Tic. Ltd. Şti.\nAtatürk Cad. No: 118/4, 35220 Konak/İzmir\n"
         "Vergi Dairesi: Konak – Vergi No: 6470123458\nMERSİS No: 0647012345800015\nTicaret Sicil No: 198345\n\n"
         "İyi çalışmalar\nGökhan Tan, Muhasebe",
         [], "Invoice with tax office, Vergi No, MERSİS number and an invoice number with slashes; no phone number."),

    _rec(8, "review-request", "text",
         "Sırt çantanız nasıl gidiyor? Sipariş {ON}",
         "Merhaba,\n\n"
         "{ON} numaralı siparişinizdeki sırt çantası bir süredir sizinle. Vaktiniz olursa Amazon'da bir değerlendirme yazarak "
         "deneyiminizi paylaşabilirsiniz – beğendiğiniz ve beğenmediğiniz yönleriyle. "
         "Bu yorumlar hem diğer alıcılara hem de yeni modelleri geliştirirken bize yol gösteriyor.\n\n"
         "Selamlar\nYolcu Çanta",
         [], "Neutral plain-text review request."),

    _rec(9, "review-request", "html",
         "Deneyiminizi paylaşır mısınız? Sipariş {ON}",
         "<p><img src=\"https://cdn.toprakatolye.com.tr/gorsel/toprak-atolye-logo.png\" alt=\"Toprak Atölye logosu\" width=\"170\" height=\"50\"></p>"
         "<p>Merhaba Deniz Hanım,</p>"
         "<p>{ON} numaralı siparişinizdeki kupaların sağ salim ulaştığını umuyoruz. İsterseniz ürün hakkında birkaç cümle yazabilirsiniz; "
         "her dürüst yorum küçük bir atölye için çok değerli.</p>"
         "<p><a href=\"https://www.amazon.com.tr/review/create-review?asin=B0CTRK9M21\">Kupalar için Amazon.com.tr'de değerlendirme yazın</a></p>"
         "<p>Sevgiyle<br>Ayşe ve Kerem, Toprak Atölye</p>",
         [], "HTML review request with the shop logo (alt names the shop) and a descriptive https Amazon link."),

    _rec(10, "delivery-scheduling", "text",
         "Gardırop teslimatı – sipariş {ON}",
         "Merhaba,\n\n"
         "{ON} numaralı siparişinizdeki üç kapaklı gardırop ambalajıyla birlikte yaklaşık 150 kg ve kendi aracımızla, "
         "eve taşıma dahil teslim edilecek. Uygun teslimat aralıklarımız:\n\n"
         "- 15 Aralık Salı, 09:00–12:00\n- 15 Aralık Salı, 14:00–18:00\n- 17 Aralık Perşembe, 10:00–13:00\n\n"
         "Hangisi size uyar? Binada asansör olup olmadığını ve kaçıncı katta oturduğunuzu da yazarsanız seviniriz.\n\n"
         "Saygılarımla\nHakan Öztürk, Sevkiyat Planlama\nEvim Mobilya",
         [], "Scheduling a bulky delivery with dates and time slots."),

    _rec(11, "home-service-appointment", "html",
         "Bulaşık makinesi kurulumu – sipariş {ON}",
         "<p>Merhaba Gülşen Hanım,</p>"
         "<p>{ON} numaralı siparişinize bulaşık makinesi kurulum hizmeti dahil. Teknisyenimizin boş olduğu saatler:</p>"
         "<ol><li>11 Aralık Cuma, 10:00–12:00</li><li>14 Aralık Pazartesi, 15:00–17:00</li></ol>"
         "<p>Hangisi uygun? Tezgâh altındaki su vanasına erişilebildiğinden emin olursanız kurulum daha hızlı biter.</p>"
         "<p>İyi günler<br>Beyaz Eşya Montaj Servisi – Teknikev</p>",
         [], "Home-service appointment with two time slots."),

    _rec(12, "custom-design-verification", "text",
         "Tasarım onayı – sipariş {ON}",
         "Merhaba Cansu,\n\n"
         "{ON} numaralı siparişindeki düğün davetiyesinin tasarımını ekte gönderiyoruz (davetiye_tasarim_v2.pdf): "
         "\"Cansu & Oğuz\", 19.06.2027, krem kâğıt, baş harflerde altın yaldız.\n\n"
         "Lütfen isimlerin yazımını ve tarihi dikkatlice kontrol et. Her şey yolundaysa \"onaylıyorum\" yazman yeterli, "
         "baskıya geçeriz; düzeltmeler ücretsiz.\n\n"
         "Sevgiler\nİpek, Kâğıt Kalp Tasarım",
         [], "Custom design proof sent for approval."),

    _rec(13, "fulfillment-question", "text",
         "Site giriş şifresi – sipariş {ON}",
         "Merhaba,\n\n"
         "{ON} numaralı siparişinizdeki bisikleti 9 Aralık Çarşamba günü kendi şoförümüz getirecek (teslimat emri no: TSL/2026/12/0418). "
         "Sitenizin girişi şifreli olduğu için kapı şifresini ve blok/daire numarasını paylaşabilir misiniz? "
         "Böylece şoförümüz kapıda beklemez.\n\n"
         "Teşekkürler\nSeda, Pedal Bisiklet",
         [], "Door-code question before delivery with a delivery reference number."),

    _rec(14, "reply", "text",
         "Ynt: \"Montessori Wooden Rainbow Stacker\" hakkında – {ON}",
         "Merhaba,\n\n"
         "evet, {ON} numaralı siparişinizdeki \"Montessori Wooden Rainbow Stacker – 7 Pieces\" su bazlı boyalarla boyanmış olup "
         "EN 71-3 sertifikalıdır; bir yaşındaki bir çocuk için rahatlıkla kullanılabilir. "
         "Parçalar 15 mm kalınlığında olduğu için yutma riski yoktur.\n\n"
         "Selamlar\nTuğba, Minik Ahşap Oyuncak",
         [], "Reply quoting an English product title inside Turkish sentences."),

    _rec(15, "reply", "text",
         "Ynt: Matkap çalışmıyor – sipariş {ON}",
         "Merhaba,\n\n"
         "{ON} numaralı siparişinizdeki matkabın bir hafta sonra çalışmayı bırakmasına çok üzüldük. "
         "Ürün 2 yıl üretici garantili ve onarımlar en hızlı yetkili servis üzerinden ilerliyor.\n\n"
         "Üretici garanti hattı (Delgeç Alet Sanayi, garanti ve servis): 0850 222 47 60, hafta içi 09:00–18:00.\n\n"
         "Serviste bir sorun yaşarsanız buradan tekrar yazın, destek oluruz.\n\n"
         "Saygılarımla\nSerkan Aydın\nAydın Hırdavat",
         [], "Reply giving the manufacturer's warranty line, marked as such (BSM309 exception)."),

    _rec(16, "reply", "html",
         "Ynt: Kurumsal fatura kesebilir misiniz? {ON}",
         "<p>Merhaba,</p>"
         "<p>elbette, {ON} numaralı sipariş için şirketiniz adına fatura düzenleyebiliriz. "
         "Amazon hesabınızdaki fatura bilgilerini güncellemeniz ya da buradan vergi dairenizi ve vergi numaranızı yazmanız yeterli; "
         "faturayı bu yazışmaya ekleriz.</p>"
         "<p>Saygılarımızla<br>Ebru Koç<br>Müşteri İlişkileri Sorumlusu</p>"
         "<p><small>Çay Bahçesi Gıda San. ve Tic. A.Ş.<br>Cumhuriyet Mah. Fırın Sok. No: 7, 53100 Merkez/Rize<br>"
         "Rize Vergi Dairesi · VKN 2210456789 · MERSİS No 0221045678900011 · Ticaret Sicil No 4512</small></p>",
         [], "Reply with a Turkish company-details footer and no contact data."),

    _rec(17, "reply", "text",
         "Ynt: İadem ne zaman yatar? {ON}",
         "Merhaba,\n\n"
         "{ON} numaralı siparişin iade paketi (iade kodu IAD-2026-5183, Yurtiçi Kargo takip no 301845529174) "
         "4 Aralık Cuma saat 11.20'de elimize ulaştı. Kontrolün ardından 1.249,90 TL iadenizi başlattık; "
         "iade kargo ücreti olan 89,90 TL ise 7 Aralık Pazartesi ayrıca iade edilecek.\n\n"
         "Tutar genellikle 3–5 iş günü içinde kartınıza yansır.\n\n"
         "İyi günler\nÇorapçı Dükkanı",
         [], "Reply with return and tracking numbers, dates, times and amounts; none is a phone number."),

    # ---------------- violations (18-48) ----------------
    _rec(18, "fulfillment-question", "text",
         "Siparişiniz yola çıktı! {ON}",
         "Merhaba,\n\n"
         "güzel haber: {ON} numaralı siparişiniz bu sabah Bursa'daki depomuzdan çıktı ve Aras Kargo'ya teslim edildi. "
         "Genellikle 1–2 iş günü içinde elinizde olur.\n\n"
         "Sevgiler\nHavlu Dünyası",
         ["BSM201"], "Shipping confirmation: left the warehouse and handed to the carrier."),

    _rec(19, "additional-information", "html",
         "Siparişiniz için teşekkürler – {ON}",
         "<p>Merhaba,</p>"
         "<p>{ON} numaralı siparişiniz bize ulaştı ve şu anda hazırlanıyor. Doğal sabunlarımızı tek tek elde paketliyoruz.</p>"
         "<p>Sevgiyle<br>Zeytin Dalı Sabunhanesi</p>",
         ["BSM201"], "Order confirmation: received and being prepared."),

    _rec(20, "fulfillment-question", "text",
         "Sipariş {ON}",
         "Merhaba,\n\n"
         "bizi tercih ettiğiniz için gönülden teşekkür ederiz. Küçük bir sahaf için bu çok şey ifade ediyor.\n\n"
         "Saygılarımızla\nEski Sayfalar Sahaf",
         ["BSM202"], "Thanks-only message."),

    _rec(21, "fulfillment-question", "text",
         "Buradayız – sipariş {ON}",
         "Merhaba,\n\n"
         "{ON} numaralı siparişinizle ilgili bir aksilik olursa ya da aklınıza takılan bir şey olursa, "
         "biz buradayız; memnuniyetle yardımcı oluruz.\n\n"
         "Güzel bir gün geçirmeniz dileğiyle\nSaksı Bahçe",
         ["BSM202"], "Only says the seller is there if anything comes up."),

    _rec(22, "delivery-delay", "text",
         "Sipariş {ON} – gönderim 11 Aralık",
         "Merhaba,\n\n"
         "yılbaşı yoğunluğu nedeniyle {ON} numaralı siparişinizdeki battaniye 11 Aralık'ta kargoya verilecek, "
         "planladığımızdan iki gün sonra. Kusura bakmayın!\n\n"
         "Selamlar\nYün Köşesi\n\n"
         "Not: Yılbaşına kadar tüm ürünlerimizde %20 indirim var – hediyeleri almadan Amazon mağazamıza mutlaka bir göz atın.",
         ["BSM203"], "Delay notice whose postscript (Not:) promotes 20% off the whole range."),

    _rec(23, "review-request", "text",
         "Küpeleri beğendiniz mi? Sipariş {ON}",
         "Merhaba,\n\n"
         "{ON} numaralı siparişinizdeki küpeleri keyifle taktığınızı umuyoruz. Bir dakikanız olursa Amazon'da değerlendirebilirsiniz.\n\n"
         "Bu arada Instagram'da bizi takip etmeyi ve bültenimize abone olmayı unutmayın – Ocak'ta yeni gümüş koleksiyonumuz çıkıyor.\n\n"
         "Sevgiler\nGümüş Telkari",
         ["BSM203"], "Review request with follow-us, newsletter and new-collection promotion."),

    _rec(24, "review-request", "text",
         "Küçük bir sürpriz – sipariş {ON}",
         "Merhaba,\n\n"
         "{ON} numaralı siparişinizdeki fırça setinin ulaştığına sevindik. Yorumunuz Amazon'da yayınlandığında, "
         "teşekkür olarak size küçük bir hediye göndereceğiz – bizden ufak bir jest.\n\n"
         "Selamlar\nFırça Sanat",
         ["BSM204"], "Small gift promised once the review is published."),

    _rec(25, "review-request", "html",
         "Sipariş {ON} – değerlendirme",
         "<p>Merhaba,</p>"
         "<p>size bir teklifimiz var: {ON} numaralı siparişinizdeki kulaklık için Amazon'da bir değerlendirme yazın, "
         "yorum yayına girer girmez ödediğiniz tutarın tamamını iade edelim. Yorumun ekran görüntüsünü yanıt olarak göndermeniz yeterli.</p>"
         "<p>Selamlar<br>SesKutusu</p>",
         ["BSM204"], "Full refund offered as soon as the review is online."),

    _rec(26, "reply", "text",
         "Ynt: Lamba yanıp sönüyor – {ON}",
         "Merhaba,\n\n"
         "dün konuştuğumuz gibi kısma modunu değiştirdikten sonra {ON} numaralı siparişinizdeki lambanın sorunsuz çalışmasına sevindik.\n\n"
         "Sorun çözüldüğüne göre, bir yıldızlı yorumunuzu güncellemeyi ya da kaldırmayı düşünebilir misiniz? "
         "Şu haliyle artık var olmayan bir sorunu anlatıyor.\n\n"
         "Teşekkürler\nMelis Şahin\nIşıltı Aydınlatma",
         ["BSM205"], "Asks to update or remove a one-star review after the issue was solved."),

    _rec(27, "review-request", "text",
         "Memnun kaldınız mı? Sipariş {ON}",
         "Merhaba,\n\n"
         "{ON} numaralı siparişinizdeki iş eldivenlerinden memnunsanız Amazon'da bir yorum bırakırsanız çok seviniriz. "
         "Bir sorun varsa, yorum yazmak yerine lütfen önce bize ulaşın, birlikte çözelim.\n\n"
         "Selamlar\nUsta Hırdavat",
         ["BSM206"], "Asks only satisfied buyers to review and steers unhappy ones to the seller."),

    _rec(28, "review-request", "text",
         "Beş yıldızla destek olur musunuz? Sipariş {ON}",
         "Merhaba,\n\n"
         "Ardahan'daki küçük arıcılığımız için her puan çok önemli. {ON} numaralı siparişinizdeki balı beğendiyseniz "
         "Amazon'da beş yıldız verirseniz bize çok büyük destek olur.\n\n"
         "Sağlıkla kalın\nYayla Balı",
         ["BSM206"], "Asks for a five-star rating."),

    _rec(29, "order-problem", "text",
         "Stokta kalmadı – sipariş {ON}",
         "Merhaba,\n\n"
         "maalesef {ON} numaralı siparişinizdeki berjer aynı anda iki kanalda satıldı ve stokta kalmadı. "
         "Sipariş tutarı Amazon'da stok yok gerekçesiyle düzeltildi.\n\n"
         "En kolayı ve en hızlısı, siparişi hesabınızdan sizin iptal etmeniz – bir dakikanızı alır.\n\n"
         "Kusura bakmayın\nKoltuk Sepeti",
         ["BSM108"], "Advises the buyer to cancel herself because stock ran out (amount adjusted)."),

    _rec(30, "order-problem", "text",
         "Sipariş {ON} – ricamız",
         "Merhaba,\n\n"
         "toptancımız {ON} numaralı siparişinizdeki 3000 parçalık yapbozu artık temin edemiyor. "
         "Amazon üzerinden bir iptal talebi oluşturursanız çok memnun oluruz, böylece konu hemen kapanır.\n\n"
         "Selamlar\nYapboz Dükkanı",
         ["BSM107", "BSM108"], "Asks for a cancellation request without confirming any amount adjustment."),

    _rec(31, "delivery-delay", "text",
         "Sipariş {ON} – yeni tarih",
         "Merhaba,\n\n"
         "{ON} numaralı siparişinizdeki çaylar planlanandan üç gün sonra, 12 Aralık'ta kargoya verilecek.\n\n"
         "Selamlar\nÇay Ocağı\n\n"
         "Bizden mesaj almak istemiyorsanız bu mesaja DUR yazarak yanıt verin.",
         ["BSM305"], "Opt-out instruction: reply DUR."),

    _rec(32, "reply", "text",
         "Ynt: Paketim nerede?! {ON}",
         "Merhaba,\n\n"
         "sinirlenmenize hak veriyorum, ben de çok sinirliyim. Bu lanet olası kargo şirketi yine her şeyi boka sardı, "
         "{ON} numaralı paketiniz aktarma merkezinde çürüyor. Kargoya şikâyet kaydı açtık, gelişme olunca hemen yazacağım.\n\n"
         "Selamlar\nOnur, Retro Oyun",
         ["BSM306"], "Reply with Turkish profanity about the carrier."),

    _rec(33, "delivery-delay", "text",
         "Order {ON} – new dispatch date",
         "Hello,\n\n"
         "sorry for the short notice: the hand-painted ceramic plates in order {ON} will leave our workshop on 15 December "
         "instead of 9 December because the kiln needed a repair.\n\n"
         "Kind regards,\nİznik Seramik",
         ["BSM104"], "Whole message in English for a tr-TR buyer."),

    _rec(34, "reply", "text",
         "Ynt: Bot numarası – {ON}",
         "Merhaba,\n\n"
         "{ON} numaralı siparişinizdeki model biraz dar kalıp, değişimde bir numara büyüğünü öneririz. "
         "Daha hızlı konuşmak isterseniz beni 0532 418 27 63 numarasından arayabilirsiniz (hafta içi 09–18).\n\n"
         "Selamlar\nEsra, Adım Ayakkabı",
         ["BSM309"], "Turkish mobile number as a contact line."),

    _rec(35, "delivery-scheduling", "text",
         "Yemek masası teslimatı – {ON}",
         "Merhaba,\n\n"
         "{ON} numaralı siparişinizdeki yemek masasını 16 Aralık 10:00–14:00 ya da 18 Aralık 12:00–16:00 arasında getirebiliriz. "
         "Hangisi uygun? Sorularınız için ofisimiz: +90 216 555 38 14.\n\n"
         "Saygılarımla\nVolkan Er\nMasif Ahşap Mobilya",
         ["BSM309"], "Office phone number in international format."),

    _rec(36, "additional-information", "text",
         "Sipariş {ON} – daire numarası eksik",
         "Merhaba,\n\n"
         "{ON} numaralı siparişinizin adresinde daire numarası eksik. Tamamlayabilir misiniz? "
         "İsterseniz siparis@camevi-istanbul.com adresine de yazabilirsiniz.\n\n"
         "Selamlar\nCamevi İstanbul",
         ["BSM308"], "Plain e-mail address in text."),

    _rec(37, "reply", "text",
         "Ynt: Hasar fotoğrafları – {ON}",
         "Merhaba,\n\n"
         "buradaki ekler bazen kayboluyor; {ON} numaralı siparişteki kırık çerçevenin fotoğraflarını "
         "destek et cercevecim nokta com adresine göndermeniz en iyisi, konu kısmına sipariş numarasını yazın lütfen.\n\n"
         "Selamlar\nÇerçevecim",
         ["BSM308"], "Obfuscated e-mail address with 'et' and 'nokta'."),

    _rec(38, "fulfillment-question", "html",
         "Kurulum kılavuzu – sipariş {ON}",
         "<p>Merhaba,</p>"
         "<p>{ON} numaralı siparişinizdeki kitaplık için adım adım kurulum videosu hazırladık, web sitemizde bulabilirsiniz: "
         "<a href=\"https://www.rafustasi.com.tr/rehber/kitaplik-defne-kurulum\">RafUstası.com.tr'de Defne kitaplık kurulum rehberi</a>.</p>"
         "<p>Selamlar<br>Raf Ustası</p>",
         ["BSM302"], "https link to the seller's own site with descriptive text."),

    _rec(39, "review-request", "html",
         "Değerlendirme – sipariş {ON}",
         "<p>Merhaba,</p>"
         "<p>{ON} numaralı siparişinizdeki termos hakkında birkaç cümle yazarsanız seviniriz:</p>"
         "<p><a href=\"http://www.amazon.com.tr/review/create-review?asin=B0D3TRMT11\">Termos için Amazon.com.tr'de değerlendirme yazın</a></p>"
         "<p>Selamlar<br>Termos Dünyası</p>",
         ["BSM301"], "Insecure http link to Amazon with descriptive text."),

    _rec(40, "delivery-delay", "html",
         "Gecikme – {ON}",
         "<p>Merhaba,</p>"
         "<p>{ON} numaralı siparişinizdeki sırt çantası fermuar tedarikindeki gecikme nedeniyle 9 Aralık yerine 14 Aralık'ta gönderilecek.</p>"
         "<p><img src=\"https://gorsel.cantaci.com.tr/urunler/sehir-sirt-cantasi-antrasit-25l.jpg\" alt=\"Şehir sırt çantası antrasit 25 litre\" width=\"300\"></p>"
         "<p>Kusura bakmayın<br>Çantacı</p>",
         ["BSM310"], "Photo of the purchased product."),

    _rec(41, "invoice", "html",
         "Sipariş {ON} faturası",
         "<p>Merhaba,</p>"
         "<p>{ON} numaralı siparişinize ait 2026/88 numaralı fatura ektedir.</p>"
         "<p><img src=\"https://cdn.kartpostalci.com.tr/stok/yilbasi-agaci-karli-orman.jpg\" alt=\"Karlı ormanda yılbaşı ağacı\" width=\"400\"></p>"
         "<p>Mutlu yıllar<br>Kartpostalcı</p>",
         ["BSM311"], "Stock New Year tree image unrelated to the shop."),

    _rec(42, "review-request", "html",
         "Sipariş {ON} – görüşünüz",
         "<p><img src=\"https://static.lavantasabun.com.tr/lavanta-sabun-logo.png\" alt=\"\" width=\"150\"></p>"
         "<p>Merhaba,</p>"
         "<p>vaktiniz olursa {ON} numaralı siparişinizdeki sabunları Amazon'da değerlendirebilirsiniz.</p>"
         "<p>Selamlar<br>Lavanta Sabun</p>",
         ["BSM402"], "Shop logo with an empty alt attribute."),

    _rec(43, "delivery-delay", "text",
         "Sipariş {ON} – ufak bir gecikme",
         "Selam!\n\n"
         "{ON} numaralı siparişinizdeki kutu oyunu, kural kitapçıklarının baskısı geciktiği için 11 Aralık Cuma günü yola çıkacak 😅 "
         "Sabrınız için teşekkürler!\n\n"
         "Oyun Rafı",
         ["BSM403"], "Emoji in a delay notice."),

    _rec(44, "reply", "text",
         "Ynt: Tasma rengi – {ON}",
         "Merhaba,\n\n"
         "{ON} numaralı siparişinizdeki tasma şişe yeşili; ilandaki fotoğrafta biraz daha açık görünüyor. "
         "Patili dostunuz çok beğenecek :)\n\n"
         "Selamlar\nPati Dükkan",
         ["BSM403"], "Text emoticon :) in a reply."),

    _rec(45, "delivery-delay", "html",
         "Gönderim tarihi değişti – {ON}",
         "<style>h1{font-size:25px} h2{font-size:18px} p{font-size:14px} .dipnot{font-size:10px}</style>"
         "<h1>Siparişiniz hakkında bilgilendirme</h1>"
         "<h2>Sipariş {ON}</h2>"
         "<p>Merhaba, bıçak seti üreticideki gecikme nedeniyle 10 Aralık yerine 15 Aralık'ta gönderilecek.</p>"
         "<p class=\"dipnot\">Keskin Bıçak Ltd. Şti., Sanayi Cad. No: 3, 42050 Karatay/Konya</p>",
         ["BSM410"], "Four explicit font sizes in a style block."),

    _rec(46, "additional-information", "html",
         "Sipariş {ON} – yüzük ölçüsü",
         "<p>Merhaba,</p>"
         "<p>{ON} numaralı siparişiniz için yüzük ölçünüzü (iç çap mm olarak ya da Türk ölçüsüyle, örn. 14) öğrenmemiz gerekiyor.</p>"
         "<p></p><p></p><p></p>"
         "<p>Bu bilgi olmadan dökümü yapamıyoruz.</p>"
         "<p>Selamlar<br>Kuyumcu Halil Usta</p>",
         ["BSM412"], "Empty paragraphs between paragraphs."),

    _rec(47, "return-follow-up", "text",
         "[Önemli] İade – sipariş {ON}",
         "Merhaba,\n\n"
         "{ON} numaralı siparişteki ayakkabıların iadesini tamamlayabilmemiz için iade nedenini seçmeniz gerekiyor: "
         "numara mı uymadı, yoksa üründe bir kusur mu var?\n\n"
         "Selamlar\nAdımlar Ayakkabı",
         ["BSM110"], "[Önemli] tag on a return follow-up."),

    _rec(48, "review-request", "text",
         "Görüşünüz – sipariş {ON}",
         "Merhaba,\n\n"
         "{ON} numaralı siparişinizdeki battaniyelerle ilgili görüşlerinizi paylaşmak isterseniz:\n"
         "https://www.amazon.com.tr/review/create-review?asin=B0B7BTN789\n\n"
         "Selamlar\nBattaniyeci",
         ["BSM401"], "Bare URL as the only link text."),

    # ---------------- varying (49-50) ----------------
    _rec(49, "reply", "text",
         "Ynt: Kargom hâlâ gelmedi – {ON}",
         "Merhaba,\n\n"
         "haklısınız, kargo firmasının bu haftaki performansı tam bir shitshow. {ON} numaralı paketiniz için "
         "bu fucking aktarma merkezini üç kez aradık; yarın hâlâ hareket yoksa yeniden gönderim yapacağız.\n\n"
         "Selamlar\nBarış, Plak Sahafı",
         ["BSM306"], "English profanity inside Turkish sentences."),

    _rec(50, "review-request", "html",
         "Deneyiminiz bizim için önemli – sipariş {ON}",
         "<p><a href=\"https://www.ahsapkasik.com.tr\"><img src=\"https://www.ahsapkasik.com.tr/img/ahsap-kasik-logo.png\" alt=\"Ahşap Kaşık logosu\" width=\"160\"></a></p>"
         "<p>Merhaba,</p>"
         "<p>{ON} numaralı siparişinizdeki kaşık setini kullanmaya başladıysanız, Amazon'da bir değerlendirme yazmak ister misiniz?</p>"
         "<p>Selamlar<br>Ahşap Kaşık</p>",
         ["BSM302", "BSM304"], "Shop logo linked to the seller's website."),
]
