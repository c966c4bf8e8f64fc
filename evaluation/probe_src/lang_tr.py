from common import M, P, builder, outlook

L = [
# ---- BSM202
M("thanks", "fulfillment-question", "text", "Siparişiniz için teşekkürler – {O}", """
Merhaba Ayşe Hanım,

Kahve Dünyası Butik'ten alışveriş yaptığınız için size sadece teşekkür etmek istedik. Yeni cezvenizle nice keyifli kahveler içmenizi dileriz!

Sevgiyle,
Elif
Kahve Dünyası Butik""", ["BSM202"], "just thanks + wishes"),
M("thanks", "additional-information", "text", "Siparişiniz {O}", """
Sayın Mehmet Yılmaz,

Ev Dekor Atölyesi'ni tercih ettiğiniz için teşekkür ederiz. Satın aldığınız ürünle ilgili her türlü sorunuz için her zaman hizmetinizdeyiz.

Saygılarımızla,
Ev Dekor Atölyesi Müşteri Hizmetleri""", ["BSM202"], "thanks + at your service"),
M("thanks", "fulfillment-question", "html", "Çok teşekkür ederiz – sipariş {O}", builder(P(
 "Sayın Zeynep Kaya,",
 "{O} numaralı siparişiniz için içtenlikle teşekkür ederiz. Kütahya'da küçük bir seramik atölyesiyiz ve her sipariş bizim için büyük bir mutluluk.",
 "Yeni çay takımınızla uzun yıllar güzel anlar geçirmenizi dileriz.",
 "Şükranlarımızla,<br>Selin ve Burak<br>Kütahya Çini Evi"),
 "https://m.media-amazon.com/images/S/aplus-media-library-service-media/kutahya-cini-evi-logo.png", "Kütahya Çini Evi"), ["BSM202"], "builder + logo; thanks + wishes"),
M("thanks", "fulfillment-question", "text", "Sipariş {O}", """
Alışverişiniz için teşekkürler!

TeknoPazar Ekibi""", ["BSM202"], "one-line thanks"),
M("thanks", "additional-information", "html", "{O} numaralı siparişiniz – Kırtasiye Demir", outlook([
 "Değerli Müşterimiz,",
 "Alışverişinizle bize gösterdiğiniz güven için teşekkür ederiz.",
 "{O} numaralı siparişinizle ilgili herhangi bir sorun yaşamanız durumunda, Amazon mesajlaşma sistemi üzerinden bizimle iletişime geçmekten çekinmeyiniz.",
 "Saygılarımızla,",
 "Ahmet Demir<br>Kırtasiye Demir Ltd. Şti."]), ["BSM202"], "Outlook formal"),
M("thanks", "fulfillment-question", "text", "Yardıma ihtiyacınız olursa ({O})", """
Merhaba,

Paketinizde bir sorun olursa ya da yeni mutfak robotunuzun kullanımıyla ilgili sorularınız varsa, bu mesajı yanıtlamanız yeterli. Size memnuniyetle yardımcı oluruz.

İyi günler dileriz,
Mutfak Sanatı""", ["BSM202"], "only offer to help"),
M("thanks", "fulfillment-question", "html", "Yürekten teşekkürler ({O})", P(
 "Merhaba Deniz,",
 "{O} numaralı siparişin için çok teşekkür ederiz! Mağazamızın arkasında sadece ikimiz varız ve her sipariş bizi çok mutlu ediyor.",
 "Merinos yününü bizim kadar seveceğini ve kazağının harika olacağını umuyoruz.",
 "Herhangi bir sorun olursa bize yazman yeterli; her zaman yanındayız.",
 "Tekrar teşekkürler, keyifli örgüler!",
 "Sevgiler,<br>Gizem ve Esra<br>Yumak Dükkânı"), ["BSM202"], "long informal thanks"),
M("thanks", "additional-information", "text", "Teşekkür – sipariş {O}", """
Değerli müşterimiz,

Siparişiniz için teşekkür eder, güzel bir gün geçirmenizi dileriz.

Saygılarımızla,
Yeşil Bahçe Fidanlık""", ["BSM202"], "formal thanks + wish"),
# ---- lookalikes
M("lookalike", "delivery-delay", "text", "Siparişinizde gecikme – {O}", """
Sayın Ali Çelik,

Siparişiniz için teşekkür ederiz. Maalesef meşe sehpa "Bodrum"un teslimatı gecikecek: marangozumuz tablayı ancak önümüzdeki hafta bitirebilecek.

Sehpayı 9 Ocak yerine 16 Ocak'ta kargoya vermeyi planlıyoruz. Sizin bir şey yapmanıza gerek yok; siparişinizi iptal etmenize de gerek yok.

Yaşanan aksaklık için özür diler, sabrınız için teşekkür ederiz.

Saygılarımızla,
Ev Dekor Atölyesi""", [], "thanks + new date; 'no need to cancel'"),
M("lookalike", "additional-information", "text", "Gravür metni – sipariş {O}", """
Merhaba Fatma Hanım,

Gravürlü kesme tahtası siparişiniz için teşekkür ederiz. Gravüre başlamadan önce bir sorumuz var.

Belirttiğiniz metin ("Öztürk Ailesi – 2010'dan beri evimize hoş geldiniz") 49 karakter; tahtaya ise en fazla 35 karakter sığıyor. Daha kısa bir metin iletebilir misiniz?

Saygılarımızla,
Gravür Atölyesi İzmir""", [], "thanks + engraving question"),
M("lookalike", "invoice", "html", "{O} numaralı siparişinizin faturası", P(
 "Sayın Mustafa Arslan,",
 "Alışverişiniz için teşekkür ederiz. {O} numaralı siparişinize ait 2026/0087 numaralı fatura ektedir.",
 "Faturada Vergi Dairesi (Kadıköy), Vergi No 1234567890 ve MERSİS No 0123456789000015 bilgilerimiz yer almaktadır.",
 "Saygılarımızla,<br>TeknoPazar Muhasebe"), [], "thanks + invoice; Vergi No, MERSİS"),
M("lookalike", "delivery-scheduling", "text", "Teslimat randevusu – sipariş {O}", """
Sayın Emine Şahin,

Arçelik buzdolabını tercih ettiğiniz için teşekkür ederiz. Teslimat iki kişilik ekiple ve eve taşıma hizmetiyle yapılacağından sizinle bir randevu belirlememiz gerekiyor.

Uygun zaman aralıkları:
- 13 Ocak Salı, 08.00–12.00
- 15 Ocak Perşembe, 14.00–18.00

Hangi zaman aralığının size uygun olduğunu ve dairenizin kaçıncı katta olduğunu bildirebilir misiniz?

Saygılarımızla,
Beyaz Eşya Merkezi Ankara""", [], "thanks + delivery slot"),
M("lookalike", "return-follow-up", "text", "İadeniz – sipariş {O}", """
Sayın Hüseyin Aydın,

İade talebinizi oluşturduğunuz için teşekkür ederiz. Ön ödemeli iade etiketi Amazon'da "Siparişlerim" bölümünde hazır; yazdırıp kolinin üzerine yapıştırmanız yeterli.

İadeyi tamamlayabilmemiz için bataryayı da mı gönderiyorsunuz, yoksa yalnızca cihazı mı? Bilgi verirseniz seviniriz.

Teşekkürler,
Hırdavat Usta""", [], "thanks + label + question"),
# ---- clean
M("clean", "reply", "text", "Ynt: {O} numaralı siparişin iptali", """
Sayın Hatice Koç,

İptal talebiniz alındı ve {O} numaralı siparişiniz, henüz kargoya verilmeden iptal edildi. 1.249,90 TL tutarın tamamı Amazon tarafından 3-5 iş günü içinde iade edilecektir.

Saygılarımızla,
Yumak Dükkânı""", [], "'iptal talebiniz alındı', neutral"),
M("clean", "order-problem", "text", "{O} numaralı siparişinizle ilgili sorun", """
Sayın İbrahim Kurt,

{O} numaralı siparişinizdeki Korkmaz düdüklü tencereyi (6 L) maalesef gönderemiyoruz: son ürün depoda hasar gördü ve model artık üretilmiyor.

Bu nedenle sipariş tutarını stok yetersizliği gerekçesiyle tamamen düzelttik; 2.399,00 TL birkaç gün içinde hesabınıza iade edilecektir.

Saygılarımızla,
Mutfak Sanatı""", [], "order problem + adjustment"),
M("clean", "review-request", "text", "Çaydanlık hakkındaki deneyiminiz – sipariş {O}", """
Sayın Özlem Aksoy,

Birkaç hafta önce mağazamızdan bir Karaca çaydanlık satın aldınız ({O}). Vaktiniz olursa, deneyiminizi Amazon'da bir ürün değerlendirmesiyle paylaşmanızdan memnuniyet duyarız.

Saygılarımızla,
Mutfak Sanatı""", [], "neutral review request"),
M("clean", "invoice", "text", "Fatura 2026/01/045 – sipariş {O}", """
Sayın Yetkili,

{O} numaralı siparişe ait fatura ektedir.

Fatura No: 2026/01/045
Fatura Tarihi: 08.01.2026
Toplam (KDV dahil): 12.490,00 TL
Vergi Dairesi: Beşiktaş
Vergi No: 123 456 7890
Ticaret Sicil No: 987654

Saygılarımızla,
Kırtasiye Demir Ltd. Şti.""", [], "invoice: grouped Vergi No"),
M("clean", "reply", "html", "Ynt: Kargom nerede? ({O})", builder(P(
 "Merhaba Emre Bey,",
 "Mesajınız için teşekkürler. Yurtiçi Kargo'nun bilgisine göre {O} numaralı siparişinizin paketi (takip no 123456789012) Kadıköy şubesinde bekliyor ve 14.01.2026 tarihine kadar teslim alınabilir.",
 "Paket orada değilse bu mesajı yanıtlamanız yeterli; size yenisini göndeririz.",
 "Saygılarımızla,<br>TeknoPazar"), "https://m.media-amazon.com/images/S/aplus-media-library-service-media/teknopazar-logo.png", "TeknoPazar"), [], "reply with tracking no. (12 digits) and date; logo"),
M("clean", "delivery-delay", "text", "Yeni gönderim tarihi – {O}", """
Merhaba Burcu Hanım,

Siparişinizdeki nevresim takımı dokuma atölyesinden birkaç gün geç gelecek; bu yüzden {O} numaralı siparişiniz 9 Ocak yerine 15 Ocak'ta gönderilecek.

İptal etmenize gerek yok: ürünleriniz sizin için ayrıldı ve gelir gelmez yola çıkacak.

Saygılarımızla,
Keten Evi""", [], "'İptal etmenize gerek yok'"),
# ---- BSM201
M("201", "fulfillment-question", "text", "Paketiniz yolda ({O})", """
Merhaba Cemre,

Güzel haber: paketin bu sabah depomuzdan çıktı ve sana doğru yola koyuldu.

Görüşmek üzere,
Kahve Dünyası Butik""", ["BSM201"], "left warehouse"),
M("201", "additional-information", "text", "{O} numaralı sipariş hakkında bilgi", """
Sayın Osman Polat,

Paketinizi az önce Aras Kargo'ya teslim ettik. 48 saat içinde elinize ulaşması bekleniyor.

Saygılarımızla,
Hırdavat Usta""", ["BSM201"], "handed to Aras Kargo"),
M("201", "fulfillment-question", "html", "Siparişinizi aldık ({O})", P(
 "Sayın Sibel Erdoğan,",
 "{O} numaralı siparişiniz bize sorunsuz ulaştı ve ekibimiz şu anda özenle hazırlıyor.",
 "Saygılarımızla,<br>Yeşil Bahçe Fidanlık"), ["BSM201"], "order received + preparing"),
# ---- BSM204
M("204", "review-request", "text", "Fikriniz bizim için önemli – {O}", """
Sayın Gülşen Tekin,

Kahve öğütücünüzden memnun musunuz? Amazon'da bir değerlendirme yazmaya vakit ayırırsanız, bir sonraki siparişinize teşekkür olarak kendi harmanımızdan bir paket ekleyeceğiz.

Saygılarımızla,
Kahve Dünyası Butik""", ["BSM204"], "free coffee for review"),
M("204", "review-request", "text", "Küçük bir rica – sipariş {O}", """
Merhaba Kerem,

Bisiklet lambaları hakkında Amazon'da bir değerlendirme yazabilir misin? Yayınlanır yayınlanmaz kargo ücretini sana iade edeceğiz.

Teşekkürler!
Bisiklet Parça Bursa""", ["BSM204"], "shipping refund once published"),
M("204", "review-request", "html", "Değerlendirmeniz için hediye çeki ({O})", P(
 "Sayın Serkan Güneş,",
 "Amazon'daki değerlendirmeniz için teşekkür olarak, bir sonraki alışverişinizde kullanabileceğiniz 100 TL'lik bir hediye çeki göndereceğiz.",
 "Saygılarımızla,<br>Yeşil Bahçe Fidanlık"), ["BSM204"], "gift voucher for review"),
# ---- BSM205
M("205", "reply", "text", "Ynt: Değerlendirmeniz – sipariş {O}", """
Sayın Murat Karaca,

Yedek parçanın artık çalışmasına çok sevindik. Sorun çözüldüğüne göre, bir yıldızlı değerlendirmenizi güncellemeyi düşünür müsünüz?

Saygılarımızla,
Beyaz Eşya Merkezi Ankara""", ["BSM205"], "update one-star review"),
M("205", "reply", "text", "Ynt: Satıcı geri bildirimi – {O}", """
Merhaba Derya Hanım,

Sorunu çözmemize fırsat verdiğiniz için teşekkür ederiz. Gecikme kargo firmasından kaynaklandığı için, bize bıraktığınız olumsuz geri bildirimi kaldırabilir misiniz?

Saygılarımızla,
Yumak Dükkânı""", ["BSM205"], "remove negative feedback"),
M("205", "reply", "html", "Ynt: Eksik vidalar ({O})", P(
 "Sayın Hakan Yıldız,",
 "Eksik vidalar bugün ayrı bir paketle size gönderildi.",
 "Kitaplığı kurduktan sonra, Amazon'daki yorumunuzu mevcut durumu yansıtacak şekilde yeniden gözden geçirebilir misiniz?",
 "Saygılarımızla,<br>Ev Dekor Atölyesi"), ["BSM205"], "'yorumunuzu gözden geçirebilir misiniz'"),
# ---- BSM206
M("206", "review-request", "text", "Siparişinizden memnun musunuz? ({O})", """
Sayın Kemal Özdemir,

Termos matarasından memnunsanız, Amazon'da bir değerlendirme bırakmanız bizi çok mutlu eder. Memnun değilseniz, lütfen önce bizimle iletişime geçin; birlikte bir çözüm bulalım.

Saygılarımızla,
Mutfak Sanatı""", ["BSM206"], "satisfied -> review; else contact us"),
M("206", "review-request", "text", "Beş yıldız? ({O})", """
Merhaba Ece,

Amazon'da beş yıldızlı bir değerlendirme, bizim gibi küçük bir mağazaya çok büyük destek oluyor. Tığ işi setini puanlamak için bir dakikan var mı?

Şimdiden teşekkürler!
Yumak Dükkânı""", ["BSM206"], "five stars"),
M("206", "review-request", "html", "Her şey yolunda mı? ({O})", P(
 "Sayın Nur Aslan,",
 "Yalnızca çay takımınızdan tamamen memnunsanız, Amazon'daki değerlendirmenizi okumaktan mutluluk duyarız.",
 "Saygılarımızla,<br>Kütahya Çini Evi"), ["BSM206"], "only if fully satisfied"),
# ---- BSM108
M("108", "delivery-delay", "text", "Siparişiniz {O}", """
Sayın Elif Doğan,

Sipariş ettiğiniz espresso makinesi maalesef tükendi ve tedarikçimiz yeni stok için bir tarih veremiyor.

Sizin için en hızlı çözüm, siparişi Amazon'da "Siparişlerim" bölümünden kendiniz iptal etmeniz olacaktır.

Saygılarımızla,
Mutfak Sanatı""", ["BSM108"], "quickest to cancel yourself"),
M("108", "fulfillment-question", "text", "Stokta kalmadı – sipariş {O}", """
Sayın Can Kılıç,

44 numara koşu ayakkabısı stoklarımızda kalmadı. {O} numaralı sipariş için bir iptal talebi oluşturmanızı rica ederiz.

Sportif selamlar,
Koşu Mağazası İstanbul""", ["BSM108"], "requests a cancellation request"),
M("108", "delivery-delay", "html", "{O} numaralı siparişiniz hakkında", P(
 "Sayın Tuncay Acar,",
 "Sipariş ettiğiniz şarjlı vidalama makinesi stokta yok ve ne zaman geleceğini bilmiyoruz. Beklemek yerine siparişinizi Amazon üzerinden birkaç tıklamayla iptal edebilirsiniz.",
 "Saygılarımızla,<br>Hırdavat Usta"), ["BSM108"], "suggests cancelling rather than waiting"),
# ---- BSM203
M("203", "delivery-delay", "text", "{O} numaralı siparişinizde gecikme", """
Sayın Merve Çetin,

Kişiye özel takviminiz, matbaamızdaki bayram sonrası yoğunluk nedeniyle 9 Ocak yerine 14 Ocak'ta kargoya verilecek. Beklettiğimiz için özür dileriz.

Saygılarımızla,
Beyaz Kâğıt Stüdyo

Not: KIS15 koduyla bir sonraki siparişinizde %15 indirim kazanın.""", ["BSM203"], "Not: discount code"),
M("203", "invoice", "text", "Fatura – sipariş {O}", """
Sayın Volkan Bulut,

Faturanız (No: 2026/0221) ektedir.

Kampanyalarımızı kaçırmamak için bizi Instagram'da takip edin ve e-bültenimize abone olun!

Saygılarımızla,
Bisiklet Parça Bursa""", ["BSM203"], "follow us + newsletter"),
M("203", "review-request", "html", "Nevresim takımı hakkındaki görüşünüz ({O})", P(
 "Sayın Sevgi Yalçın,",
 "Nevresim takımıyla ilgili Amazon'daki değerlendirmenizi okumaktan memnuniyet duyarız.",
 "Bu arada: organik ketenden yeni ilkbahar koleksiyonumuz az önce geldi, lansmana özel %20 indirimle!",
 "Saygılarımızla,<br>Keten Evi"), ["BSM203"], "new collection + discount"),
]
