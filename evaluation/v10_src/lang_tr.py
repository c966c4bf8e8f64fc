"""v10 blind evaluation set: Turkish (tr-TR). Standard library only."""

LANG, LOCALE = "tr", "tr-TR"
MESSAGES = []


def _oid(n):
    return "417-%07d-%07d" % ((n * 8117 + 6032571) % 10000000, (n * 99991 + 3120459) % 10000000)


def _m(type_, fmt, subject, body, expected, note):
    n = len(MESSAGES) + 1
    oid = _oid(n)
    raw = oid.replace("-", "")
    def fill(s):
        return s.replace("{OID}", oid).replace("{RAW}", raw).strip("\n")
    MESSAGES.append({
        "id": "v10-%s-%03d" % (LANG, n), "language": LANG, "locale": LOCALE,
        "type": type_, "format": fmt, "subject": fill(subject), "body": fill(body),
        "order_id": oid, "expected": sorted(expected), "note": note,
    })


# ---------------------------------------------------------------- 17 clean
_m("delivery-delay", "text", "{OID} numaralı siparişiniz: gönderim gecikmesi", """
Merhaba Ayşe Hanım,

{OID} numaralı siparişinizdeki ceviz servis tahtası için kullandığımız kereste, tedarikçimizden geç geldi. Bu nedenle ürünü ilanda belirtilen tarihten yaklaşık bir hafta sonra, 19.03.2026 tarihinde kargoya verebileceğiz.

Gecikme için özür dileriz. Yeni tarih size uymuyorsa bu mesajı yanıtlamanız yeterli.

Saygılarımla
Mehmet Yılmaz
Yılmaz Ahşap Atölyesi
""", [], "Plain-text delivery delay with a new dispatch date; clean.")

_m("delivery-delay", "html", "Sipariş {OID} – yeni gönderim tarihi", """
<p>Sayın Can Bey,</p>
<p><strong>{OID}</strong> numaralı siparişinizin gönderimi gecikecektir. Sipariş ettiğiniz <em>Pamuk Saten</em> nevresim takımının kumaşı boyahaneden geç teslim edildi.</p>
<table cellpadding="4">
<tr><td>İlandaki tahmini gönderim tarihi:</td><td>13.03.2026</td></tr>
<tr><td>Yeni tahmini gönderim tarihi:</td><td>20.03.2026</td></tr>
</table>
<p>Yaşattığımız aksaklık için özür dileriz. Sorularınız için bu mesajı yanıtlayabilirsiniz.</p>
<p>Saygılarımızla<br>Zeynep Aksoy<br>Müşteri Hizmetleri, Evim Tekstil</p>
<p><small>Evim Tekstil San. ve Tic. Ltd. Şti., Osmangazi/Bursa, Vergi No 3920156478</small></p>
""", [], "Builder-style HTML delay with a simple table; clean.")

_m("order-problem", "text", "[Önemli] {OID} numaralı siparişiniz gönderilemiyor", """
Merhaba Selin Hanım,

çok üzgünüm, sipariş ettiğiniz lacivert sırlı “Ege” kupa setini gönderemiyoruz. Stoktaki son set fırında çatladı, yeni üretim ise en erken mayıs ayında hazır olacak.

{OID} numaralı siparişin tutarının tamamını Amazon üzerinden stok yetersizliği gerekçesiyle düzelttik. 640,00 TL, sizin herhangi bir işlem yapmanıza gerek kalmadan hesabınıza iade edilecek; bu genellikle 3–5 iş günü sürüyor.

Tekrar özür dilerim.
Elif Demir
Anadolu Seramik
""", [], "Order problem confirming the full amount was adjusted for no stock; [Önemli] allowed on this type.")

_m("additional-information", "text", "Nakış bilgisi gerekiyor – {OID}", """
Merhaba,

{OID} numaralı siparişinizde isim nakışlı havlu seçeneğini seçmişsiniz, ancak kişiselleştirme alanı boş kalmış.

Havlulara hangi ismin işlenmesini istediğinizi (en fazla 12 harf) ve nakış rengini (beyaz, gri veya lacivert) bu mesaja yanıt olarak yazabilir misiniz? Bilgiyi alır almaz havlularınızı nakışa gönderiyoruz.

Teşekkürler,
Zeynep – Evim Tekstil
""", [], "Asks for personalisation details needed to complete the order; clean.")

_m("return-follow-up", "text", "İade talebiniz – sipariş {OID}", """
Merhaba Burak Bey,

{OID} numaralı siparişteki kitaplık için iade talebinizi gördük; yan panelde bir çizik olduğunu yazmışsınız. Kitaplığı geri göndermek yerine, ürün sizde kalacak şekilde 450,00 TL kısmi iade önerebiliriz.

Bu teklif uygunsa kısa bir onay yazmanız yeterli, iadeyi aynı gün yaparız. Ürünü yine de göndermek isterseniz iade, Amazon'un standart süreciyle devam eder.

Saygılarımızla
Konfor Mobilya Müşteri İlişkileri
""", [], "Return follow-up offering a partial refund; clean.")

_m("return-follow-up", "html", "İadeniz hakkında bir soru – {OID}", """
<p>Merhaba,</p>
<p>{OID} numaralı siparişin iade paketi 10.03.2026 tarihinde atölyemize ulaştı. Paketten baharatlık rafı çıktı, ancak montaj vidaları ve duvar dübelleri yoktu.</p>
<p>Bunları ayrı bir pakette mi gönderdiniz, yoksa evde mi kaldılar? İadeyi tamamlayabilmemiz için kısaca bilgi verebilir misiniz?</p>
<p>İyi günler<br>Mehmet Yılmaz<br>Yılmaz Ahşap Atölyesi</p>
""", [], "Return follow-up asking for information needed to complete the return; clean.")

_m("invoice", "text", "{OID} numaralı siparişinizin faturası", """
Merhaba,

{OID} numaralı siparişinize ait e-Arşiv faturayı ekte gönderiyoruz.

Fatura numarası: KNF/2026/03/0451
Fatura tarihi: 06.03.2026
Toplam: 18.499,00 TL (KDV %20 dahil; KDV tutarı 3.083,17 TL)

Faturanın şirket adına düzenlenmesi gerekiyorsa unvan, vergi dairesi ve vergi numaranızı yazmanız yeterli; yeni faturayı hemen düzenleriz.

Saygılarımızla
Muhasebe Birimi
Konfor Mobilya Sanayi ve Ticaret A.Ş.
Organize Sanayi Bölgesi 3. Cadde No. 12, 38070 Melikgazi/Kayseri
Erciyes Vergi Dairesi – VKN 5730412896
MERSİS No 0573041289600017 | Ticaret Sicil No 45218
""", [], "Invoice with VKN, MERSİS and trade-register numbers and a slashed invoice number; clean.")

_m("review-request", "text", "Kupalarınız nasıl? Sipariş {OID}", """
Merhaba Deniz Hanım,

{OID} numaralı siparişinizdeki kupalar birkaç gündür sizde. Vaktiniz olursa ürünle ilgili görüşlerinizi Amazon'da bir değerlendirme olarak paylaşmanızdan memnuniyet duyarız; her yorum hem bize hem de diğer alıcılara yol gösteriyor.

Değerlendirmeyi “Siparişlerim” sayfasında, bu siparişin yanından yazabilirsiniz.

Sevgiyle
Elif – Anadolu Seramik
""", [], "Neutral plain-text review request; clean.")

_m("review-request", "html", "Servis tahtanız hakkında görüşünüz – {OID}", """
<p><img src="https://m.media-amazon.com/images/S/aplus-media/yilmaz-ahsap-atolyesi-logo.png" alt="Yılmaz Ahşap Atölyesi logosu" width="170" height="60"></p>
<p>Merhaba,</p>
<p>{OID} numaralı siparişinizdeki servis tahtasını kullanmaya başladınız mı? Deneyiminizi diğer alıcılarla paylaşmak isterseniz çok seviniriz.</p>
<p><a href="https://www.amazon.com.tr/review/create-review?asin=B0CW5H2J8L">Servis tahtası için Amazon.com.tr'de değerlendirme yazın</a></p>
<p>Mehmet Yılmaz<br>Yılmaz Ahşap Atölyesi</p>
""", [], "HTML review request with shop logo (alt names the shop) and a descriptive https Amazon link; clean.")

_m("delivery-scheduling", "text", "Koltuk takımınızın teslimat günü – {OID}", """
Merhaba Hakan Bey,

{OID} numaralı siparişinizdeki üçlü koltuk takımı yaklaşık 150 kg ağırlığında olduğu için kendi nakliye ekibimizle, eve taşıma dahil teslim edilecek. Lütfen aşağıdaki zaman aralıklarından birini seçin:

- 17 Mart 2026 Salı, 09.00–13.00
- 18 Mart 2026 Çarşamba, 13.00–17.00
- 21 Mart 2026 Cumartesi, 10.00–14.00

Dairenizin kaçıncı katta olduğunu ve binada asansör bulunup bulunmadığını da yazarsanız ekibi buna göre planlarız.

Saygılarımızla
Emre Koç, Sevkiyat Planlama
Konfor Mobilya
""", [], "Delivery scheduling for a heavy sofa set with dates and time slots; clean.")

_m("home-service-appointment", "html", "Klima montajı için randevu – {OID}", """
<p>Merhaba,</p>
<p>{OID} numaralı siparişinize duvar tipi klima montaj hizmeti dahildir. Teknisyenimiz aşağıdaki zamanlardan birinde gelebilir:</p>
<ul>
<li>23 Mart 2026 Pazartesi, 09.00–11.00</li>
<li>25 Mart 2026 Çarşamba, 14.00–16.00</li>
<li>27 Mart 2026 Cuma, 10.00–12.00</li>
</ul>
<p>Size uygun olanı bu mesaja yanıt olarak bildirmeniz yeterli. Montaj yaklaşık 3 saat sürer; dış ünitenin konulacağı balkona ya da cepheye erişim gerekir.</p>
<p>İyi günler<br>Serkan Aydın<br>Serin Klima Teknik</p>
""", [], "Home-service appointment with proposed time slots; clean.")

_m("custom-design-verification", "text", "Poster tasarımınız onayınızı bekliyor – {OID}", """
Merhaba,

{OID} numaralı siparişinizdeki kişiye özel yıldız haritası posterinin taslağı ekte (taslak_poster_v1.pdf). Tarih olarak 14.02.2025'i, yer olarak İzmir'i kullandık; alt yazıya da gönderdiğiniz cümleyi ekledik.

İsimlerin, tarihin ve şehir adının doğru yazıldığını kontrol eder misiniz? Her şey uygunsa “onaylıyorum” yazmanız yeterli; değişiklik isterseniz neyin değişeceğini yazın, aynı gün düzeltelim.

Gizem
Baskı Dükkânı
""", [], "Custom design proof for approval; clean.")

_m("fulfillment-question", "text", "Site giriş kodu – sipariş {OID}", """
Merhaba,

{OID} numaralı siparişinizdeki yemek masasını kendi nakliye ekibimiz getirecek (sevk no SVK-2026-0412, müşteri no 77310). Teslimat adresinde site giriş kodu ve blok bilgisi yer almıyor; güvenlik, kod olmadan aracı siteye almıyor.

Site giriş kodunu ve blok/daire bilgisini bu mesaja yanıt olarak iletebilir misiniz?

Saygılarımızla
Konfor Mobilya Sevkiyat
""", [], "Gate-code question with reference numbers needed to deliver; clean.")

_m("reply", "text", "Ynt: “Rustic Walnut Cheese Board Set” hakkında – {OID}", """
Merhaba Ece Hanım,

evet, {OID} numaralı siparişinizdeki “Rustic Walnut Cheese Board Set” iki tahta ve dört bıçaktan oluşuyor; büyük tahta 45 × 25 cm. Tahtalar elde yıkanmalı, bulaşık makinesine konmamalı.

İyi günler
Mehmet Yılmaz
Yılmaz Ahşap Atölyesi
""", [], "Reply quoting an English product title inside Turkish sentences; clean.")

_m("reply", "text", "Ynt: Klima garantisi – {OID}", """
Merhaba,

{OID} numaralı siparişinizdeki Serinova 12000 BTU klima, 3 yıl üretici garantisi kapsamındadır. Garanti kapsamındaki arıza kayıtlarını doğrudan üretici alıyor.

Üreticinin garanti hattı (Serinova Garanti Destek): 0850 460 12 34, hafta içi 09.00–18.00

Arama sırasında iç ünitenin yan etiketindeki seri numarası sorulacaktır. Bir sorun yaşarsanız bize yine bu mesaj üzerinden yazabilirsiniz.

Serkan Aydın
Serin Klima Teknik
""", [], "Reply giving the manufacturer's warranty line, marked as such; clean.")

_m("reply", "text", "Ynt: Firma bilgileriniz – {OID}", """
Merhaba Onur Bey,

{OID} numaralı siparişin faturası, ürün teslim edildikten sonra otomatik olarak düzenlenir. Şirket adına fatura için unvan ve vergi numaranızı yazmanız yeterli.

İstediğiniz firma bilgilerimiz aşağıdadır.

Saygılarımızla
Zeynep Aksoy

Evim Tekstil San. ve Tic. Ltd. Şti.
Demirtaş Organize Sanayi Bölgesi, Mavi Cadde No. 7, 16245 Osmangazi/Bursa
Uludağ Vergi Dairesi – Vergi No 3920156478
MERSİS No 0392015647800011
Ticaret Sicil No 98765
""", [], "Reply with a company-details footer (tax office, MERSİS, trade register); clean.")

_m("reply", "text", "Ynt: İadem ne durumda? {OID}", """
Merhaba Gamze Hanım,

{OID} numaralı siparişin iade paketi (iade kodu IAD-55120, gönderi takip no 7310048826153) 11.03.2026 günü saat 10.25'te depomuza ulaştı. Ürünü aynı gün kontrol ettik ve saat 15.10'da 1.249,90 TL tutarındaki iadeyi başlattık.

Tutar, bankanıza bağlı olarak en geç 16.03.2026 tarihine kadar hesabınızda görünür.

İyi günler
Zeynep Aksoy
Evim Tekstil
""", [], "Reply with return and tracking numbers, dates, times and amounts; clean.")

# ---------------------------------------------------------------- 31 violations
_m("fulfillment-question", "text", "Siparişiniz yola çıktı – {OID}", """
Merhaba,

{OID} numaralı siparişiniz bugün atölyemizden çıktı ve Yurtiçi Kargo'ya teslim edildi. 1–3 iş günü içinde elinizde olur.

Yılmaz Ahşap Atölyesi
""", ["BSM201"], "Says the parcel left the workshop and was handed to the carrier.")

_m("fulfillment-question", "html", "Siparişinizi aldık – {OID}", """
<p>Merhaba,</p>
<p>{OID} numaralı siparişiniz bize ulaştı; şu anda depomuzda hazırlanıyor ve özenle paketleniyor.</p>
<p>Evim Tekstil</p>
""", ["BSM201"], "Says the order was received and is being prepared.")

_m("fulfillment-question", "text", "Teşekkürler! Sipariş {OID}", """
Merhaba Derya Hanım,

Anadolu Seramik'i tercih ettiğiniz için çok teşekkür ederiz! Küçük bir atölye için bu gerçekten çok değerli.

Güzel günlerde kullanın.
Elif
Sipariş {OID}
""", ["BSM202"], "Thanks only; the order number adds no content.")

_m("fulfillment-question", "text", "Sipariş {OID}", """
Merhaba,

{OID} numaralı siparişinizle ilgili herhangi bir sorun olursa her zaman buradayız; bu mesajı yanıtlamanız yeterli.

Konfor Mobilya Müşteri Hizmetleri
""", ["BSM202"], "Only offers help if a problem comes up.")

_m("delivery-delay", "text", "Sipariş {OID} – birkaç günlük gecikme", """
Merhaba,

{OID} numaralı siparişinizdeki pike takımını, kumaş tedarikindeki gecikme nedeniyle 16 Mart yerine 21 Mart'ta kargoya verebileceğiz. Beklettiğimiz için özür dileriz.

Evim Tekstil

Not: Ay sonuna kadar tüm ürünlerimizde %20 indirim var.
""", ["BSM203"], "Permitted delay with a P.S. promoting 20% off all products.")

_m("invoice", "text", "Faturanız – sipariş {OID}", """
Merhaba,

{OID} numaralı siparişinizin faturası (AS/2026/0233) ekte.

Bizi Instagram'da takip etmeyi ve e-bültenimize abone olmayı unutmayın; yeni yaz koleksiyonumuz çok yakında orada!

Elif Demir
Anadolu Seramik
""", ["BSM203"], "Invoice inviting the buyer to follow the shop, subscribe and see a new collection.")

_m("review-request", "text", "Küçük bir ricamız var – {OID}", """
Merhaba,

{OID} numaralı siparişinizdeki havlular hakkında Amazon'da bir değerlendirme yazarsanız çok seviniriz. Değerlendirmeniz yayınlandığında size küçük bir teşekkür hediyesi göndereceğiz.

Zeynep – Evim Tekstil
""", ["BSM204"], "Promises a small gift once the review is published.")

_m("review-request", "text", "Değerlendirme karşılığı tam iade – {OID}", """
Merhaba,

{OID} numaralı siparişinizdeki klima için bir değerlendirme yazmanızı rica ediyoruz. Değerlendirmeniz Amazon'da yayınlanır yayınlanmaz ödediğiniz tutarın tamamını size iade edeceğiz.

Serin Klima Teknik
""", ["BSM204"], "Offers a full refund once the review is online.")

_m("reply", "text", "Ynt: Kırık tabak – {OID}", """
Merhaba Nur Hanım,

yeni tabağın sağlam ulaşmasına ve {OID} numaralı siparişteki sorunu çözebilmemize çok sevindik. Bir ricamız olacak: değişimden önce verdiğiniz tek yıldızlı değerlendirmeyi güncellemeniz ya da kaldırmanız mümkün mü?

Şimdiden teşekkürler
Elif
""", ["BSM205"], "Asks to update or remove an existing one-star review.")

_m("review-request", "text", "Koltuğunuzdan memnun musunuz? ({OID})", """
Merhaba,

{OID} numaralı siparişinizdeki koltuktan memnun kaldıysanız Amazon'da bir değerlendirme bırakabilirsiniz. Memnun kalmadıysanız lütfen değerlendirme yazmak yerine önce bize ulaşın, birlikte çözelim.

Konfor Mobilya
""", ["BSM206"], "Asks only satisfied buyers to review and steers unhappy ones to the seller.")

_m("review-request", "text", "Bir dakikanızı rica ediyoruz – {OID}", """
Merhaba Kerem Bey,

{OID} numaralı siparişinizdeki peynir tahtasına Amazon'da 5 yıldız verirseniz küçük atölyemiz için çok büyük bir destek olur.

Mehmet Yılmaz
""", ["BSM206"], "Asks for a five-star rating.")

_m("order-problem", "text", "Sipariş {OID} – stok sorunu", """
Merhaba,

{OID} numaralı siparişinizdeki 180 cm'lik Lidya yemek masası stokta kalmadığı için siparişi gönderemiyoruz. Sipariş tutarının tamamını Amazon üzerinde stok yetersizliği gerekçesiyle düzelttik.

En hızlısı, siparişi “Siparişlerim” sayfasından kendiniz iptal etmeniz; böylece süreç hemen kapanır.

Saygılarımızla
Konfor Mobilya
""", ["BSM108"], "Confirms the adjustment but advises the buyer to cancel because stock ran out.")

_m("order-problem", "text", "Siparişiniz hakkında – {OID}", """
Merhaba,

{OID} numaralı siparişinizdeki “Kapadokya” vazo maalesef atölyede satıldı ve stoğumuzda başka kalmadı. Sipariş için bir iptal talebi oluşturursanız çok memnun oluruz.

Anlayışınız için teşekkürler
Anadolu Seramik
""", ["BSM107", "BSM108"], "Asks for a cancellation request and never confirms an adjustment.")

_m("delivery-delay", "text", "Gecikme bildirimi – {OID}", """
Merhaba,

{OID} numaralı siparişinizdeki gardırop, boyahanedeki yoğunluk nedeniyle 20 Mart yerine 27 Mart'ta yola çıkacak. Özür dileriz.

Konfor Mobilya

Bizden mesaj almak istemiyorsanız bu mesaja RET yazarak yanıt verin, sizi listemizden çıkaralım.
""", ["BSM305"], "Delay message with an opt-out instruction (reply RET).")

_m("reply", "text", "Ynt: SİPARİŞİM NEREDE {OID}", """
Volkan Bey,

daha önce de yazdım: {OID} numaralı siparişinizdeki masa cuma günü hazır olacak. Günde on mesaj atmanız hiçbir boka yaramıyor.

Emre
""", ["BSM306"], "Reply containing Turkish profanity.")

_m("delivery-delay", "text", "Order {OID} – delivery delay", """
Dear Ms Şahin,

we are sorry to inform you that the bath towel set in order {OID} will be dispatched on 20 March instead of 14 March, as the fabric arrived late from the dye house.

Kind regards
Zeynep Aksoy
Evim Tekstil
""", ["BSM104"], "Whole message in English for a tr-TR buyer.")

_m("delivery-scheduling", "text", "Teslimat randevusu – {OID}", """
Merhaba,

{OID} numaralı siparişinizdeki gardırobun teslimatı için 24 Mart Salı, 09.00–13.00 aralığını öneriyoruz. Bu saat uymuyorsa lütfen bizi 0 (352) 321 44 56 numaralı telefondan arayın.

Emre Koç
Konfor Mobilya
""", ["BSM309"], "Seller's own landline in national format.")

_m("reply", "text", "Ynt: Kumanda ayarları – {OID}", """
Merhaba,

telefonda anlatmak çok daha kolay olur. {OID} numaralı siparişinizdeki klimanın ayarları için beni +90 532 123 45 67 numarasından arayabilir ya da WhatsApp'tan yazabilirsiniz.

Serkan
""", ["BSM309"], "Seller's mobile number in international format.")

_m("reply", "text", "Ynt: Hasarlı ürün – {OID}", """
Merhaba,

{OID} numaralı siparişinizdeki kasenin kırık gelmesine çok üzüldük. Hasarın fotoğraflarını destek@anadoluseramik.com.tr adresine gönderirseniz hemen yenisini hazırlarız.

Elif
""", ["BSM308"], "Plain e-mail address in a reply.")

_m("reply", "text", "Ynt: Fatura adresi değişikliği – {OID}", """
Merhaba,

{OID} numaralı siparişin yeni fatura bilgilerini muhasebe et konfor-mobilya nokta com nokta tr adresine iletirseniz faturayı yeniden düzenleriz.

Konfor Mobilya
""", ["BSM308"], "E-mail address obfuscated with 'et' and 'nokta'.")

_m("reply", "html", "Ynt: Tahta bakımı – {OID}", """
<p>Merhaba,</p>
<p>{OID} numaralı siparişinizdeki tahtanın yağlanması ve temizliğiyle ilgili tüm önerilerimizi tek bir yerde topladık: <a href="https://www.yilmazahsap.com.tr/rehber/ahsap-bakimi">web sitemizdeki ahşap bakım rehberi</a>.</p>
<p>İyi günler<br>Mehmet Yılmaz</p>
""", ["BSM302"], "Descriptive https link to the seller's own site, not needed for the order.")

_m("reply", "html", "Ynt: Siparişimi nereden görebilirim? {OID}", """
<p>Merhaba,</p>
<p>{OID} numaralı siparişinizin tüm ayrıntılarını ve tahmini teslim tarihini <a href="http://www.amazon.com.tr/gp/css/order-history">Amazon.com.tr'deki Siparişlerim sayfasında</a> görebilirsiniz.</p>
<p>Evim Tekstil</p>
""", ["BSM301"], "Descriptive link to Amazon over plain http.")

_m("delivery-delay", "html", "Kupa setiniz biraz gecikecek – {OID}", """
<p>Merhaba,</p>
<p>{OID} numaralı siparişinizdeki kupa seti 24 Mart'ta gönderime hazır olacak. Fırından yeni çıkan setiniz şöyle görünüyor:</p>
<p><img src="https://m.media-amazon.com/images/I/anadolu-seramik-ege-kupa-seti.jpg" alt="Siparişinizdeki lacivert Ege kupa seti" width="320"></p>
<p>Beklettiğimiz için özür dileriz.<br>Elif</p>
""", ["BSM310"], "Shows a photo of the purchased item.")

_m("review-request", "html", "Bahar selamı ve küçük bir rica ({OID})", """
<p><img src="https://m.media-amazon.com/images/S/aplus-media/kapadokya-balonlar.jpg" alt="Kapadokya'da gün doğumunda sıcak hava balonları" width="400"></p>
<p>Merhaba,</p>
<p>{OID} numaralı siparişinizdeki klima hakkındaki görüşlerinizi paylaşmak ister misiniz? <a href="https://www.amazon.com.tr/review/create-review?asin=B0D3K8WZ5T">Amazon.com.tr'de değerlendirme yazın</a>.</p>
<p>Serin Klima Teknik</p>
""", ["BSM311"], "Stock image of hot-air balloons unrelated to the shop.")

_m("home-service-appointment", "html", "Montaj randevusu – {OID}", """
<p><img src="https://m.media-amazon.com/images/S/aplus-media/serin-klima-teknik-logo.png" width="160" height="50"></p>
<p>Merhaba,</p>
<p>{OID} numaralı siparişinizdeki klimanın montajı için 26 Mart Perşembe 09.00–11.00 ya da 30 Mart Pazartesi 14.00–16.00 size uyar mı?</p>
<p>Serkan Aydın, Serin Klima Teknik</p>
""", ["BSM402"], "Shop logo image without an alt attribute.")

_m("additional-information", "text", "Ölçü teyidi – {OID}", """
Merhaba,

{OID} numaralı siparişinizde perde eni olarak 240 cm seçilmiş, notta ise “iki kanat” yazıyor. Toplam 240 cm mi, yoksa her kanat 240 cm mi olacak? 🤔

Zeynep – Evim Tekstil
""", ["BSM403"], "Information request containing an emoji.")

_m("reply", "text", "Ynt: Sır rengi – {OID}", """
Merhaba,

{OID} numaralı siparişinizdeki kupa, ilandaki üçüncü fotoğraftaki lacivertle birebir aynı; sadece akşam ışığında biraz daha koyu görünüyor :D

Elif
""", ["BSM403"], "Reply containing a text emoticon.")

_m("delivery-delay", "html", "Gönderim tarihi değişti – {OID}", """
<style>
.baslik { font-size: 23px; }
.giris { font-size: 17px; }
.ayrinti { font-size: 13px; }
.alt { font-size: 10px; }
</style>
<p class="baslik">Yeni gönderim tarihi</p>
<p class="giris">{OID} numaralı siparişinizdeki gardırop 31 Mart 2026'da yola çıkacak.</p>
<p>Gecikmenin nedeni, kapak camlarının tedarikçiden geç gelmesi.</p>
<p class="ayrinti">Önceki tarih: 24.03.2026</p>
<p class="alt">Konfor Mobilya Sanayi ve Ticaret A.Ş., Melikgazi/Kayseri</p>
""", ["BSM410"], "Four explicit font sizes in a style block plus the default.")

_m("additional-information", "html", "Daire numarası eksik – {OID}", """
<p>Merhaba,</p>
<p>{OID} numaralı siparişinizin teslimat adresinde daire numarası yer almıyor.</p>
<p>&nbsp;</p>
<p>&nbsp;</p>
<p>Paketin doğru adrese ulaşması için daire numaranızı yazabilir misiniz?</p>
<p>Yılmaz Ahşap Atölyesi</p>
""", ["BSM412"], "Empty paragraphs between paragraphs.")

_m("return-follow-up", "text", "[Önemli] İade teklifimiz – {OID}", """
Merhaba,

{OID} numaralı siparişteki nevresim takımında bir dikiş kaçığı olduğunu yazmışsınız. Ürünü geri göndermek yerine sizde kalması koşuluyla 200,00 TL kısmi iade yapabiliriz; uygunsa kısaca onay vermeniz yeterli.

Evim Tekstil
""", ["BSM110"], "[Önemli] tag on a return follow-up (partial refund), which is not critical.")

_m("reply", "html", "Ynt: Kullanım kılavuzu – {OID}", """
<p>Merhaba,</p>
<p>{OID} numaralı siparişinizdeki klimanın kullanım kılavuzu ürün sayfasında da bulunuyor: <a href="https://www.amazon.com.tr/dp/B0D3K8WZ5T">https://www.amazon.com.tr/dp/B0D3K8WZ5T</a></p>
<p>Serin Klima Teknik</p>
""", ["BSM401"], "Amazon https link whose text is the bare URL.")

# ---------------------------------------------------------------- 2 varying
_m("delivery-delay", "html", "Gönderim gecikmesi – {OID}", """
<div style="padding: 0 140px;">
<p>Merhaba,</p>
<p>{OID} numaralı siparişinizdeki çay bardağı altlıkları, cila kurumasının uzaması nedeniyle 18 Mart yerine 23 Mart'ta kargoya verilecek. Anlayışınız için teşekkür ederiz.</p>
<p>Mehmet Yılmaz<br>Yılmaz Ahşap Atölyesi</p>
</div>
""", ["BSM405"], "Wrapper with 140px horizontal padding on each side.")

_m("reply", "text", "Ynt: Son uyarınız – {OID}", """
Tuncay Bey,

{OID} numaralı siparişle ilgili hakaretlerinizi okudum. Bir daha böyle yazarsanız adresinize gelip o masayı kafanızda kırarım.

Emre
""", ["BSM306"], "Reply containing a violent threat.")
