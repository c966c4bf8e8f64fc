"""v20 blind evaluation set, Turkish (tr-TR). Standard library only, deterministic."""

LANG = "tr"
LOCALE = "tr-TR"
PFX = "518"


def _oid(n):
    a = (n * 91813 + 4433221) % 9000000 + 1000000
    b = (n * 120091 + 805577) % 9000000 + 1000000
    return f"{PFX}-{a:07d}-{b:07d}"


_ROWS = []


def m(type_, fmt, subject, body, expected, note):
    _ROWS.append((type_, fmt, subject, body, sorted(expected), note))


# ---------------------------------------------------------------- clean (17)
m("delivery-delay", "text",
  "{OID} numaralı siparişiniz birkaç gün gecikecek",
  """Merhaba Zeynep Hanım,

keten masa örtülerinin kumaşı Denizli'deki dokumacıdan bu hafta gelemedi, kusura bakmayın. {OID} numaralı siparişinizi 9 Aralık yerine en geç 15 Aralık 2026'da kargoya vereceğiz.

Bu tarih size uymazsa bu mesaja yanıt vermeniz yeterli.

Sevgiler,
Derya – Anadolu Ev Tekstili""",
  [], "Plain-text delivery delay with a new dispatch date; clean.")

m("delivery-delay", "html",
  "Sipariş {OID} – yeni gönderim tarihi",
  """<p>Merhaba Murat Bey,</p>
<p>sipariş <b>{OID}</b> içindeki çalışma masası ayakları tedarikçimizde takıldı. Yeni gönderim tarihi: <b>17 Aralık Perşembe</b>.</p>
<p>Masa tablasını da ayaklarla birlikte göndereceğiz, her şey tek teslimatta gelsin.</p>
<p>Saygılarımızla<br>Emre Kaya<br><small>Müşteri Hizmetleri | Kuzey Mobilya</small></p>""",
  [], "HTML delivery delay with bold and small only; clean.")

m("order-problem", "text",
  "[Önemli] {OID} numaralı siparişinizle ilgili sorun",
  """Merhaba,

son kontrolde elimizdeki son bakır cezvenin lehiminde çatlak çıktı ve stokta başka cezve kalmadı. Bu yüzden {OID} numaralı siparişinizi maalesef gönderemiyoruz.

Sipariş tutarının tamamını stok yetersizliği gerekçesiyle düzelttik; 649,90 TL, Amazon'un süreçlerine göre birkaç iş günü içinde hesabınıza geri yansıyacak.

Yaşattığımız aksaklık için özür dileriz.
Hakan Usta
Bakır Atölyesi""",
  [], "Order problem with [Önemli] and confirmed full adjustment for no stock; clean.")

m("additional-information", "text",
  "{OID} – gravür yazısı eksik",
  """Merhaba,

{OID} numaralı siparişte isim gravürlü kesme tahtası seçmişsiniz ama yazı alanı bize boş geldi. Ne yazalım? En fazla 20 karakter sığıyor, Türkçe karakterler sorun değil.

Yazıyı öğrenmeden üretime başlayamıyoruz, dönüşünüzü bekliyoruz.

Kolay gelsin,
Serkan – Ahşap Köşe""",
  [], "Asks for engraving text needed to complete the order; clean.")

m("return-follow-up", "text",
  "İade talebiniz – sipariş {OID}",
  """Merhaba Elif Hanım,

fotoğraflar için teşekkürler, sehpanın üstündeki çizik gerçekten belli oluyor. Koca sehpayı paketleyip geri göndermekle uğraşmayın diye size 350,00 TL kısmi iade önerebiliriz; sehpa sizde kalır.

Uygunsa kısa bir "tamam" yazmanız yeterli. Yine de tam iade isterseniz iade etiketini hazırlarız.

Saygılarımla,
Emre Kaya
Kuzey Mobilya""",
  [], "Return follow-up offering a partial refund; clean.")

m("return-follow-up", "text",
  "{OID} iadesi hakkında bir soru",
  """Merhaba,

{OID} numaralı siparişteki montu "diğer" gerekçesiyle iade etmek istediğinizi gördük. İadeyi tamamlayabilmemiz için şunu öğrenmemiz gerekiyor: etiketleri üzerinde mi, mont dışarıda giyildi mi? Ürünün üreticiye mi yoksa bize mi döneceği buna bağlı.

Şimdiden teşekkürler,
Doğa Giyim Müşteri Hizmetleri""",
  [], "Return follow-up asking for information needed to complete it; clean.")

m("invoice", "text",
  "{OID} numaralı siparişinizin faturası",
  """Merhaba,

{OID} numaralı siparişinize ait ANK/2026/004812 numaralı e-Arşiv faturayı ekte gönderiyoruz. Fatura, siparişte belirttiğiniz şirket bilgilerine göre düzenlendi.

Toplam: 1.498,80 TL (KDV %20 dahil, KDV tutarı 249,80 TL)

İyi çalışmalar dileriz.
Muhasebe Birimi

Anadolu Ev Tekstili San. ve Tic. Ltd. Şti.
Caferağa Mah. Moda Cad. No: 24/3, 34710 Kadıköy/İstanbul
Kadıköy V.D. – Vergi No: 8340512769
MERSİS No: 0834051276900017 | Ticaret Sicil No: 482113""",
  [], "Invoice with slashed invoice number, tax office, Vergi No and MERSİS; clean.")

m("review-request", "text",
  "Cezve nasıl gidiyor? ({OID})",
  """Merhaba,

{OID} numaralı siparişinizdeki cezve birkaç gündür sizde. Vaktiniz olursa Amazon'da ürün hakkında bir değerlendirme yazarsanız çok seviniriz; olumlu ya da olumsuz, her yorum hem bize hem de diğer alıcılara yol gösteriyor.

Selamlar,
Bakır Atölyesi""",
  [], "Neutral plain-text review request; clean.")

m("review-request", "html",
  "Havlular hakkında fikriniz? – {OID}",
  """<p><img src="https://gorsel.magazacdn.com.tr/anadolu-ev-tekstili/anadolu-ev-tekstili-logo.png" alt="Anadolu Ev Tekstili logosu" width="170"></p>
<p>Merhaba,</p>
<p>{OID} numaralı siparişinizdeki peştemal havlular artık kullanılmaya başlamıştır diye düşünüyoruz. Amazon'da birkaç satırla deneyiminizi paylaşırsanız seviniriz, ne düşünüyorsanız onu yazın.</p>
<p><a href="https://www.amazon.com.tr/review/create-review?asin=B0CQ8N3VZ5">Amazon.com.tr'de havlular için değerlendirme yazın</a></p>
<p>Sevgiyle<br>Derya ve Selin<br>Anadolu Ev Tekstili</p>""",
  [], "HTML review request with logo (alt names shop) and descriptive Amazon link; clean.")

m("delivery-scheduling", "text",
  "Gardırop teslimatı için gün seçimi – {OID}",
  """Merhaba,

{OID} numaralı siparişinizdeki gardırop ambalajıyla birlikte yaklaşık 110 kg, bu yüzden kendi ekibimiz eve taşıyarak teslim ediyor. Boş saatlerimiz:

- 15 Aralık Salı, 09:00–12:00
- 16 Aralık Çarşamba, 13:00–17:00
- 19 Aralık Cumartesi, 10:00–14:00

Hangisi uygunsa yazar mısınız? Kaçıncı kat ve asansör var mı, onu da belirtirseniz ekip ona göre gelir.

İyi günler,
Burak Şahin
Sevkiyat Sorumlusu, Kuzey Mobilya""",
  [], "Scheduling a bulky delivery with Turkish dates and time slots; clean.")

m("home-service-appointment", "text",
  "Bulaşık makinesi montajı için randevu – {OID}",
  """Merhaba Kemal Bey,

{OID} numaralı siparişinize ankastre bulaşık makinesi montajı eklemişsiniz. Teknisyenimiz şu saatlerde gelebilir:

• 10 Aralık 2026 Perşembe, 14:00–17:00 arası
• 11 Aralık 2026 Cuma, 08:00–11:00 arası

Montaj yaklaşık bir buçuk saat sürüyor. Uygun saati ve kurulum adresini teyit eder misiniz?

Saygılarımızla
Beyaz Eşya Kurulum Servisi""",
  [], "Home-service installation appointment with two slots; clean.")

m("custom-design-verification", "text",
  "Baskı tasarımı onayınıza sunulmuştur – {OID}",
  """Merhaba,

{OID} numaralı siparişinizdeki isimli kupanın tasarımını PDF olarak ekledik. Özellikle "Ece & Kaan" yazımına ve 14.02.2027 tarihine bir göz atın. Her şey doğruysa "onaylıyorum" yazmanız yeterli; değişiklik varsa ücretsiz düzeltiriz.

Gizem
Baskı Evi Kupa""",
  [], "Custom design proof for approval; clean.")

m("fulfillment-question", "text",
  "Teslimat için site giriş kodu – {OID}",
  """Merhaba,

{OID} numaralı siparişinizdeki koltuk takımını kendi aracımızla teslim edeceğiz. Adres kapalı bir siteye ait görünüyor; giriş kapısının şifresi ve blok/daire numarası nedir? Bilgiyi TR/2026/12/0733 numaralı sevk emrine (referans: IST-KDK-4471) ekleyeceğiz.

Teşekkürler,
Kuzey Mobilya Müşteri Hizmetleri""",
  [], "Asks for a site gate code, reference numbers are not phone numbers; clean.")

m("reply", "text",
  "Ynt: Nevresim ölçüsü – {OID}",
  """Merhaba,

"Washed Linen Duvet Cover Set – Sage, Double" dediğimiz set, ürün sayfamızda adaçayı yeşili keten nevresim olarak geçen setin ta kendisi; üretici firma isimleri İngilizce veriyor. Nevresim 200x220 cm, yastık kılıfları 50x70 cm, yani yorganınıza tam olur.

Selamlar,
Derya – Anadolu Ev Tekstili""",
  [], "Reply quoting an English product title inside Turkish sentences; clean.")

m("reply", "text",
  "Ynt: Kahve makinesi ısıtmıyor – {OID}",
  """Merhaba,

makinenin sorun çıkarmasına üzüldük. Cihaz 2 yıl üretici garantili ve garanti kapsamındaki onarımları doğrudan markanın yetkili servisi yapıyor.

Üreticinin garanti destek hattı (Kahvem Elektrikli Ev Aletleri): 0850 455 12 34, hafta içi 09:00–18:00.

30 gün içinde iade etmeyi tercih ederseniz Amazon'daki "Siparişlerim" bölümünden talep oluşturabilirsiniz.

Saygılarımızla
Kahve Dünyası Market""",
  [], "Reply with the manufacturer's warranty line, marked as such; clean.")

m("reply", "text",
  "Ynt: Kurumsal fatura kesiyor musunuz? {OID}",
  """Merhaba Onur Bey,

evet, kesiyoruz. {OID} numaralı siparişte vergi numarası girilmediyse bu mesaja yanıt olarak firma unvanı, vergi dairesi ve vergi numaranızı iletmeniz yeterli; faturayı 2 iş günü içinde ekleriz.

Saygılarımla,
Aslı Demir
Müşteri İlişkileri Uzmanı

--
Kuzey Mobilya Orman Ürünleri A.Ş.
Organize Sanayi Bölgesi 4. Cad. No: 18, 16140 Nilüfer/Bursa
Nilüfer V.D. – Vergi No: 5120847736
MERSİS No: 0512084773600019 | Bursa Ticaret Sicil No: 98417""",
  [], "Reply with a Turkish company footer; clean.")

m("reply", "text",
  "Ynt: Param ne zaman yatacak? {OID}",
  """Merhaba,

{OID} numaralı siparişin iade paketi (takip no: 7280114593621) 3 Aralık 2026'da saat 11:42'de elimize ulaştı. Sistemimizdeki iade numarası: IAD/2026/0932. 899,00 TL'lik iadeyi en geç 8 Aralık'ta başlatacağız, bankanıza göre 3–5 iş günü içinde hesabınızda olur.

İyi günler,
Doğa Giyim""",
  [], "Reply with return tracking and return numbers, dates, time and amount; clean.")

# ---------------------------------------------------------------- violations (31)
m("fulfillment-question", "text",
  "Paketiniz yola çıktı! – {OID}",
  """Merhaba,

güzel haber: {OID} numaralı siparişiniz bu sabah Gebze'deki depomuzdan çıktı ve Yurtiçi Kargo'ya teslim edildi. Genelde 1–2 iş gününde ulaşıyor.

Sevgiler,
Ahşap Köşe""",
  ["BSM201"], "Tells the buyer the parcel left the warehouse and went to the carrier.")

m("fulfillment-question", "text",
  "Siparişiniz bize ulaştı – {OID}",
  """Merhaba,

{OID} numaralı siparişiniz elimize ulaştı, mumlarınızı şu an hazırlıyor ve özenle paketliyoruz. Haberiniz olsun istedik.

Mum Atölyesi Lavanta""",
  ["BSM201"], "Confirms the order was received and is being packed.")

m("fulfillment-question", "text",
  "Teşekkürler! – {OID}",
  """Merhaba,

Anadolu Ev Tekstili'ni tercih ettiğiniz ve bize güvendiğiniz için çok teşekkür ederiz. Küçük bir atölye için {OID} gibi her sipariş gerçekten çok kıymetli.

Sevgiyle,
Derya ve Selin""",
  ["BSM202"], "Thanks only.")

m("fulfillment-question", "text",
  "Sipariş {OID}",
  """Merhaba,

sadece şunu hatırlatmak istedik: {OID} numaralı siparişinizle ilgili herhangi bir sorunuz ya da sıkıntınız olursa buradayız, bu mesaja yanıt vermeniz yeterli.

Kahve Dünyası Market ekibi""",
  ["BSM202"], "Only says the seller is there if anything comes up.")

m("delivery-delay", "text",
  "Gönderim gecikmesi – {OID}",
  """Merhaba,

{OID} numaralı siparişinizdeki kahve değirmeni üreticiden geç geliyor, bu yüzden 10 Aralık yerine 16 Aralık'ta kargoya vereceğiz. Gecikme için kusura bakmayın.

Saygılarımızla
Kahve Dünyası Market

Not: Yılbaşına kadar tüm ürünlerimizde %20 indirim var, Amazon'daki mağazamıza mutlaka göz atın.""",
  ["BSM203"], "Permitted delay with a 20% off postscript.")

m("reply", "text",
  "Ynt: Kase bulaşık makinesine girer mi? {OID}",
  """Merhaba,

evet, {OID} numaralı siparişinizdeki kaseler bulaşık makinesinde yıkanabilir; yalnız 65 derecenin üstündeki programlardan kaçının, sır daha uzun süre parlak kalır.

Bu arada bizi Instagram'da Toprak Seramik adıyla takip edebilirsiniz; cuma günü yeni kış koleksiyonumuzu orada tanıtıyoruz. Bültenimize de abone olmayı unutmayın.

Selamlar,
Nil – Toprak Seramik""",
  ["BSM203"], "Reply with follow-us, newsletter and new-collection promotion.")

m("review-request", "text",
  "Çaylar nasıl? – {OID}",
  """Merhaba,

umarız {OID} numaralı siparişinizdeki çaylar demlenmeye başlamıştır. Amazon'da görüşünüzü paylaşırsanız çok seviniriz; yorumunuz yayınlandığında teşekkür olarak kış harmanlarımızdan küçük bir deneme paketi göndereceğiz.

Sevgiler,
Rize Çay Evi""",
  ["BSM204"], "Promises a small gift once the review is published.")

m("review-request", "text",
  "Size bir teklifimiz var – {OID}",
  """Merhaba Can Bey,

{OID} numaralı siparişinizdeki kulaklık için bir değerlendirme yazarsanız, yorum Amazon'da görünür görünmez ödediğiniz tutarın tamamını iade ediyoruz. Ekran görüntüsünü yanıt olarak göndermeniz yeterli.

Saygılarımla
Ses Dükkânı""",
  ["BSM204"], "Offers a full refund once the review is online.")

m("reply", "text",
  "Ynt: Şarj adaptörü – {OID}",
  """Merhaba,

yeni adaptörün ulaşmasına ve bilgisayarın tekrar çalışmasına çok sevindik. {OID} numaralı siparişle ilgili sorun artık çözüldüğüne göre, verdiğiniz tek yıldızlı değerlendirmeyi güncelleyebilir ya da kaldırabilir misiniz? Bizim için çok önemli.

İyi günler,
Tolga – Elektronik Durak""",
  ["BSM205"], "Asks to update or remove an existing one-star review.")

m("review-request", "text",
  "Battaniyeniz – {OID}",
  """Merhaba,

battaniyeden memnun kaldıysanız Amazon'a bir yorum bırakmanız bizi çok mutlu eder. Ama bir şey içinize sinmediyse lütfen puan vermeden önce bize yazın, mutlaka bir çözüm buluruz.

Sevgiler,
Anadolu Ev Tekstili""",
  ["BSM206"], "Review only if satisfied; unhappy buyers steered to the seller.")

m("review-request", "text",
  "Lamba hakkında iki satır? – {OID}",
  """Merhaba,

{OID} numaralı siparişinizdeki lamba salonunuzu aydınlatıyordur diye umuyoruz. Beş yıldız bizim gibi küçük bir atölye için paha biçilmez, size güveniyoruz!

Hakan Usta
Bakır Atölyesi""",
  ["BSM206"], "Asks for five stars.")

m("delivery-delay", "text",
  "{OID} – su ısıtıcısında gecikme",
  """Merhaba,

toptancımız {OID} numaralı siparişinizdeki su ısıtıcısının tükendiğini, yeni partinin de ancak 20 Ocak civarında geleceğini bildirdi. Beklemek istemezseniz en hızlısı siparişi "Siparişlerim" bölümünden kendiniz iptal etmeniz; paranız hemen iade olur.

Kusura bakmayın,
Kahve Dünyası Market""",
  ["BSM108"], "Advises the buyer to cancel themselves because stock ran out.")

m("order-problem", "text",
  "{OID} – beden kalmadı",
  """Merhaba,

maalesef botun 38 numarası stokta kalmadı. {OID} numaralı sipariş için iptal talebi oluşturursanız çok memnun oluruz, iadeyi Amazon kendisi yapar.

Özür dileriz,
Adım Ayakkabı""",
  ["BSM107", "BSM108"], "Order problem asking for a cancellation request without confirming an adjustment.")

m("delivery-delay", "text",
  "Gönderim tarihi değişti – {OID}",
  """Merhaba,

{OID} numaralı siparişinizi büyük boy kolileri beklediğimiz için planladığımızdan birkaç gün sonra, 14 Aralık'ta kargoya vereceğiz.

Bizden artık mesaj almak istemiyorsanız bu mesaja RET yazarak yanıt verin, listeden çıkaralım.

Ahşap Köşe""",
  ["BSM305"], "Delay with a reply-to-opt-out instruction.")

m("reply", "text",
  "Ynt: İadem nerede? {OID}",
  """Merhaba,

kusura bakmayın ama bu siktiğimin kargo firması yine her şeyi batırdı. {OID} numaralı siparişin iade paketi aktarma merkezinde takılıp kalmış. Şikâyet kaydı açıyoruz, 459,00 TL'yi paketi beklemeden 11 Aralık'a kadar iade edeceğiz.

Tolga""",
  ["BSM306"], "Reply with Turkish profanity.")

m("delivery-delay", "text",
  "Lieferverzögerung – Bestellung {OID}",
  """Guten Tag,

leider verschiebt sich der Versand Ihrer Bestellung {OID} um etwa eine Woche auf den 16. Dezember, da unser Lieferant im Verzug ist. Wir bitten um Ihr Verständnis.

Mit freundlichen Grüßen
Ihr Team von Kuzey Mobilya""",
  ["BSM104"], "Message to a tr-TR buyer written entirely in German.")

m("reply", "text",
  "Ynt: Arıza kaydı – {OID}",
  """Merhaba,

{OID} numaralı siparişle ilgili kaydınızı aldık. En hızlısı telefonla halletmek: hafta içi 09:00–17:00 arası 0532 614 27 90'ı arayıp Tolga'yı sorabilirsiniz.

İyi günler,
Elektronik Durak""",
  ["BSM309"], "Reply with a Turkish mobile number, not a warranty line.")

m("delivery-scheduling", "text",
  "Köşe koltuk teslimatı – {OID}",
  """Merhaba,

{OID} numaralı siparişinizdeki köşe koltuğu 14 Aralık Pazartesi 10:00–14:00 arasında getiriyoruz. Saat size uymazsa sevkiyat birimimize +90 224 413 58 20 numarasından ulaşabilirsiniz.

Saygılarımızla
Kuzey Mobilya""",
  ["BSM309"], "Delivery scheduling with an international-format number.")

m("return-follow-up", "text",
  "Kitaplık iadesi – {OID}",
  """Merhaba,

{OID} numaralı siparişin iadesini tamamlayabilmemiz için kitaplığın hasarlı köşesinin fotoğraflarına ihtiyacımız var. Fotoğrafları iade@kuzeymobilya.com.tr adresine gönderirseniz doğrudan depoya iletilir.

Saygılarımızla
Kuzey Mobilya""",
  ["BSM308"], "Return follow-up with a plain e-mail address.")

m("reply", "text",
  "Ynt: Oyuncağın fotoğrafı – {OID}",
  """Merhaba,

çatlağın fotoğrafını destek et ahsapkose nokta com adresine (boşluksuz, "et" yerine @ ile) gönderin, konu kısmına da {OID} yazın; hemen bakalım.

Serkan – Ahşap Köşe""",
  ["BSM308"], "E-mail address obfuscated with 'et' and 'nokta'.")

m("reply", "html",
  "Ynt: Keten nasıl yıkanır? {OID}",
  """<p>Merhaba,</p>
<p>{OID} numaralı siparişinizdeki keten nevresimi 40 derecede, çamaşır suyu kullanmadan ve düşük devirde yıkamanızı öneririz. Tüm ipuçlarını şurada topladık: <a href="https://anadoluevtekstili.com.tr/keten-bakimi">Anadolu Ev Tekstili sitesindeki keten bakım rehberi</a>.</p>
<p>Selamlar<br>Derya</p>""",
  ["BSM302"], "https link to the seller's own site, not needed for the order.")

m("reply", "html",
  "Ynt: İadeyi nasıl yapacağım? {OID}",
  """<p>Merhaba,</p>
<p>{OID} numaralı siparişin iadesini doğrudan Amazon üzerinden başlatabilirsiniz: <a href="http://www.amazon.com.tr/gp/css/order-history">Amazon.com.tr'deki siparişleriniz</a> sayfasından "Ürünleri iade et" seçeneğine tıklayın.</p>
<p>İyi günler<br>Doğa Giyim</p>""",
  ["BSM301"], "Descriptive Amazon link over plain http.")

m("delivery-delay", "html",
  "Avizeniz için yeni tarih – {OID}",
  """<p>Merhaba,</p>
<p>{OID} numaralı siparişinizdeki hasır avizeyi 18 Aralık'ta göndereceğiz; cilanın biraz daha kuruması gerekiyor.</p>
<p><img src="https://gorsel.magazacdn.com.tr/hasir-evi/urunler/hasir-avize-40cm.jpg" alt="40 cm hasır avize" width="240"></p>
<p>Sevgiler<br>Hasır Evi</p>""",
  ["BSM310"], "Includes a photo of the purchased chandelier.")

m("delivery-delay", "html",
  "Yılbaşı yoğunluğu – {OID} gecikecek",
  """<p>Merhaba,</p>
<p>yılbaşı yoğunluğu nedeniyle {OID} numaralı siparişinizi ancak 21 Aralık'ta kargoya verebileceğiz. Anlayışınız için teşekkürler.</p>
<p><img src="https://gorsel.magazacdn.com.tr/stok/karli-cam-ormani.jpg" alt="Karlı çam ormanında gün batımı" width="300"></p>
<p>Mum Atölyesi Lavanta</p>""",
  ["BSM311"], "Includes an unrelated stock image of a snowy forest.")

m("additional-information", "html",
  "Nakış ipliği rengi – {OID}",
  """<p><img src="https://gorsel.magazacdn.com.tr/nakis-dukkani/nakis-dukkani-logo.png" alt="" width="150"></p>
<p>Merhaba,</p>
<p>{OID} numaralı siparişinizdeki havluların nakışı için iplik rengini seçmeniz gerekiyor: lacivert, zümrüt yeşili mi, altın sarısı mı?</p>
<p>Selamlar<br>Nakış Dükkânı</p>""",
  ["BSM402"], "Shop logo with an empty alt attribute.")

m("delivery-scheduling", "text",
  "Kanepe teslimatı için saat – {OID}",
  """Merhaba!

{OID} numaralı siparişinizdeki kanepenin teslimat saatini ayarlayalım 🚚 16 Aralık Çarşamba 08:00–12:00 mi, yoksa 17 Aralık Perşembe 15:00 sonrası mı daha iyi?

Burak – Kuzey Mobilya""",
  ["BSM403"], "Contains an emoji.")

m("additional-information", "text",
  "Yüzük ölçüsü eksik – {OID}",
  """Merhaba,

{OID} numaralı siparişte yüzük ölçüsü girilmemiş, ölçü olmadan dökümü yapamıyoruz. Hangi ölçüyü hazırlayalım? :)

Gümüş Atölye Selin""",
  ["BSM403"], "Contains an emoticon.")

m("delivery-delay", "html",
  "Gecikme – sipariş {OID}",
  """<style>
.baslik { font-size: 23px; }
.metin { font-size: 15px; }
.bilgi { font-size: 12px; }
.altbilgi { font-size: 9px; }
</style>
<p class="baslik">Yeni gönderim tarihi</p>
<p class="metin">Merhaba, {OID} numaralı siparişinizi ambalaj malzemesi beklediğimiz için 11 Aralık yerine 15 Aralık'ta kargoya vereceğiz.</p>
<p class="bilgi">Siparişinizle ilgili diğer bilgiler değişmedi.</p>
<p>Saygılarımızla</p>
<p class="altbilgi">Ses Dükkânı</p>""",
  ["BSM410"], "Style block with four explicit font sizes besides the default.")

m("delivery-delay", "html",
  "{OID} gönderimi ertelendi",
  """<p>Merhaba,</p>
<p>matbaa iki gün daha istedi, bu yüzden {OID} numaralı siparişinizdeki takvimleri 10 Aralık'ta göndereceğiz.</p>
<p></p>
<p></p>
<p>Anlayışınız için teşekkürler.</p>
<p>Baskı Evi Kupa</p>""",
  ["BSM412"], "Empty paragraphs between paragraphs.")

m("return-follow-up", "text",
  "[Önemli] İadeniz hakkında – {OID}",
  """Merhaba,

{OID} numaralı siparişteki ayakkabıları iade etmek istediğinizi gördük. İadeyi tamamlamamız için kutunun orijinal olup olmadığını öğrenebilir miyiz?

Teşekkürler,
Adım Ayakkabı""",
  ["BSM110"], "[Önemli] tag on a return follow-up.")

m("review-request", "html",
  "Askılık hakkında birkaç söz? – {OID}",
  """<p>Merhaba,</p>
<p>{OID} numaralı siparişinizdeki duvar askılığı yerini bulduysa Amazon'da birkaç satır yazmanızdan memnuniyet duyarız. Yorum yazmak için <a href="https://www.amazon.com.tr/review/create-review?asin=B0D6P2RJ8K">buraya tıklayın</a>.</p>
<p>Selamlar<br>Ahşap Köşe</p>""",
  ["BSM401"], "Amazon link with the non-descriptive text 'buraya tıklayın'.")

# ---------------------------------------------------------------- varying (2)
m("reply", "text",
  "Ynt: Paket hâlâ gelmedi – {OID}",
  """Merhaba,

haklısınız, kargo firmasının bu fucking rezaletinden biz de bıktık. {OID} numaralı siparişinizin yerine yenisini 10 Aralık'ta göndereceğiz; eski paket gelirse kapıda reddetmeniz yeterli.

Tolga – Elektronik Durak""",
  ["BSM306"], "English profanity inside a Turkish message.")

m("delivery-delay", "html",
  "Cezveniz birkaç gün gecikecek – {OID}",
  """<p><a href="https://www.bakiratolyesi.com.tr"><img src="https://gorsel.magazacdn.com.tr/bakir-atolyesi/bakir-atolyesi-logo.png" alt="Bakır Atölyesi logosu – web sitemiz" width="160"></a></p>
<p>Merhaba,</p>
<p>{OID} numaralı siparişinizdeki el dövmesi cezvenin kalaylanması bitmedi; siparişinizi 16 Aralık'ta göndereceğiz.</p>
<p>Selamlar<br>Hakan Usta</p>""",
  ["BSM302", "BSM304"], "Shop logo linked to the seller's website.")


MESSAGES = []
for _i, (_t, _f, _s, _b, _e, _n) in enumerate(_ROWS, 1):
    _o = _oid(_i)
    _rep = lambda x: x.replace("{OIDNH}", _o.replace("-", "")).replace("{OID}", _o)
    MESSAGES.append({
        "id": f"v20-{LANG}-{_i:03d}",
        "language": LANG,
        "locale": LOCALE,
        "type": _t,
        "format": _f,
        "subject": _rep(_s),
        "body": _rep(_b),
        "order_id": _o,
        "expected": _e,
        "note": _n,
    })
