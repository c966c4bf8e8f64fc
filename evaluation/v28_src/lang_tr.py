# v28 blind evaluation set, Turkish (tr-TR). Standard library only.
LANG = "tr"
LOCALE = "tr-TR"


def _oid(n):
    return "599-%07d-%07d" % (2208000 + n * 15013, 7301000 - n * 10177)


MESSAGES = []


def _m(n, typ, fmt, subject, body, expected, note):
    oid = _oid(n)
    subject = subject.replace("{oid}", oid)
    body = body.replace("{oid}", oid)
    MESSAGES.append({
        "id": "v28-tr-%03d" % n, "language": LANG, "locale": LOCALE, "type": typ,
        "format": fmt, "subject": subject, "body": body, "order_id": oid,
        "expected": sorted(expected), "note": note,
    })


# ---------------- clean (1-17) ----------------
_m(1, "delivery-delay", "text", "{oid} numaralı siparişiniz hakkında",
"""Merhaba Elif Hanım,

{oid} numaralı siparişinizdeki el dokuması kilimin son düğümleri beklediğimizden uzun sürdü; kış aylarında atölyede boya da geç kuruyor. Kilim 8 Aralık yerine en geç 14 Aralık 2026 Pazartesi günü kargoya verilecek.

Bu tarih size uymazsa bu mesaja yanıt vermeniz yeterli.

Sevgiyle,
Hatice Usta
Kapadokya Kilim Atölyesi""",
[], "Plain-text delay from a small carpet workshop with a new date.")

_m(2, "delivery-delay", "html", "Sipariş {oid} – gönderim tarihinde değişiklik",
"""<p>Sayın Müşterimiz,</p>
<p><b>{oid}</b> numaralı siparişinizdeki <i>Çelik Çaydanlık Seti 4 Parça</i> ürünü tedarikçimizden geç geldiği için gönderim tarihi değişmiştir.</p>
<table>
<tr><td>İlk gönderim tarihi:</td><td>08.12.2026</td></tr>
<tr><td>Yeni gönderim tarihi:</td><td>15.12.2026</td></tr>
</table>
<p>Yaşattığımız gecikme için özür dileriz.</p>
<p>Saygılarımızla,<br>Müşteri Hizmetleri<br>Mutfak Dünyası</p>""",
[], "Builder HTML delay with a table of dates, no styling.")

_m(3, "order-problem", "text", "[Önemli] {oid} numaralı sipariş gönderilemiyor",
"""Merhaba Burak Bey,

{oid} numaralı siparişinizdeki "Kamp Ocağı Alpin 2 Bek" ürününü maalesef gönderemiyoruz; depodaki son ürün kontrolde hasarlı çıktı ve üretici bu modeli artık üretmiyor.

Sipariş tutarının tamamı Seller Central üzerinden "stokta yok" gerekçesiyle düzeltildi. 1.249,90 TL ödeme yönteminize birkaç iş günü içinde iade edilecektir.

Saygılarımla,
Selin Aydın
Doğa Kamp Malzemeleri Ltd. Şti.""",
[], "Order problem with [Önemli] confirming the full amount was adjusted.")

_m(4, "additional-information", "text", "Kolye yazısı için bir sorumuz var ({oid})",
"""Merhaba,

{oid} numaralı siparişinizdeki isim kolyesini hazırlamaya başlıyoruz ama yazı alanına sadece "Zeyn" yazılmış. "Zeynep" mi olacaktı, yoksa gerçekten "Zeyn" mi? Yanlış yazmak istemeyiz.

Bu mesaja kısaca cevap verirseniz hemen işleme alıyoruz.

Gümüş Ellerden, Deniz""",
[], "Asks for missing personalisation text needed for the order.")

_m(5, "return-follow-up", "text", "İade talebiniz – sipariş {oid}",
"""Merhaba Emre Bey,

{oid} numaralı siparişinizdeki mont için iade talebinizi aldık. Gönderdiğiniz fotoğrafta fermuarın yanında küçük bir sürtünme izi görünüyor, mont bunun dışında sorunsuz.

İsterseniz montu geri göndermeden 250,00 TL kısmi iade yapabiliriz. Normal iadeyi tercih ederseniz o da olur; kısa bir yanıt yeterli.

İyi günler,
İade Birimi – Kuzey Giyim""",
[], "Return follow-up offering a partial refund.")

_m(6, "return-follow-up", "text", "İade paketi hakkında ({oid})",
"""Merhaba,

{oid} numaralı siparişin iade paketi dün elimize ulaştı ama içinden iki filtreden yalnızca biri çıktı. İkinci filtreyi ayrı bir kargoyla mı gönderdiniz? Öyleyse iadeyi tamamlayabilmemiz için kargo takip numarasını paylaşabilir misiniz?

Teşekkürler,
Temiz Hava Market""",
[], "Return follow-up asking for information to complete the return.")

_m(7, "invoice", "text", "{oid} numaralı siparişinizin faturası – FTR/2026/004512",
"""Merhaba,

{oid} numaralı siparişinize ait FTR/2026/004512 numaralı e-Arşiv faturanız ektedir.

Toplam tutar: 2.160,00 TL (KDV %20 dahil: 360,00 TL)
Fatura tarihi: 04.12.2026

Satıcı:
Ofis Artı Kırtasiye San. ve Tic. Ltd. Şti.
Atatürk Mah. Menekşe Sok. No: 12/3
34750 Ataşehir/İstanbul
Vergi Dairesi: Kozyatağı, Vergi No: 6470123456
MERSİS No: 0647012345600015
Ticaret Sicil No: 987654

Saygılarımızla,
Muhasebe Birimi""",
[], "Invoice with slashes in the number, Vergi No, MERSİS and trade register.")

_m(8, "review-request", "text", "Tencereniz nasıl? ({oid})",
"""Merhaba,

{oid} numaralı siparişinizdeki döküm tencere birkaç gündür sizde. Vaktiniz olursa Amazon'da ürünle ilgili bir değerlendirme yazarsanız seviniriz; olumlu ya da olumsuz her yorum diğer alıcılara yol gösteriyor.

Selamlar,
Demir Döküm Evi""",
[], "Neutral plain-text review request.")

_m(9, "review-request", "html", "Deneyiminizi paylaşır mısınız? – {oid}",
"""<p><img src="https://static.zeytinhane.com.tr/gorsel/zeytinhane-logo.png" alt="Zeytinhane logosu" width="160" height="60"></p>
<p>Merhaba,</p>
<p>{oid} numaralı siparişinizdeki zeytinyağlı sabunlar bir haftadır sizde. Görüşlerinizi paylaşırsanız çok memnun oluruz.</p>
<p><a href="https://www.amazon.com.tr/review/create-review?asin=B0CZ8T2MQL">Amazon.com.tr'de ürün değerlendirmesi yazın</a></p>
<p>Sevgiler,<br>Zeytinhane Ayvalık</p>""",
[], "HTML review request with the shop logo (alt names it) and descriptive Amazon link.")

_m(10, "delivery-scheduling", "text", "Koltuk takımınızın teslimatı – sipariş {oid}",
"""Merhaba Ayşe Hanım,

{oid} numaralı siparişinizdeki köşe koltuk takımı teslimata hazır. Ürün büyük olduğu için iki kişilik ekibimiz kurulumla birlikte getirecek.

Uygun zaman dilimleri:
- 15 Aralık 2026 Salı, 09:00–12:00
- 16 Aralık 2026 Çarşamba, 13:00–17:00
- 19 Aralık 2026 Cumartesi, 10:00–14:00

Hangisi size uyarsa yazmanız ve binada asansör olup olmadığını belirtmeniz yeterli.

İyi çalışmalar,
Kerem Yıldız, Teslimat Sorumlusu
Nil Mobilya""",
[], "Bulky item delivery scheduling with dates and time slots.")

_m(11, "home-service-appointment", "text", "Klima montajı randevusu – {oid}",
"""Merhaba,

{oid} numaralı siparişinizle birlikte klima montaj hizmeti de satın aldınız. Montaj ekibimiz şu tarihlerde gelebilir:

• 14.12.2026 Pazartesi, 09:00–11:00
• 14.12.2026 Pazartesi, 14:00–16:00
• 17.12.2026 Perşembe, 10:00–12:00

Birini seçmeniz yeterli. Dış ünitenin konacağı yerin erişilebilir olmasına dikkat ederseniz iş daha hızlı biter.

Saygılarımızla,
Serin Klima Servis""",
[], "Home-service appointment with time windows.")

_m(12, "custom-design-verification", "html", "Tasarım onayı – sipariş {oid}",
"""<p>Merhaba,</p>
<p>{oid} numaralı siparişinizdeki kapı tabelasının tasarımını <i>tasarim_onay_kapi_tabelasi.pdf</i> adıyla ekte gönderiyoruz: ceviz üzerine lazer kazıma, "Yılmaz Ailesi" yazısı.</p>
<p>Yazımı kontrol edip "onaylıyorum" diye yanıt verebilir ya da değişiklik isteğinizi yazabilirsiniz. Onayınız gelmeden üretime başlamıyoruz.</p>
<p>İyi günler,<br>Ahşap Tabela Atölyesi</p>""",
[], "Design proof attached for approval.")

_m(13, "fulfillment-question", "text", "Site giriş kodu – sipariş {oid}",
"""Merhaba,

kurye bugün {oid} numaralı siparişinizi (gönderi no: 7251 3390 4418 7702) teslim etmeye çalıştı ama site kapısından içeri giremedi. Kapı şifresini ya da blok/daire numarasını paylaşabilir misiniz? Yarınki teslimat denemesinden önce kargo firmasına iletelim.

Kargo firmasındaki talep numarası: TLP-2026-118204.

Teşekkürler,
Pedal Bisiklet""",
[], "Door code question with tracking and case reference numbers.")

_m(14, "reply", "text", "Ynt: {oid} numaralı sipariş hakkında soru",
"""Merhaba,

"Stainless Steel French Press Coffee Maker 1L" ürünü, yani {oid} numaralı siparişinizdeki kahve presi, çift katmanlı süzgeçle geliyor; yedek süzgeç de kutunun içinde. Bulaşık makinesinde yıkanabilir.

İyi kahveler,
Kavrulmuş Çekirdek""",
[], "Reply quoting an English product title inside Turkish sentences.")

_m(15, "reply", "text", "Ynt: Garanti – sipariş {oid}",
"""Merhaba,

{oid} numaralı siparişinizdeki matkap 2 yıl üretici garantisi kapsamındadır. Garanti işlemleri doğrudan üretici tarafından yürütülüyor; üreticinin garanti destek hattı (Delta Alet Türkiye): 0850 222 47 15, hafta içi 09:00–18:00. Aradığınızda sapın üzerindeki seri numarasını hazır bulundurun.

Fatura gerekirse buradan hemen gönderebiliriz.

Saygılarımızla,
Usta Hırdavat""",
[], "Manufacturer's warranty hotline, marked as such.")

_m(16, "reply", "text", "Ynt: Firma bilgileri – {oid}",
"""Merhaba,

tabii ki; {oid} numaralı siparişinizin muhasebe kaydı için firma bilgilerimiz aşağıdadır:

Ege Seramik Tasarım A.Ş.
Kültür Mah. 1375 Sok. No: 8 D: 2
35220 Konak/İzmir
Vergi Dairesi: Konak, Vergi No: 3250987612
MERSİS No: 0325098761200011
Ticaret Sicil No: 214587 (İzmir Ticaret Sicil Müdürlüğü)

Saygılarımızla,
Ege Seramik""",
[], "Reply with a company-details footer.")

_m(17, "reply", "text", "Ynt: İade param nerede? ({oid})",
"""Merhaba Gökhan Bey,

kontrol ettim: {oid} numaralı siparişin iade paketi (iade no: IAD-2026-30417, gönderi no: 5520 8816 2203 4471) 03.12.2026 saat 14:25'te depomuza ulaştı. 849,50 TL tutarındaki iade 04.12.2026 saat 09:10'da başlatıldı; bankanıza bağlı olarak en geç 10.12.2026'ya kadar hesabınızda görünür.

İyi günler,
Derya Koç
Müşteri Hizmetleri, Pamuk Tekstil""",
[], "Reply with return and tracking numbers, dates, times and amounts.")

# ---------------- violations (18-48) ----------------
_m(18, "fulfillment-question", "text", "Kargonuz yolda! ({oid})",
"""Merhaba!

{oid} numaralı siparişiniz depomuzdan çıktı; bugün öğleden sonra Yurtiçi Kargo'ya teslim ettik.

Keyifli günler,
Çorap Dükkanı ekibi""",
["BSM201"], "Shipping confirmation: left the warehouse, handed to the carrier.")

_m(19, "fulfillment-question", "text", "Siparişiniz alındı – {oid}",
"""Sayın Müşterimiz,

{oid} numaralı siparişiniz tarafımıza ulaşmış olup şu anda hazırlanmaktadır.

Saygılarımızla,
Volt Elektrik Toptan""",
["BSM201"], "Order confirmation: received and being prepared.")

_m(20, "fulfillment-question", "text", "Çok teşekkürler! ({oid})",
"""Merhaba,

{oid} numaralı siparişiniz için sizlere gönülden teşekkür etmek istedik. Bizi tercih etmeniz küçük atölyemiz için çok değerli!

Sevgilerle,
Mum Atölyesi Işık""",
["BSM202"], "Thanks only.")

_m(21, "fulfillment-question", "text", "Sipariş {oid}",
"""Merhaba,

{oid} numaralı siparişinizle ilgili herhangi bir sorun olursa bize yazmaktan çekinmeyin, yardımcı olmaktan memnuniyet duyarız.

Selamlar,
Pati Pet Shop""",
["BSM202"], "Only offers help if a problem comes up.")

_m(22, "delivery-delay", "text", "Küçük bir gecikme – {oid}",
"""Merhaba,

{oid} numaralı siparişinizdeki kupalar fırından perşembe çıkacak; bu yüzden kargoya 9 Aralık yerine 11 Aralık 2026'da verilecek. Kusura bakmayın.

Selamlar,
Toprak ve Ateş Seramik

Not: Aralık ayı boyunca tüm ürünlerimizde %20 indirim var, yılbaşından önce mağazamıza mutlaka göz atın!""",
["BSM203"], "Delay with a promotional note (20% off everything).")

_m(23, "reply", "text", "Ynt: Şapka bedeni ({oid})",
"""Merhaba,

{oid} numaralı siparişinizdeki fötr şapkanın iç çevresi 58 cm; içindeki bant biraz daraltılabiliyor.

Bu arada bizi Instagram'da @sapkaci.atolye hesabından takip etmeyi ve bültenimize abone olmayı unutmayın; ocakta yepyeni bir bere koleksiyonu geliyor!

Sevgiler,
Şapkacı Atölye""",
["BSM203"], "Follow us, newsletter and new collection in a reply.")

_m(24, "review-request", "text", "Görüşünüz bizim için önemli – {oid}",
"""Merhaba,

{oid} numaralı siparişinizdeki masa düzenleyicinin işinize yaradığını umuyoruz. Amazon'da bir yorum bırakırsanız, yorumunuz yayınlandıktan sonra teşekkür olarak size küçük bir hediye göndereceğiz.

Selamlar,
Düzenli Ev""",
["BSM204"], "Small gift once the review is published.")

_m(25, "review-request", "text", "Paranızın tamamı iade – {oid}",
"""Merhaba,

size bir teklifimiz var: {oid} numaralı siparişinizdeki kulaklık için Amazon'da bir değerlendirme yazın, yorumunuz yayına girer girmez 899,00 TL'nin tamamını iade edelim.

Saygılar,
Ses Dünyası""",
["BSM204"], "Full refund once the review is online.")

_m(26, "reply", "text", "Ynt: Kırık lamba – sipariş {oid}",
"""Merhaba Murat Bey,

{oid} numaralı siparişiniz için yeni lamba bu sabah değişim olarak yola çıktı; ilk üründeki sorun için tekrar özür dileriz.

Sorun çözüldüğüne göre, bir yıldızlı yorumunuzu güncellemeyi ya da kaldırmayı düşünür müsünüz? Küçük bir işletme için bu puan gerçekten çok ağır.

Saygılarımla,
Aydınlatma Evi""",
["BSM205"], "Asks to update or remove a one-star review.")

_m(27, "review-request", "text", "Memnun kaldınız mı? ({oid})",
"""Merhaba,

{oid} numaralı siparişinizdeki keten nevresim takımından memnunsanız Amazon'da bir yorum yazmanız bizi çok mutlu eder. Memnun değilseniz lütfen yorum yazmadan önce bize ulaşın, mutlaka bir çözüm buluruz.

İyi günler,
Keten Ev Tekstili""",
["BSM206"], "Review only if satisfied; unhappy buyers steered to the seller.")

_m(28, "review-request", "text", "Küçük bir rica – {oid}",
"""Merhaba,

biz küçük bir aile şirketiyiz ve her puan bizim için çok önemli. {oid} numaralı siparişinizdeki kedi maması patili dostunuzun hoşuna gittiyse, Amazon'da bize beş yıldız verir misiniz?

Teşekkürler,
Mırnav Doğal Mama""",
["BSM206"], "Asks for five stars.")

_m(29, "order-problem", "text", "Siparişinizle ilgili sorun – {oid}",
"""Merhaba,

{oid} numaralı siparişinizdeki haki renk sırt çantası maalesef stokta kalmadı. Sipariş tutarını "stokta yok" (NoInventory) gerekçesiyle düzelttik.

En hızlısı, siparişi Amazon hesabınızdan sizin iptal etmeniz; böylece işlem hemen kapanır.

Selamlar,
Çanta Atölyesi""",
["BSM108"], "Amount adjusted, but advises the buyer to cancel himself.")

_m(30, "order-problem", "text", "Sipariş {oid} – stok sorunu",
"""Sayın Müşterimiz,

{oid} numaralı siparişinizdeki saç kurutma makinesi tedarikçimizde geçici olarak tükenmiştir.

Amazon üzerinden sipariş iptal talebi oluşturmanız bizim için çok kolaylık sağlar. Yaşanan aksaklık için özür dileriz.

Saygılarımızla,
Güzellik Market""",
["BSM107", "BSM108"], "Asks for a cancellation request without confirming an adjustment.")

_m(31, "delivery-delay", "text", "Yeni gönderim tarihi – {oid}",
"""Merhaba,

{oid} numaralı siparişinizdeki kayak eldivenleri, fabrikadan gelen sevkiyat geciktiği için 10.12.2026 yerine 14.12.2026'da gönderilecek.

Anlayışınız için teşekkürler,
Zirve Spor

Bizden mesaj almak istemiyorsanız bu mesaja DUR yazarak yanıt verin.""",
["BSM305"], "Delay with a reply-to-opt-out instruction.")

_m(32, "reply", "text", "Ynt: Kargom nerede?? {oid}",
"""Kaç kere anlatacağım be? {oid} numaralı siparişin kargosu bir hafta önce çıktı, o siktiğimin kargo firması paketi kaybetmiş. Bizim suçumuz değil, bok gibi bir firma.

Hediyelik Kutu""",
["BSM306"], "Reply with Turkish profanity.")

_m(33, "delivery-delay", "text", "Bestellung {oid} – Verzögerung",
"""Guten Tag,

das Wandregal aus Ihrer Bestellung {oid} wird leider erst am 14.12.2026 versendet, da unser Lieferant die Halterungen zu spät geliefert hat.

Wir bitten um Ihr Verständnis.

Mit freundlichen Grüßen
Raf Tasarım""",
["BSM104"], "Message entirely in German to a tr-TR buyer.")

_m(34, "reply", "text", "Ynt: Korniş montajı – {oid}",
"""Merhaba,

{oid} numaralı siparişinizdeki kornişin montaj kılavuzu kutuda var; ama vidalarla uğraşırken takılırsanız beni cepten arayın: 0532 418 27 63, tercihen akşam 17:00'den sonra.

Kolay gelsin,
Hakan, Perde Dünyası""",
["BSM309"], "Seller's Turkish mobile number.")

_m(35, "delivery-scheduling", "text", "Gardırop teslimatı – sipariş {oid}",
"""Merhaba,

{oid} numaralı siparişinizdeki gardırop 18 Aralık 2026 Cuma günü 10:00–14:00 arasında teslim edilecek. Saati değiştirmeniz gerekirse ofisimizi +90 212 553 48 20 numarasından arayabilirsiniz.

Saygılarımızla,
Mobilya Merkezi İstanbul""",
["BSM309"], "Delivery scheduling with an international-format office number.")

_m(36, "reply", "text", "Ynt: Kurumsal fatura – {oid}",
"""Merhaba,

{oid} numaralı siparişinizin faturasını şirketiniz adına kesebiliriz. Vergi numaranızı ve şirket unvanınızı fatura@matbaa-nokta.com.tr adresine gönderin, bugün yeni faturayı iletelim.

Saygılarımızla,
Nokta Matbaa""",
["BSM308"], "Plain e-mail address.")

_m(37, "return-follow-up", "text", "İadeniz – sipariş {oid}",
"""Merhaba,

{oid} numaralı siparişinizdeki botların iadesini tamamlayabilmemiz için tabanın bir fotoğrafına ihtiyacımız var. En kolayı fotoğrafı iade et kundura nokta com nokta tr adresine göndermeniz.

Teşekkürler,
Kundura Ayakkabı""",
["BSM308"], "Obfuscated e-mail address with 'et' and 'nokta'.")

_m(38, "reply", "html", "Ynt: Kesme tahtası bakımı – {oid}",
"""<p>Merhaba,</p>
<p>{oid} numaralı siparişinizdeki kesme tahtası zeytin ağacından; elde yıkamanızı ve ayda bir yağlamanızı öneririz.</p>
<p>Daha fazla ipucu rehberimizde: <a href="https://www.zeytinagaci.com.tr/rehber/kesme-tahtasi-bakimi">Zeytin Ağacı kesme tahtası bakım rehberi</a>.</p>
<p>Selamlar,<br>Zeytin Ağacı Atölye</p>""",
["BSM302"], "Descriptive https link to the seller's site, not needed for the order.")

_m(39, "reply", "html", "Ynt: Sipariş durumunu nereden görürüm? ({oid})",
"""<p>Merhaba,</p>
<p>{oid} numaralı siparişinizin durumunu en kolay şuradan görebilirsiniz: <a href="http://www.amazon.com.tr/gp/your-account/order-history">Amazon.com.tr siparişlerim sayfası</a>.</p>
<p>İyi günler,<br>Foto Dükkan</p>""",
["BSM301"], "Descriptive Amazon link over http.")

_m(40, "review-request", "html", "Vazonuz nasıl? – {oid}",
"""<p>Merhaba,</p>
<p><img src="https://static.camevi.com.tr/urunler/cam-vazo-kehribar-30cm.jpg" alt="Cam vazo Kehribar 30 cm" width="300" height="300"></p>
<p>{oid} numaralı siparişinizdeki vazodan memnun musunuz? Amazon'da bir değerlendirme yazarsanız seviniriz.</p>
<p><a href="https://www.amazon.com.tr/review/create-review?asin=B0D4RX2NVA">Amazon.com.tr'de vazo için yorum yazın</a></p>
<p>Selamlar,<br>Cam Evi</p>""",
["BSM310"], "Review request showing a photo of the purchased vase.")

_m(41, "delivery-delay", "html", "Yılbaşı yoğunluğu – {oid}",
"""<p><img src="https://static.oyuncakorman.com.tr/gorsel/yilbasi-agaci.jpg" alt="Işıklarla süslü yılbaşı ağacı" width="400" height="250"></p>
<p>Merhaba,</p>
<p>yılbaşı öncesi yoğunluk nedeniyle {oid} numaralı siparişinizdeki ahşap tren seti 9 Aralık yerine 12 Aralık 2026'da kargoya verilecek.</p>
<p>Selamlar,<br>Oyuncak Orman</p>""",
["BSM311"], "Delay with an unrelated Christmas-tree stock image.")

_m(42, "invoice", "html", "Faturanız – sipariş {oid}",
"""<p><img src="https://static.bahcemarket.com.tr/bahcemarket-logo.png" alt="" width="150" height="50"></p>
<p>Merhaba,</p>
<p>{oid} numaralı siparişinize ait BHC/2026/1107 numaralı fatura ektedir.</p>
<p>Saygılarımızla,<br>Bahçe Market Ltd. Şti., Vergi No: 1230456789</p>""",
["BSM402"], "Invoice with shop logo but empty alt.")

_m(43, "delivery-delay", "text", "Siparişiniz biraz gecikecek – {oid}",
"""Selam!

{oid} numaralı siparişinizdeki kazak hâlâ şişlerde 🧶 13.12.2026'da kargoya vereceğiz. Beklettiğimiz için kusura bakmayın 🙏

Zeynep, Yün Yumağı""",
["BSM403"], "Delay with emoji.")

_m(44, "additional-information", "text", "İplik rengi – sipariş {oid}",
"""Merhaba,

{oid} numaralı siparişinizdeki havlu nakışı için iplik rengi seçilmemiş. Altın mı, gümüş mü olsun? Yazarsanız hemen başlıyoruz :)

Sevgiler,
Nakış Evi""",
["BSM403"], "Information request with an emoticon.")

_m(45, "delivery-delay", "html", "Gecikme bildirimi – {oid}",
"""<style>
.baslik { font-size: 24px; }
.altbaslik { font-size: 18px; }
.metin { font-size: 15px; }
.dipnot { font-size: 11px; }
</style>
<p class="baslik">Gönderim gecikmesi</p>
<p class="altbaslik">Sipariş {oid}</p>
<p class="metin">Merhaba, siparişinizdeki espresso makinesi ithalatçıdan gelecek sevkiyat nedeniyle 10.12.2026 yerine 15.12.2026'da gönderilecek.</p>
<p class="dipnot">Kahve Makinesi Dünyası A.Ş.</p>""",
["BSM410"], "Four explicit font sizes in a style block.")

_m(46, "delivery-delay", "html", "Gönderim tarihi – {oid}",
"""<p>Merhaba,</p>
<p></p>
<p></p>
<p>{oid} numaralı siparişinizdeki duvar saati, tedarikçiden mekanizma beklediğimiz için 16.12.2026'da gönderilecek.</p>
<p></p>
<p>Saygılarımızla,<br>Saat Atölyesi</p>""",
["BSM412"], "Empty paragraphs between paragraphs.")

_m(47, "reply", "text", "[Önemli] Ynt: Ürün ölçüleri – {oid}",
"""Merhaba,

{oid} numaralı siparişinizdeki kitaplığın ölçüleri 80 x 30 x 180 cm; raf arası yükseklik 34 cm.

İyi günler,
Raf Mobilya""",
["BSM110"], "[Önemli] on a reply, which is not critical.")

_m(48, "reply", "text", "Ynt: Kullanım kılavuzu – {oid}",
"""Merhaba,

{oid} numaralı siparişinizdeki mutfak robotunun kullanım kılavuzu ürün sayfasında duruyor:
https://www.amazon.com.tr/dp/B0C7N4K2PX

Selamlar,
Mikser Market""",
["BSM401"], "Bare Amazon URL as the link text.")

# ---------------- varying (49-50) ----------------
_m(49, "additional-information", "html", "Teslimat adresi teyidi – {oid}",
"""<p>Merhaba,</p>
<p>{oid} numaralı siparişinizin adresinde daire numarası eksik görünüyor. Lütfen aşağıya yazıp gönderin:</p>
<form method="post">
<label>Daire no: <input type="text" name="daire"></label>
<button type="submit">Gönder</button>
</form>
<p>Teşekkürler,<br>Ev Tekstili Market</p>""",
["BSM312"], "Embedded HTML form (active content).")

_m(50, "delivery-delay", "text", "Sipariş {oid} – gecikme",
"""Merhaba Cem Bey,

unfortunately the bookshelf in your order {oid} will ship a few days later than planned, on 14 December 2026. Our supplier delivered the fittings late.

We apologise for the inconvenience.

Kind regards,
Kitaplık Evi""",
["BSM104"], "Greeting in Turkish, body in English.")
