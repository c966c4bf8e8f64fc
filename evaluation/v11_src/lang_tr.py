"""v11 blind evaluation set: Turkish (tr-TR), 50 messages."""

LANG = "tr"
LOCALE = "tr-TR"
PREFIX = "428"


def order_number(n):
    a = 1000000 + (n * 5419781 + 3456781) % 9000000
    b = 1000000 + (n * 3861077 + 9876541) % 9000000
    return "%s-%07d-%07d" % (PREFIX, a, b)


def _rec(n, typ, fmt, subject, body, expected, note):
    o = order_number(n)
    return {
        "id": "v11-%s-%03d" % (LANG, n),
        "language": LANG,
        "locale": LOCALE,
        "type": typ,
        "format": fmt,
        "subject": subject.replace("{o}", o),
        "body": body.replace("{o}", o).replace("{o_plain}", o.replace("-", "")),
        "order_id": o,
        "expected": sorted(expected),
        "note": note,
    }


MESSAGES = [
    # ------------------------------------------------------------------ clean
    _rec(1, "delivery-delay", "text",
         "{o} numaralı siparişinizde gecikme",
         """Merhaba Ayşe Hanım,

{o} numaralı siparişinizdeki altı parçalık el yapımı kupa setiyle ilgili yazıyorum. Geçen hafta sır fırınımız arızalandı, bu yüzden bütün partiyi yeniden pişirmemiz gerekiyor. Kupaları en geç 18.12.2026 tarihinde kargoya verebileceğiz; bu, ürün sayfasında yazan tarihten yaklaşık bir hafta sonrası demek.

Bu gecikme için gerçekten özür dilerim. Yeni tarih size uymuyorsa bu mesaja yanıt vermeniz yeterli.

Sevgiler,
Deniz Aksoy
Kapadokya Seramik Atölyesi, Avanos""",
         [], "Clean plain-text delivery delay from a small pottery with a new ship date."),

    _rec(2, "delivery-delay", "html",
         "Sipariş {o} – teslim tarihi değişikliği",
         """<table border="0" cellpadding="0" cellspacing="0"><tr><td>
<p><strong>Mavi Kapı Mobilya</strong></p>
<p>Sayın Mehmet Bey,</p>
<p><strong>{o}</strong> numaralı siparişinizdeki ceviz sehpanın (100 × 55 cm, doğal yağ) hazırlanması yaklaşık 10 iş günü uzayacak. Tedarikçimizden gelen tabla partisinde çatlaklar çıktı ve yenisini bekliyoruz.</p>
<ul>
<li>Yeni tahmini kargoya veriliş tarihi: <strong>22.12.2026</strong></li>
<li>Tahmini teslimat: 23–28.12.2026</li>
</ul>
<p>Yaşattığımız aksaklık için özür dileriz.</p>
<p>Saygılarımızla,<br>Sipariş Birimi<br>Mavi Kapı Mobilya San. ve Tic. Ltd. Şti.</p>
<p><small>Organize Sanayi Bölgesi, Mavi Cad. No: 12, 16140 Nilüfer/Bursa · Vergi Dairesi: Nilüfer · VKN: 6120483957</small></p>
</td></tr></table>""",
         [], "Clean builder-HTML delivery delay with table, list and small-print footer."),

    _rec(3, "order-problem", "text",
         "[Önemli] {o} numaralı siparişinizle ilgili sorun",
         """İyi günler,

üzgünüz, {o} numaralı siparişinizi gönderemeyeceğiz. Stoktaki son bakır cezvenin (Bakır Usta, 4 fincanlık) sapında kaynak hatası çıktı ve üreticide bu modelden kalmadı.

Sipariş tutarının tamamı (749,90 TL) "stokta yok" (NoInventory) gerekçesiyle düzeltildi. Ödemeniz Amazon'un süreçlerine göre, genellikle birkaç iş günü içinde hesabınıza geri yansıyacak. Sizin ayrıca bir şey yapmanıza gerek yok.

Anlayışınız için teşekkür ederiz.
Kemal Usta
Bakır Usta, Gaziantep""",
         [], "Clean order problem confirming the full adjustment; [Önemli] allowed on this critical type."),

    _rec(4, "additional-information", "text",
         "{o} numaralı sipariş için ölçü bilgisi",
         """Merhaba Elif Hanım,

{o} numaralı siparişinizde perdeyi "özel ölçü" seçeneğiyle almışsınız, fakat sipariş notunda ölçü göremedik. Dikime başlayabilmemiz için şunlara ihtiyacımız var:

- istenen boy (korniş üstünden yere kadar, cm olarak)
- en (pencere genişliği, cm olarak)
- büzgü mü yoksa halka mı tercih ettiğiniz

Yanıtınız gelir gelmez dikime başlıyoruz.

Selamlar,
Sevgi Tunç
Yün Evi Ev Tekstili, Denizli""",
         [], "Clean request for the measurements needed to make a made-to-measure order."),

    _rec(5, "return-follow-up", "text",
         "İade talebiniz hakkında – {o}",
         """Merhaba,

{o} numaralı siparişinizdeki "Lale" masa lambası için iade talebinizi aldık; fotoğraflarda ayağında bir çizik görünüyor.

Lamba bunun dışında sorunsuz çalışıyorsa ve elinizde kalmasını isterseniz, size 250 TL kısmi iade önerebiliriz. Yine de iade etmeyi tercih ederseniz elbette normal iade sürecini işletiriz; hangi seçeneği istediğinizi yazmanız yeterli.

İyi günler dileriz,
Gizem Kara, Müşteri Hizmetleri
Işıkhane Aydınlatma""",
         [], "Clean return follow-up offering a partial refund as an alternative."),

    _rec(6, "return-follow-up", "text",
         "Sipariş {o} – iade için bir soru",
         """Burak Bey merhaba,

{o} numaralı siparişteki bisiklet hız göstergesinin iadesini tamamlayabilmemiz için iki bilgiye ihtiyacımız var:

1. Cihazın arkasındaki seri numarası ("SN" ile başlıyor)
2. Gidon bağlantı aparatı ile şarj kablosunun da iade paketinde olup olmayacağı

Seri numarası olmadan üreticinin sistemi cihazı kabul etmiyor.

Şimdiden teşekkürler,
Bisiklet Garajı'ndan Onur""",
         [], "Clean return follow-up asking for information needed to complete the return."),

    _rec(7, "invoice", "html",
         "{o} numaralı siparişinizin faturası",
         """<p>Merhaba,</p>
<p>{o} numaralı siparişinize ait e-Arşiv faturayı PDF olarak ekte bulabilirsiniz.</p>
<table border="0" cellpadding="2" cellspacing="0">
<tr><td>Fatura No:</td><td>BYZ2026/12/00087</td></tr>
<tr><td>Fatura tarihi:</td><td>04.12.2026</td></tr>
<tr><td>Toplam (KDV dahil):</td><td>12.499,00 TL</td></tr>
<tr><td>KDV (%20):</td><td>2.083,17 TL</td></tr>
</table>
<p>Saygılarımızla,<br>Muhasebe</p>
<p><small>Beyazsu Ev Aletleri A.Ş. · Atatürk Cad. No: 118, 35220 Konak/İzmir<br>Vergi Dairesi: Konak · VKN: 1734092856 · MERSİS No: 0173409285600014 · Ticaret Sicil No: 214587</small></p>""",
         [], "Clean invoice with Turkish tax office, VKN, MERSİS and an invoice number with slashes."),

    _rec(8, "review-request", "text",
         "Sırt çantası nasıl gidiyor? Sipariş {o}",
         """Merhaba Can Bey,

{o} numaralı siparişinizdeki sırt çantasını bir süredir kullanıyorsunuz. Vaktiniz olursa Amazon'da ürün hakkında bir değerlendirme yazmanızdan memnuniyet duyarız; izleniminiz olumlu da olsa olumsuz da olsa fark etmez. Dürüst yorumlar diğer alıcıların doğru seçim yapmasına yardımcı oluyor.

Kolay gelsin,
Doruk Outdoor""",
         [], "Clean neutral review request in plain text without a link."),

    _rec(9, "review-request", "html",
         "Çayları nasıl buldunuz? Sipariş {o}",
         """<p><img src="https://static.cay-duragi.example/logo/cay-duragi-logo.png" alt="Çay Durağı logosu" width="150" height="56"></p>
<p>Merhaba Zeynep Hanım,</p>
<p>{o} numaralı siparişinizdeki tadım kutusunun elinize ulaştığını ve beğendiğinizi umuyoruz. Dilerseniz ürün hakkında bir değerlendirme bırakabilirsiniz; her dürüst yorum bizim için değerli.</p>
<p><a href="https://www.amazon.com.tr/review/create-review?asin=B0E4HT72KC">Amazon'da çay tadım kutusunu değerlendirin</a></p>
<p>Sevgiyle,<br>Çay Durağı</p>""",
         [], "Clean HTML review request with shop logo (alt names the shop) and a descriptive https Amazon link."),

    _rec(10, "delivery-scheduling", "text",
         "Gardırop teslimatı için randevu – {o}",
         """Merhaba,

{o} numaralı siparişinizdeki üç kapaklı gardırop ambalajıyla birlikte yaklaşık 140 kg geliyor, bu yüzden teslimatı kendi nakliye ekibimiz yapıyor ve eve kadar taşıyor. Bölgeniz için boş saatlerimiz şunlar:

15 Aralık 2026 Salı, 09.00–12.00
15 Aralık 2026 Salı, 13.00–17.00
17 Aralık 2026 Perşembe, 17.00–20.00

Hangisi size uygunsa yazar mısınız? Dairenin kaçıncı katta olduğunu ve binada asansör olup olmadığını da belirtirseniz seviniriz.

Saygılarımızla,
Hakan Öztürk, Teslimat Koordinatörü
Mavi Kapı Mobilya""",
         [], "Clean delivery scheduling for a bulky wardrobe with Turkish dates and time slots."),

    _rec(11, "home-service-appointment", "html",
         "Bulaşık makinesi montajı – randevu seçimi, {o}",
         """<p>Sayın Nur Hanım,</p>
<p>{o} numaralı siparişinizle birlikte ankastre bulaşık makinesi montaj hizmeti satın aldınız. Teknisyenimiz aşağıdaki zamanlardan birinde gelebilir:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Gün</th><th>Saat</th></tr>
<tr><td>14.12.2026 Pazartesi</td><td>09.00–12.00</td></tr>
<tr><td>16.12.2026 Çarşamba</td><td>13.00–16.00</td></tr>
<tr><td>19.12.2026 Cumartesi</td><td>10.00–13.00</td></tr>
</table>
<p>Uygun olan saati yanıt olarak iletmeniz yeterli. Ziyaretten önce su vanasına ve prize erişimin açık olması işleri hızlandırır.</p>
<p>Saygılarımızla,<br>Beyazsu Montaj Ekibi</p>""",
         [], "Clean HTML home-service appointment with a table of slots."),

    _rec(12, "custom-design-verification", "text",
         "Gravür tasarımı onayınıza sunulmuştur – {o}",
         """Merhaba,

ekteki dosyada (gravur_taslak_v2.pdf), {o} numaralı siparişinizdeki zeytin ağacı servis tahtasına yapılacak gravürün önizlemesi var:

Yazı: "Selin & Emre – 12.06.2027"
Yazı tipi: el yazısı, harf yüksekliği 14 mm
Konum: sağ alt köşe

Lütfen isimlerin yazılışını ve tarihi kontrol edin. Onayınızı almadan gravüre başlamıyoruz; "onaylıyorum" yazmanız ya da düzeltmeleri iletmeniz yeterli.

İyi çalışmalar,
Serkan Polat
Lazer Sanat Atölyesi""",
         [], "Clean design proof with an attached PDF."),

    _rec(13, "fulfillment-question", "text",
         "Teslimat için site giriş kodu – {o}",
         """Merhaba Derya Hanım,

koltuğunuzu (sipariş {o}, nakliye talep no: NK-2026-1207-31, irsaliye no: A-0045871) getirecek şoför, sitenin girişinde şifreli bir kapı olduğunu bildirdi.

Site kapısının ve varsa blok kapısının şifresini paylaşabilir misiniz? Şifreyi vermek istemezseniz, teslimat sırasında kapıyı açacak birinin olup olmayacağını yazmanız da yeterli.

Teşekkürler,
Ahmet Yıldız
Rahat Koltuk""",
         [], "Clean door-code question with transport and waybill reference numbers."),

    _rec(14, "reply", "text",
         "Ynt: Çantanın ölçüleri",
         """Merhaba Selim Bey,

{o} numaralı siparişinizdeki "Vintage Leather Messenger Bag" modelinin iç ölçüsü 38 × 28 × 9 cm; 15,6 inçlik dizüstü bilgisayarlar rahatlıkla sığıyor. Ön cepte kartlık ve kalem yuvası da var.

Selamlar,
Ece Güneş
Deri Atölyesi Güneş""",
         [], "Clean reply quoting an English product title inside Turkish sentences."),

    _rec(15, "reply", "text",
         "Ynt: Radyatör ısıtmıyor – {o}",
         """Merhaba,

anlattığınıza göre {o} numaralı siparişinizdeki yağlı radyatörün aşırı ısınma koruması devreye girmiş olabilir. Cihazın fişini yarım saat çekip tekrar deneyin.

Sorun devam ederse en hızlı çözüm, garanti kapsamında doğrudan üreticinin servisine başvurmak. Üretici garanti hattı (Isıtek A.Ş.): 444 7 482, hafta içi 09.00–18.00. Arama sırasında etiketteki seri numarası sorulacaktır.

Saygılarımızla,
Beyazsu Ev Aletleri – Şikâyet Birimi""",
         [], "Clean reply giving the manufacturer's warranty line, marked as such."),

    _rec(16, "reply", "html",
         "Ynt: İçerik sorusu – {o}",
         """<p>Merhaba,</p>
<p>{o} numaralı siparişinizle ilgili sorunuz için teşekkürler. Zeytinyağlı el kremimiz paraben ve esansiyel yağ içermiyor; tam INCI listesi tüpün arkasında yazılı. Hassas ciltler için uygun, ancak papatyagillere alerjiniz varsa önce küçük bir bölgede denemenizi öneririz.</p>
<p>Saygılarımızla,<br>Dilek Arslan<br>Ürün Sorumlusu</p>
<p><small>Ege Zeytin Kozmetik Tic. Ltd. Şti.<br>Kemeraltı Mah. 871 Sok. No: 4/2, 35250 Konak/İzmir<br>Vergi Dairesi: Kemeraltı · VKN: 3290571846 · MERSİS No: 0329057184600012<br>Ticaret Sicil No: İzmir 198765</small></p>""",
         [], "Clean reply with a Turkish company-details footer."),

    _rec(17, "reply", "text",
         "Ynt: Param ne zaman iade edilecek? {o}",
         """Merhaba Büşra Hanım,

{o} numaralı siparişinizin iadesini kontrol ettim:

İade numarası: IADE/2026/11/0391
İade gönderinizin takip numarası: 7340 2195 8842 1107
Paket bize 03.12.2026 saat 10.42'de ulaştı
Mont bedeli 1.899,90 TL ve kargo ücreti 89,90 TL, 04.12.2026 saat 09.15'te iade edildi

Bankanıza bağlı olarak tutarın 3–5 iş günü içinde hesabınızda görünmesi gerekiyor.

İyi günler,
Tolga Er
Doruk Outdoor""",
         [], "Clean reply with return and tracking numbers, dates, times and amounts."),

    # ------------------------------------------------------------- violations
    _rec(18, "fulfillment-question", "text",
         "Paketiniz yola çıktı! {o}",
         """Merhabalar!

Güzel haber: {o} numaralı siparişinizin paketi bu sabah İstanbul'daki depomuzdan çıktı ve Yurtiçi Kargo'ya teslim edildi. Genelde 1–2 iş gününde ulaşıyor.

Çorapçı Dükkan ekibi""",
         ["BSM201"], "Shipping confirmation: parcel left the warehouse and was handed to the carrier."),

    _rec(19, "fulfillment-question", "html",
         "Siparişiniz {o} alındı",
         """<p>Merhaba,</p>
<p>{o} numaralı siparişiniz bize ulaştı ve şu anda hazırlanıyor. Gümüş küpeleriniz özenle hediye kutusuna yerleştirilecek.</p>
<p>Sevgiler,<br>Gümüş Işık Takı</p>""",
         ["BSM201"], "Order confirmation: order received and being prepared."),

    _rec(20, "fulfillment-question", "text",
         "Teşekkürler! {o}",
         """Merhaba Oğuz Bey,

bizi tercih ettiğiniz için çok teşekkür ederiz! Küçük bir kavurma evi için bu gerçekten çok anlamlı.

Sevgilerle,
Kahve Kavurma Evi Tahmis
Sipariş: {o}""",
         ["BSM202"], "Thanks only; the order number is no content."),

    _rec(21, "fulfillment-question", "text",
         "Sipariş {o}",
         """Sayın Müşterimiz,

{o} numaralı siparişinizle ilgili herhangi bir sorun olursa her zaman buradayız, yardımcı olmaktan memnuniyet duyarız.

Saygılarımızla,
Yün Evi Ev Tekstili""",
         ["BSM202"], "Only says the seller is there to help if something comes up."),

    _rec(22, "delivery-delay", "text",
         "Birkaç günlük gecikme – {o}",
         """Merhaba Kerem Bey,

{o} numaralı siparişinizdeki trekking botları tedarikçiden ancak pazartesi gelecek; bu yüzden botları 10.12.2026 yerine 15.12.2026'da kargoya verebileceğiz. Gecikme için kusura bakmayın.

Saygılarımızla,
Doruk Outdoor

Not: Yıl sonuna kadar mağazamızdaki tüm ürünlerde %20 indirim var; ödeme adımında KIS20 kodunu girmeniz yeterli.""",
         ["BSM203"], "Permitted delay with a P.S. promoting 20% off the whole range."),

    _rec(23, "reply", "text",
         "Ynt: Yüzük ölçüsü {o}",
         """Merhaba,

14 numara yaklaşık 54 mm parmak çevresine denk geliyor, yani {o} numaralı siparişinizdeki yüzük size olmalı.

Gümüşü seviyorsanız bizi Instagram ve Facebook'ta (Gümüş Işık Takı) takip etmeyi unutmayın; cuma günü yeni kış koleksiyonumuzu tanıtıyoruz ve e-bültenimize abone olanlar koleksiyonu bir gün önce görüyor.

Sevgiler,
Melis""",
         ["BSM203"], "Reply inviting the buyer to follow the shop, subscribe to a newsletter and see a new collection."),

    _rec(24, "review-request", "text",
         "Eldivenleri nasıl buldunuz? {o}",
         """Merhaba,

{o} numaralı siparişinizdeki bisiklet eldivenleri işinizi görüyor mu? Amazon'da bir yorum yazarsanız çok seviniriz. Yorumunuz yayınlanır yayınlanmaz teşekkür olarak size küçük bir hediye gönderiyoruz: reflektörlü çıkartma seti ve matara.

Keyifli sürüşler,
Bisiklet Garajı""",
         ["BSM204"], "Review request promising a small gift once the review is published."),

    _rec(25, "review-request", "html",
         "Yorum yazın, paranızı iade edelim – {o}",
         """<p>Merhaba Pınar Hanım,</p>
<p>Size özel bir teklifimiz var: {o} numaralı siparişinizdeki masa düzenleyici için bir değerlendirme yazın, yorumunuz Amazon'da görünür görünmez ödediğiniz tutarın tamamını (349,90 TL) hesabınıza iade edelim.</p>
<p>Yorumu hangi isimle yazdığınızı bize iletmeniz yeterli.</p>
<p>Selamlar,<br>Ofis Dünyası</p>""",
         ["BSM204"], "Full refund once the review is online."),

    _rec(26, "reply", "text",
         "Ynt: Kırık tabak – {o}",
         """Merhaba Serdar Bey,

{o} numaralı siparişiniz için gönderdiğimiz yeni tabağın sağlam ulaştığına ve sorunun çözüldüğüne çok sevindik. Madem her şey yoluna girdi, bir yıldızlı değerlendirmenizi güncellemeniz ya da kaldırmanız mümkün olur mu? Bizim için çok önemli.

Sevgiler,
Deniz Aksoy
Kapadokya Seramik Atölyesi""",
         ["BSM205"], "Asks the buyer to update or remove a one-star review."),

    _rec(27, "review-request", "text",
         "Yastıklardan memnun kaldınız mı? {o}",
         """Merhaba Seda Hanım,

{o} numaralı siparişinizdeki yastıklardan memnun kaldıysanız Amazon'da bir yorum bırakırsanız seviniriz. Beğenmediğiniz bir şey olduysa lütfen yorum yazmak yerine önce bize yazın, mutlaka bir çözüm buluruz.

Sevgiler,
Yün Evi Ev Tekstili""",
         ["BSM206"], "Asks only satisfied buyers to review; steers unhappy ones to the seller."),

    _rec(28, "review-request", "html",
         "Çaydanlığı puanlar mısınız? {o}",
         """<p>Merhaba,</p>
<p>{o} numaralı siparişinizdeki elektrikli çaydanlığı puanlarsanız çok mutlu oluruz. Beş yıldız, bizim gibi küçük bir işletme için çok büyük destek demek!</p>
<p><a href="https://www.amazon.com.tr/review/create-review?asin=B0B8JN4W2S">Amazon'da çaydanlığı puanlayın</a></p>
<p>Saygılarımızla,<br>Beyazsu Ev Aletleri</p>""",
         ["BSM206"], "Review request asking for five stars."),

    _rec(29, "order-problem", "text",
         "Stokta kalmayan ürün – {o}",
         """Merhaba,

çok üzgünüz, {o} numaralı siparişinizdeki 43 numara trekking botları tükendi ve üretici yeni bir sevkiyat planlamıyor. Sipariş tutarının tamamını (2.749,00 TL) "stokta yok" gerekçesiyle düzelttik.

En hızlı çözüm, siparişi Amazon hesabınızdaki Siparişlerim bölümünden kendinizin iptal etmesi; böylece her şey hemen kapanmış olur.

Saygılarımızla,
Doruk Outdoor""",
         ["BSM108"], "Adjustment confirmed, but advises the buyer to cancel himself."),

    _rec(30, "order-problem", "text",
         "{o} numaralı siparişiniz hakkında",
         """Sayın Müşterimiz,

{o} numaralı siparişinizdeki "Yağmur Sonrası Orman" kokulu soya mumu maalesef stoklarımızda kalmadı. Amazon üzerinden sipariş iptal talebi oluşturursanız çok memnun oluruz.

Yaşanan karışıklık için özür dileriz.
Fitil Mum Atölyesi""",
         ["BSM107", "BSM108"], "Out of stock: asks for a cancellation request without confirming an adjustment."),

    _rec(31, "delivery-delay", "text",
         "Gecikme – {o}",
         """Merhaba,

{o} numaralı siparişinizdeki fırça setini, kutuları beklediğimiz için planladığımızdan üç gün sonra, 16.12.2026'da kargoya vereceğiz.

Kusura bakmayın!
Sanat Malzemecisi Renk

Bu tür mesajları artık almak istemiyorsanız bu mesaja DUR yazarak yanıt verin, sizi listeden çıkaralım.""",
         ["BSM305"], "Delay message with an opt-out instruction (reply DUR)."),

    _rec(32, "reply", "text",
         "Ynt: Siparişim ne zaman gönderilecek?! {o}",
         """Merhaba Cem Bey,

sinirlenmekte haklısınız. Toptancı yine boktan bir iş çıkarıp bisiklet çantalarının teslimatını üçüncü kez erteledi; bu yüzden {o} numaralı siparişinizi ancak 11.12.2026 Cuma günü kargoya verebileceğiz. Bir değişiklik olursa hemen size yazacağım.

Selamlar,
Onur, Bisiklet Garajı""",
         ["BSM306"], "Reply containing Turkish profanity ('boktan')."),

    _rec(33, "delivery-delay", "text",
         "Delivery delay – order {o}",
         """Dear Customer,

We regret to inform you that the dispatch of your order {o} will be delayed by approximately one week, as our supplier will not deliver the copper trays before 14 December. We now expect to ship on 16 December.

Thank you for your understanding.

Kind regards,
Bakır Usta Export Team""",
         ["BSM104"], "Message to a Turkish buyer written entirely in English."),

    _rec(34, "delivery-scheduling", "text",
         "Köşe koltuk teslimatı – {o}",
         """Merhaba,

{o} numaralı siparişinizdeki köşe koltuğu 18.12.2026 Cuma 10.00–14.00 arası ya da 19.12.2026 Cumartesi 09.00–13.00 arası getirebiliriz. Hangisi size uyar?

En kolayı doğrudan şoförümüzü aramanız: 0532 481 27 95.

Saygılarımızla,
Rahat Koltuk""",
         ["BSM309"], "Delivery scheduling with the driver's mobile number in national format."),

    _rec(35, "reply", "html",
         "Ynt: Kurumsal fatura – {o}",
         """<p>Merhaba,</p>
<p>{o} numaralı siparişiniz için elbette şirket adına fatura kesebiliriz; şirket unvanını, vergi dairesini ve vergi numarasını yanıt olarak iletmeniz yeterli.</p>
<p>Saygılarımızla,<br>Ofis Dünyası Müşteri Hizmetleri<br>Tel: +90 212 555 48 30 (hafta içi 09.00–17.00)</p>""",
         ["BSM309"], "Signature with an international-format shop phone number."),

    _rec(36, "reply", "text",
         "Ynt: Hasar fotoğrafları {o}",
         """Merhaba,

{o} numaralı siparişinizdeki kasenin kırık gelmesine çok üzüldük. Hasarın ve ambalajın fotoğraflarını destek.kapadokya@atolye-posta.com.tr adresine gönderirseniz hemen yenisini yollayalım.

Sevgiler,
Deniz Aksoy
Kapadokya Seramik Atölyesi""",
         ["BSM308"], "Plain e-mail address in a reply."),

    _rec(37, "reply", "text",
         "Ynt: Kullanım kılavuzu – {o}",
         """Merhaba,

{o} numaralı siparişinizdeki havya istasyonunun basılı kılavuzu yalnızca İngilizce, ama Türkçe PDF sürümünü memnuniyetle e-postayla gönderebiliriz: destek et elektronikdukkani nokta com nokta tr adresine sipariş numaranızı konu satırına yazarak bir mesaj atmanız yeterli.

İyi çalışmalar,
Elektronik Dükkânı""",
         ["BSM308"], "E-mail address obfuscated with Turkish 'et' and 'nokta'."),

    _rec(38, "reply", "html",
         "Ynt: Keten yıkama – {o}",
         """<p>Merhaba Elif Hanım,</p>
<p>{o} numaralı siparişinizdeki keten nevresim takımını 40 derecede, yumuşatıcı kullanmadan yıkamanızı ve en yüksek devirde sıkmamanızı öneririz.</p>
<p>Daha fazla ipucunu <a href="https://www.yunevi.example/rehber/keten-bakimi">Yün Evi sitesindeki keten bakım rehberimizde</a> bulabilirsiniz.</p>
<p>Selamlar,<br>Sevgi</p>""",
         ["BSM302"], "https link to the seller's own site with descriptive text, not needed for the order."),

    _rec(39, "fulfillment-question", "html",
         "Teslimat adresi – {o}",
         """<p>Merhaba,</p>
<p>{o} numaralı siparişinizin teslimat adresinde daire numarası eksik. Numarayı yanıt olarak yazabilir ya da adresinizi <a href="http://www.amazon.com.tr/gp/css/order-history">Amazon hesabınızdaki siparişlerim sayfasından</a> kontrol edebilirsiniz.</p>
<p>Teşekkürler,<br>Çay Durağı</p>""",
         ["BSM301"], "Descriptive but insecure http link to Amazon."),

    _rec(40, "review-request", "html",
         "Zeytinyağını beğendiniz mi? {o}",
         """<p>Merhaba,</p>
<p><img src="https://static.ege-zeytinyagi.example/urunler/erken-hasat-zeytinyagi-1l.jpg" alt="Erken hasat natürel sızma zeytinyağı 1 L" width="240" height="240"></p>
<p>{o} numaralı siparişinizdeki erken hasat zeytinyağını beğendiğinizi umuyoruz. İsterseniz Amazon'da ürün hakkında bir değerlendirme yazabilirsiniz.</p>
<p>Sevgiler,<br>Ege Zeytinyağı Evi</p>""",
         ["BSM310"], "Review request showing a photo of the purchased olive oil."),

    _rec(41, "delivery-delay", "html",
         "Yılbaşı yoğunluğu – {o} için yeni tarih",
         """<p><img src="https://cdn.stokgorsel.example/yilbasi/kar-yagan-sehir.jpg" alt="Kar yağan şehir manzarası" width="300" height="200"></p>
<p>Merhaba,</p>
<p>Yılbaşı öncesi sipariş yoğunluğu nedeniyle {o} numaralı siparişinizi, daha önce bildirdiğimizden iki gün sonra, 21.12.2026'da kargoya verebileceğiz.</p>
<p>Anlayışınız için teşekkürler,<br>Fitil Mum Atölyesi</p>""",
         ["BSM311"], "Stock image of a snowy city unrelated to the shop."),

    _rec(42, "delivery-delay", "html",
         "Yeni kargo tarihi – {o}",
         """<p><img src="https://static.corapci-dukkan.example/img/corapci-dukkan-logo.png" width="140" height="50"></p>
<p>Merhaba,</p>
<p>{o} numaralı siparişinizdeki yün çoraplar 17.12.2026'da kargoya verilecek; boyahaneden bir rengi hâlâ bekliyoruz.</p>
<p>Sevgiler,<br>Çorapçı Dükkan</p>""",
         ["BSM402"], "Shop logo image without any alt attribute."),

    _rec(43, "additional-information", "text",
         "Çerçeve rengi – {o} 🤔",
         """Merhaba!

{o} numaralı siparişiniz için bir bilgiye daha ihtiyacımız var: poster çerçevesi siyah mı olsun, meşe mi? İlanda renk seçeneği yanlışlıkla çıkmamış 🙏

Selamlar,
Çerçeveci Kadraj""",
         ["BSM403"], "Emoji in subject and body."),

    _rec(44, "reply", "text",
         "Ynt: Mont bedeni {o}",
         """Selam Barış,

{o} numaralı siparişindeki mont biraz geniş kesim, normalde L giyiyorsan M de rahat olur :) Olmazsa beden değişimi ücretsiz, merak etme :D

Görüşmek üzere,
Tolga, Doruk Outdoor""",
         ["BSM403"], "Text emoticons ':)' and ':D'."),

    _rec(45, "delivery-delay", "html",
         "Teslim tarihinde değişiklik – {o}",
         """<style>
.baslik { font-size: 24px; }
.altbaslik { font-size: 17px; }
.metin { font-size: 14px; }
.altbilgi { font-size: 10px; }
</style>
<p class="baslik"><strong>Çerçeveci Kadraj</strong></p>
<p class="altbaslik">Yeni kargo tarihi</p>
<p class="metin">Merhaba, {o} numaralı siparişinizdeki meşe çerçeveler 18.12.2026'da kargoya verilecek; çıtalar vernikhaneden geç döndü.</p>
<p class="altbilgi">Çerçeveci Kadraj, Tunalı Hilmi Cad. No: 52, 06680 Çankaya/Ankara</p>""",
         ["BSM410"], "Four explicit font sizes in a style block, plus the default."),

    _rec(46, "additional-information", "html",
         "Kupa üzerine yazı – {o}",
         """<p>Merhaba,<br>{o} numaralı siparişiniz için kupaya yazılacak metne ihtiyacımız var; siparişteki alan boş kalmış.<br><br><br>Yılbaşından önce yetiştirebilmemiz için çarşamba gününe kadar yanıt verirseniz seviniriz.<br><br><br><br>Sevgiler,<br>Kapadokya Seramik Atölyesi</p>""",
         ["BSM412"], "Runs of three and four <br> tags in a row."),

    _rec(47, "return-follow-up", "text",
         "[Önemli] İadeniz – {o}",
         """Merhaba,

{o} numaralı siparişinizdeki blenderın iadesini tamamlayabilmemiz için, cihazı orijinal kutusuyla mı yoksa başka bir kutuda mı göndereceğinizi yazar mısınız?

Teşekkürler,
Beyazsu Ev Aletleri""",
         ["BSM110"], "[Önemli] tag on a return follow-up."),

    _rec(48, "additional-information", "text",
         "Adres kontrolü – {o}",
         """Merhaba,

kurye {o} numaralı siparişinizin adresini bulamıyor. Adres bilgilerinizi buradan kontrol edip her şeyin doğru olup olmadığını yazar mısınız:
https://www.amazon.com.tr/a/addresses

Teşekkürler,
Ege Zeytin Kozmetik""",
         ["BSM401"], "Bare Amazon https URL as the link text in plain text."),

    # ------------------------------------------------------------------ vary
    _rec(49, "reply", "text",
         "Ynt: Bıçak seti neden gecikti? {o}",
         """Merhaba Volkan Bey,

marangoz, affedersiniz ama, what the fuck, ahşap bıçak bloklarını üçüncü kez yanlış ölçüde kesmiş. Doğru bloklar perşembe gelecek; {o} numaralı siparişinizdeki bıçak setini 18.12.2026'da kargoya vereceğiz.

Selamlar,
Hasan, Demirci Bıçak Atölyesi""",
         ["BSM306"], "English profanity inside a Turkish reply."),

    _rec(50, "delivery-delay", "html",
         "Kargo tarihi güncellemesi – {o}",
         """<div style="padding: 20px 140px;">
<p>Merhaba Gökhan Bey,</p>
<p>{o} numaralı siparişinizdeki bıçak setini, ahşap bloklar marangozhaneden geç geldiği için 09.12.2026 yerine 14.12.2026'da kargoya verebileceğiz.</p>
<p>Gecikme için özür dileriz.<br>Demirci Bıçak Atölyesi</p>
</div>""",
         ["BSM405"], "Wrapper with 140 px padding on each side (over 20% of 600 px)."),
]
