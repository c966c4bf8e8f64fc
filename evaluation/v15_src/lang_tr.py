"""v15 blind evaluation set: Turkish (tr-TR)."""
import textwrap

_ORD = [
    "468-%07d-%07d" % ((7361029 + i * 393209) % 10000000, (3309172 + i * 786431) % 10000000)
    for i in range(50)
]


def _t(s):
    return textwrap.dedent(s).strip("\n")


MESSAGES = []


def _m(n, typ, fmt, subject, body, expected, note):
    o = _ORD[n - 1]
    MESSAGES.append({
        "id": "v15-tr-%03d" % n, "language": "tr", "locale": "tr-TR", "type": typ,
        "format": fmt, "subject": subject.replace("{o}", o), "body": _t(body).replace("{o}", o),
        "order_id": o, "expected": sorted(expected), "note": note,
    })


# ---------------- clean ----------------
_m(1, "delivery-delay", "text", "{o} numaralı siparişinizde gecikme", """
    Merhaba Elif Hanım,

    {o} numaralı siparişinizdeki el dokuması kilim (120 x 180 cm, terrakota) için tezgâhtaki son düğüm işleri beklediğimizden uzun sürdü. Kilimi 10 Aralık yerine en geç 16.12.2026 Çarşamba günü kargoya vermeyi planlıyoruz.

    Gecikme için özür dileriz. Yeni tarih size uymazsa bu mesajı yanıtlamanız yeterli.

    Saygılarımızla,
    Hatice Aydın
    Uşak Dokuma Atölyesi
""", [], "Plain-text delivery delay with a Turkish date.")

_m(2, "delivery-delay", "html", "Sipariş {o} – yeni gönderim tarihi", """
    <p>Sayın Müşterimiz,</p>
    <p><strong>{o}</strong> numaralı siparişinizin gönderimi, tedarikçimizden gelen bakır kulplar geciktiği için birkaç gün ertelenmiştir.</p>
    <table>
      <tr><td>Ürün</td><td>Dövme bakır cezve, 4 fincanlık</td></tr>
      <tr><td>Önceki tahmini gönderim</td><td>08.12.2026</td></tr>
      <tr><td>Yeni tahmini gönderim</td><td>14.12.2026</td></tr>
    </table>
    <p>Anlayışınız için teşekkür ederiz.</p>
    <p>Saygılarımızla<br>Kazancılar Bakır Evi<br>Müşteri Hizmetleri</p>
""", [], "Builder HTML delay with a plain table.")

_m(3, "order-problem", "text", "[Önemli] {o} – ürün gönderilemiyor, tutar düzeltildi", """
    Merhaba Burak Bey,

    {o} numaralı siparişinizdeki iki termostan birini maalesef gönderemiyoruz; stokta son kalan ürün testte arızalı çıktı ve üreticide de kalmadı.

    Bu nedenle sipariş tutarını 749,90 TL azalttık (düzeltme nedeni: stokta yok). Diğer termostat planlandığı gibi yarın yola çıkacak, fark tutarı Amazon tarafından ödeme yönteminize iade edilecek.

    Kusura bakmayın,
    Serkan Yıldız
    AkıllıEv Teknoloji
""", [], "Order problem with adjusted amount; [Önemli] allowed on this critical type.")

_m(4, "additional-information", "text", "İsim yazısı için bilgi – {o}", """
    Merhaba,

    {o} numaralı siparişinizdeki kişiye özel kupa için yazılacak ismi sipariş notunda göremedik. Baskıya başlayabilmemiz için ismi (en fazla 14 karakter) ve büyük mü küçük harfle mi yazılacağını bu mesaja yanıt olarak iletebilir misiniz?

    Teşekkürler,
    Deniz – Kupa Baskı Evi, Eskişehir
""", [], "Asks for personalization text needed to complete the order.")

_m(5, "return-follow-up", "html", "İade talebiniz hakkında – {o}", """
    <p>Merhaba Zeynep Hanım,</p>
    <p>{o} numaralı siparişteki keten gömleğin düğmesinin eksik olduğunu bildirdiniz. Gömleği geri göndermek yerine elinizde tutmak isterseniz size 150,00 TL kısmi iade yapabiliriz.</p>
    <p>Yine de iade etmeyi tercih ederseniz ürün bize ulaştığında tam iade yapılır. Hangisini istediğinizi yazmanız yeterli.</p>
    <p>İyi günler dileriz<br>Gizem Koç<br>Pamuk &amp; Keten Tekstil</p>
""", [], "HTML return follow-up offering a partial refund.")

_m(6, "return-follow-up", "text", "İade için bir sorumuz var – {o}", """
    Merhaba,

    {o} numaralı siparişteki blender için iade talebinizi aldık. İadeyi tamamlayabilmemiz için şunu öğrenmemiz gerekiyor: cihaz hiç çalışmıyor mu, yoksa çalışırken mi durdu?

    Cevabınıza göre ürünü ya depomuza ya da doğrudan yetkili servise yönlendireceğiz.

    Selamlar,
    Emre, Mutfak Durağı
""", [], "Return follow-up asking for information to complete the return.")

_m(7, "invoice", "text", "{o} numaralı siparişinizin faturası", """
    Merhaba,

    {o} numaralı siparişinize ait e-Arşiv faturanız ektedir.

    Fatura No: FTR/2026/12/0098
    Fatura tarihi: 07.12.2026
    Toplam (KDV %20 dahil): 3.480,00 TL

    Satıcı:
    Ege Zeytin Gıda San. ve Tic. Ltd. Şti.
    Atatürk Mah. 1203 Sok. No:7, 35580 Karşıyaka/İzmir
    Vergi Dairesi: Karşıyaka, Vergi No: 3250481976
    MERSİS No: 0325048197600019
    Ticaret Sicil No: 214583

    Ek: FTR_2026_12_0098.pdf

    Saygılarımızla,
    Ege Zeytin Muhasebe
""", [], "Invoice with Vergi No, MERSİS and a slashed invoice number.")

_m(8, "review-request", "text", "Zeytinyağınız nasıl? – {o}", """
    Merhaba Ahmet Bey,

    {o} numaralı siparişinizdeki sızma zeytinyağı birkaç gündür sofranızda olmalı. Vaktiniz olursa Amazon'da ürün hakkında bir değerlendirme yazmanızı rica ederiz; olumlu ya da olumsuz, her görüş diğer alıcılara yol gösteriyor.

    Sağlıcakla kalın,
    Ege Zeytin ailesi
""", [], "Neutral review request in plain text.")

_m(9, "review-request", "html", "Siparişiniz hakkındaki görüşünüz – {o}", """
    <p><img src="https://cdn.seramikatolyesi.com.tr/mail/avanos-seramik-logo.png" alt="Avanos Seramik Atölyesi" width="170"></p>
    <p>Merhaba,</p>
    <p>{o} numaralı siparişinizdeki çay tabaklarının size ulaştığını umuyoruz. Deneyiminiz nasıl olursa olsun, dürüst bir değerlendirme bizim için çok değerli.</p>
    <p><a href="https://www.amazon.com.tr/review/review-your-purchases">Amazon.com.tr'de çay tabakları için değerlendirme yazın</a></p>
    <p>Sevgiyle<br>Avanos Seramik Atölyesi</p>
""", [], "HTML review request with shop logo (alt names the shop) and a descriptive Amazon link.")

_m(10, "delivery-scheduling", "text", "Koltuk teslimatı için randevu – {o}", """
    Merhaba Murat Bey,

    {o} numaralı siparişinizdeki üçlü koltuk ambalajıyla yaklaşık 85 kg ve iki kişilik ekibimiz tarafından teslim edilecek. Uygun saatlerimiz:

    - 15.12.2026 Salı, 09:00–12:00
    - 16.12.2026 Çarşamba, 13:00–17:00
    - 19.12.2026 Cumartesi, 10:00–14:00

    Size uyan saati ve binada asansör olup olmadığını yazarsanız randevuyu kesinleştiririz.

    İyi çalışmalar,
    Lojistik Birimi – Konak Mobilya
""", [], "Bulky delivery scheduling with dates and time slots.")

_m(11, "home-service-appointment", "html", "Kombi montajı randevusu – {o}", """
    <p>Merhaba,</p>
    <p>{o} numaralı siparişinizle birlikte kombi montaj hizmeti satın aldınız. Teknisyenimiz Hakan Usta aşağıdaki zamanlarda gelebilir:</p>
    <ul>
      <li>14 Aralık 2026 Pazartesi, 10:00–12:00</li>
      <li>17 Aralık 2026 Perşembe, 14:00–16:00</li>
    </ul>
    <p>Lütfen uygun olanı yanıt olarak bildirin. Montaj yaklaşık iki saat sürer; bu sürede gaz vanası kapalı olacaktır.</p>
    <p>Selamlar<br>IsıTek Teknik Servis</p>
""", [], "Home-service appointment with two time windows.")

_m(12, "custom-design-verification", "text", "Tasarım onayınız gerekiyor – {o}", """
    Merhaba Selin Hanım,

    {o} numaralı siparişinizdeki kişiye özel düğün davetiyesinin tasarım taslağını ekte gönderiyoruz: "Selin & Kerem – 20.02.2027", altın varak, krem kâğıt.

    İsimlerin ve tarihin yazımını kontrol edip "onaylıyorum" yazmanız ya da düzeltmeleri iletmeniz yeterli. Baskıya onayınızdan sonra başlayacağız.

    Ek: davetiye_taslak_v3.pdf

    Sevgiler,
    Nazlı – Kâğıt Atölyesi
""", [], "Design proof sent for verification.")

_m(13, "fulfillment-question", "text", "Bina kapı şifresi – {o}", """
    Merhaba,

    {o} numaralı siparişinizin kargosu (takip no 7310 4482 9915, referans no KT-2026/3318) dün Bağdat Caddesi No:214 adresindeki binanıza girilemediği için teslim edilemedi.

    Dış kapı şifresini ya da paketin bırakılabileceği bir komşu/kapıcı bilgisini paylaşabilir misiniz? Bilgiyi bir sonraki teslimat denemesinden önce kuryeye ileteceğiz.

    Teşekkürler,
    Mutfak Durağı
""", [], "Door-code question with tracking and reference numbers that are not phone numbers.")

_m(14, "reply", "text", "Ynt: ürün hakkında soru – {o}", """
    Merhaba,

    Evet, {o} numaralı siparişinizdeki "Barista Pro Milk Frother – Matte Black" modeli bitki sütleriyle de köpük yapıyor; yulaf sütünde en iyi sonucu alıyoruz. Şarjı USB-C ile yaklaşık 2 saatte doluyor.

    Kolay gelsin,
    Kahve Köşesi
""", [], "Reply quoting an English product title inside Turkish sentences.")

_m(15, "reply", "text", "Ynt: süpürge şarj olmuyor – {o}", """
    Merhaba Cem Bey,

    {o} numaralı siparişinizdeki dikey süpürgenin şarj olmaması üzüntü verici. Ürün 2 yıl üretici garantisi kapsamında ve arızalar doğrudan üreticinin yetkili servisleri tarafından onarılıyor.

    Üreticinin garanti hattı (Temizsan Elektrikli Ev Aletleri): 444 0 718, hafta içi 09:00–18:00. Aradığınızda cihazın altındaki seri numarasını hazır bulundurun.

    Sorun çözülmezse bize yeniden yazın, iade sürecini biz başlatırız.

    Saygılarımızla,
    Oğuz Kaya
    Ev Elektroniği Dünyası
""", [], "Manufacturer's warranty line, marked as such (BSM309 exception).")

_m(16, "reply", "html", "Ynt: kurumsal fatura – {o}", """
    <p>Merhaba,</p>
    <p>{o} numaralı siparişiniz için faturayı şirketiniz adına düzenleyebiliriz. Şirket unvanı, vergi dairesi ve vergi numaranızı bu mesaja yanıt olarak yazmanız yeterli.</p>
    <p>İyi çalışmalar<br>Ayşe Demir<br>Müşteri Temsilcisi</p>
    <p><small>Kırtasiye Pınarı Ltd. Şti. – Kızılay Mah. Gazi Mustafa Kemal Blv. No:45/6, 06420 Çankaya/Ankara<br>Vergi Dairesi: Maltepe, Vergi No: 5710248396 – MERSİS No: 0571024839600011</small></p>
""", [], "Reply with a company-details footer in small print.")

_m(17, "reply", "text", "Ynt: kargom nerede? ({o})", """
    Merhaba,

    {o} numaralı siparişinizin kargo takip numarası 1Z84R2W70491635527. Son hareket: 07.12.2026 saat 15:20, Gebze aktarma merkezi. Tahmini teslim 08.12.2026, saat 18:00'e kadar.

    Askıdaki elbise için açtığımız iadenin numarası IAD-2026-0731; 429,50 TL ürün elimize ulaştıktan sonra 3–5 iş günü içinde iade edilir.

    Selamlar,
    Moda Pazarı
""", [], "Reply with tracking and return numbers, dates, times and amounts.")

# ---------------- violations ----------------
_m(18, "fulfillment-question", "text", "Siparişiniz yola çıktı! {o}", """
    Merhaba,

    {o} numaralı siparişiniz bugün depomuzdan çıktı ve Yurtiçi Kargo'ya teslim edildi. 1–3 iş günü içinde elinizde olur.

    Kahve Köşesi
""", ["BSM201"], "Shipping confirmation: left the warehouse, handed to the carrier.")

_m(19, "fulfillment-question", "html", "Siparişinizi aldık – {o}", """
    <p>Merhaba,</p>
    <p>{o} numaralı siparişiniz bize ulaştı, şu an özenle hazırlanıyor. Hazır olduğunda haber vereceğiz.</p>
    <p>Sevgiler<br>Lokum Dükkânı</p>
""", ["BSM201"], "Order received and being prepared.")

_m(20, "fulfillment-question", "text", "Teşekkür ederiz – {o}", """
    Merhaba,

    {o} numaralı siparişiniz için çok teşekkür ederiz. Bizi tercih ettiğiniz için mutluyuz!

    Avanos Seramik Atölyesi
""", ["BSM202"], "Thanks-only message.")

_m(21, "fulfillment-question", "text", "Siparişiniz {o}", """
    Merhaba Fatma Hanım,

    {o} numaralı siparişinizle ilgili herhangi bir sorun olursa her zaman buradayız, çekinmeden yazabilirsiniz.

    İyi günler
    Pamuk & Keten Tekstil
""", ["BSM202"], "Only an offer to help if something comes up.")

_m(22, "delivery-delay", "text", "Kargo gecikmesi – {o}", """
    Merhaba,

    {o} numaralı siparişinizi yoğunluk nedeniyle 12.12.2026 Cumartesi günü gönderebileceğiz. Kusura bakmayın.

    Lokum Dükkânı

    Not: Yılbaşına özel tüm ürünlerde %20 indirim başladı, mağazamıza göz atmayı unutmayın!
""", ["BSM203"], "Permitted delay with a P.S. promoting 20% off.")

_m(23, "reply", "html", "Ynt: beden sorusu – {o}", """
    <p>Merhaba,</p>
    <p>{o} numaralı siparişinizdeki hırka L beden, göğüs genişliği 58 cm.</p>
    <p>Bu arada yeni kış koleksiyonumuz yayında! Bizi Instagram'da takip edin ve bültenimize abone olun, kampanyaları ilk siz duyun.</p>
    <p>Sevgiler<br>Moda Pazarı</p>
""", ["BSM203"], "New collection, follow us and newsletter.")

_m(24, "review-request", "text", "Küçük bir ricamız var – {o}", """
    Merhaba,

    {o} numaralı siparişinizdeki lokum kutusu hakkında Amazon'da yorum yazarsanız, yorumunuz yayınlandığı anda size teşekkür olarak küçük bir lokum hediye paketi göndereceğiz.

    Afiyet olsun,
    Lokum Dükkânı
""", ["BSM204"], "Gift promised once the review is published.")

_m(25, "review-request", "text", "Yorumunuza tam iade – {o}", """
    Merhaba,

    {o} numaralı siparişinizdeki kulaklık için Amazon'a bir değerlendirme yazın; yorumunuz yayında olduğu anda ödediğiniz ücretin tamamını iade ediyoruz.

    Ses Dünyası
""", ["BSM204"], "Full refund once the review is online.")

_m(26, "reply", "text", "Ynt: kırık fincan – {o}", """
    Merhaba Mehmet Bey,

    {o} numaralı siparişteki fincan takımıyla ilgili sorunu birlikte çözebildiğimize sevindik. Sorun çözüldüğüne göre, tek yıldızlı değerlendirmenizi güncellemeniz ya da kaldırmanız mümkün mü? Küçük bir atölye için çok önemli.

    Saygılarımla,
    Avanos Seramik Atölyesi
""", ["BSM205"], "Asks to update or remove a one-star review.")

_m(27, "review-request", "html", "Memnun kaldınız mı? {o}", """
    <p>Merhaba,</p>
    <p>{o} numaralı siparişinizdeki masa lambasından memnunsanız Amazon'da bir yorum bırakmanız bizi çok mutlu eder. Memnun değilseniz lütfen yorum yazmak yerine önce bize ulaşın, birlikte çözelim.</p>
    <p>Işık Tasarım</p>
""", ["BSM206"], "Review only if satisfied; unhappy buyers steered to the shop.")

_m(28, "review-request", "text", "5 yıldız rica ediyoruz – {o}", """
    Merhaba,

    {o} numaralı siparişinizdeki kahve değirmeninden memnun kaldıysanız bize Amazon'da 5 yıldız verebilir misiniz?

    Kahve Köşesi
""", ["BSM206"], "Asks for five stars.")

_m(29, "order-problem", "text", "Stok sorunu – {o}", """
    Merhaba,

    {o} numaralı siparişinizdeki duvar saati maalesef tükendi, bu yüzden gönderemiyoruz. Sipariş tutarını 1.150,00 TL düşürdük (neden: stokta yok). Siparişte yalnızca pil kaldığı için en hızlı çözüm, siparişin tamamını Amazon hesabınızdan kendiniz iptal etmeniz olur.

    Zaman Atölyesi
""", ["BSM108"], "Amount adjusted for the sold-out clock, but advises the buyer to cancel himself.")

_m(30, "order-problem", "html", "Siparişiniz hakkında – {o}", """
    <p>Sayın Müşterimiz,</p>
    <p>{o} numaralı siparişinizdeki mont tedarikçimizde kalmamıştır. Sipariş için bir iptal talebi oluşturmanızı rica ederiz.</p>
    <p>Saygılarımızla<br>Dağ Outdoor</p>
""", ["BSM107", "BSM108"], "Order problem asking for a cancellation request, no adjustment confirmed.")

_m(31, "delivery-delay", "text", "Gönderim tarihi değişti – {o}", """
    Merhaba,

    {o} numaralı siparişiniz 17.12.2026 Perşembe günü kargoya verilecek.

    Işık Tasarım

    Bu tür mesajları artık almak istemiyorsanız DUR yazıp yanıtlayın.
""", ["BSM305"], "Opt-out instruction (reply DUR).")

_m(32, "reply", "text", "Ynt: paketim ezik geldi – {o}", """
    Merhaba,

    Bu siktiğimin kargocusu yine paketi ezmiş, ne desek boş. {o} numaralı siparişteki vazonun ücretini iade ettik, kırık olanı atabilirsiniz.

    Cam Sanatları
""", ["BSM306"], "Turkish profanity about the courier.")

_m(33, "delivery-delay", "text", "Shipping delay – order {o}", """
    Hello,

    Your order {o} will be dispatched on 16 December 2026, three days later than planned. Sorry for the inconvenience.

    Kind regards,
    Konak Mobilya
""", ["BSM104"], "Message entirely in English for a tr-TR buyer.")

_m(34, "reply", "text", "Ynt: değişim – {o}", """
    Merhaba,

    {o} numaralı siparişinizdeki beden değişimi için beni arayın, telefonla daha hızlı hallederiz: 0532 418 27 63.

    Gizem, Pamuk & Keten Tekstil
""", ["BSM309"], "Turkish mobile number in national format.")

_m(35, "delivery-scheduling", "html", "Teslimat günü – {o}", """
    <p>Merhaba,</p>
    <p>{o} numaralı siparişinizdeki gardırobun teslimat gününü ayarlamak için lojistik ekibimizi arayabilirsiniz: +90 232 463 18 55 (hafta içi 08:30–17:30).</p>
    <p>Konak Mobilya</p>
""", ["BSM309"], "Phone number in international format.")

_m(36, "reply", "text", "Ynt: hasar fotoğrafları – {o}", """
    Merhaba,

    {o} numaralı siparişteki hasarın fotoğraflarını doğrudan destek@camsanatlari.com.tr adresine gönderirseniz daha hızlı inceleriz.

    Cam Sanatları
""", ["BSM308"], "Plain e-mail address.")

_m(37, "custom-design-verification", "text", "Logo dosyanız – {o}", """
    Merhaba,

    {o} numaralı siparişinizdeki baskılı önlük için logonuzun vektörel dosyasını buraya yükleyemiyorsanız tasarim et kupabaskievi nokta com adresine atabilirsiniz.

    Deniz – Kupa Baskı Evi
""", ["BSM308"], "Obfuscated e-mail address using 'et' and 'nokta'.")

_m(38, "reply", "html", "Ynt: bakır bakımı – {o}", """
    <p>Merhaba,</p>
    <p>{o} numaralı siparişinizdeki cezvenin kalaylı iç yüzeyini limon ve tuzla temizleyebilirsiniz. Ayrıntılar <a href="https://www.kazancilarbakirevi.com.tr/bakir-bakim-rehberi">web sitemizdeki bakır bakım rehberinde</a>.</p>
    <p>Kazancılar Bakır Evi</p>
""", ["BSM302"], "https link with descriptive text to the seller's own site.")

_m(39, "reply", "html", "Ynt: kurulum kılavuzu – {o}", """
    <p>Merhaba,</p>
    <p>{o} numaralı siparişinizdeki termostatın kurulum kılavuzu <a href="http://www.amazon.com.tr/dp/B0CT4LQ8ZN">Amazon.com.tr'deki termostat ürün sayfasında</a> yer alıyor.</p>
    <p>AkıllıEv Teknoloji</p>
""", ["BSM301"], "Amazon link over plain http.")

_m(40, "delivery-delay", "html", "Kilim gönderimi ertelendi – {o}", """
    <p>Merhaba,</p>
    <p>{o} numaralı siparişinizdeki kilimi 15.12.2026 tarihinde göndereceğiz.</p>
    <p><img src="https://cdn.usakdokuma.com.tr/urunler/kilim-terrakota-120x180.jpg" alt="Sipariş ettiğiniz terrakota el dokuması kilim" width="360"></p>
    <p>Uşak Dokuma Atölyesi</p>
""", ["BSM310"], "Photo of the purchased rug.")

_m(41, "delivery-delay", "html", "Yeni yıl öncesi gecikme – {o}", """
    <p>Merhaba,</p>
    <p>Yılbaşı yoğunluğu nedeniyle {o} numaralı siparişiniz 14.12.2026'da kargoya verilecek.</p>
    <p><img src="https://cdn.lokumdukkani.com.tr/mail/kar-yagan-orman.jpg" alt="Kar yağan çam ormanı" width="400"></p>
    <p>Lokum Dükkânı</p>
""", ["BSM311"], "Stock snowy-forest image unrelated to the shop.")

_m(42, "additional-information", "html", "Yüzük ölçüsü – {o}", """
    <p><img src="https://cdn.altinkuyumcu.com.tr/mail/altin-kuyumcu-logo.png" alt="" width="140"></p>
    <p>Merhaba,</p>
    <p>{o} numaralı siparişinizdeki yüzüğü hazırlayabilmemiz için yüzük ölçünüzü (ör. 14 veya 16 numara) yazabilir misiniz?</p>
    <p>Altın Kuyumcu</p>
""", ["BSM402"], "Shop logo with an empty alt.")

_m(43, "review-request", "text", "Lokumlar nasıldı? {o}", """
    Merhaba!

    {o} numaralı siparişinizdeki lokumları beğendiniz mi? 😊 Amazon'da bir yorum yazarsanız çok seviniriz 🙏

    Lokum Dükkânı
""", ["BSM403"], "Emoji in a review request.")

_m(44, "reply", "text", "Ynt: renk sorusu – {o}", """
    Merhaba,

    {o} numaralı siparişinizdeki yün çile renk kodu 2207, aynı renkten tekrar sipariş verebilirsiniz :D

    Örgü Sepeti
""", ["BSM403"], "Text emoticon ':D'.")

_m(45, "delivery-delay", "html", "Gecikme – {o}", """
    <style>
      p { font-size: 13px; }
      .baslik { font-size: 21px; }
      .vurgu { font-size: 16px; }
      .dipnot { font-size: 10px; }
    </style>
    <p class="baslik">Gönderim tarihi güncellendi</p>
    <p class="vurgu">{o} numaralı siparişiniz 18.12.2026'da gönderilecek.</p>
    <p>Anlayışınız için teşekkürler.</p>
    <p class="dipnot">Zaman Atölyesi</p>
""", ["BSM410"], "Four explicit font sizes in a style block.")

_m(46, "additional-information", "html", "Adres bilgisi eksik – {o}", """
    <p>Merhaba,</p>
    <p>{o} numaralı siparişinizin adresinde daire numarası eksik. Yanıt olarak iletebilir misiniz?</p>
    <p></p>
    <p></p>
    <p>Teşekkürler</p>
    <p>&nbsp;</p>
    <p>Konak Mobilya</p>
""", ["BSM412"], "Empty paragraphs between paragraphs.")

_m(47, "reply", "text", "[Önemli] Ynt: kupa rengi – {o}", """
    Merhaba,

    {o} numaralı siparişinizdeki kupaların iç rengi lacivert, dışı mat beyaz.

    Kupa Baskı Evi
""", ["BSM110"], "[Önemli] tag on a non-critical reply.")

_m(48, "reply", "html", "Ynt: ürün ölçüleri – {o}", """
    <p>Merhaba,</p>
    <p>{o} numaralı siparişinizdeki rafın ölçüleri ürün sayfasında: <a href="https://www.amazon.com.tr/dp/B0DF2K7WQX">https://www.amazon.com.tr/dp/B0DF2K7WQX</a></p>
    <p>Konak Mobilya</p>
""", ["BSM401"], "Bare URL as link text.")

# ---------------- varying ----------------
_m(49, "reply", "text", "Ynt: kargo yine gecikti – {o}", """
    Merhaba,

    Kargo firması yine fucking her şeyi batırdı, gerçekten bullshit bir durum. {o} numaralı siparişinizin ücretini tamamen iade ettik.

    Ses Dünyası
""", ["BSM306"], "English profanity inside Turkish sentences.")

_m(50, "delivery-delay", "html", "Gönderim ertelendi – {o}", """
    <p>Merhaba,</p>
    <p>{o} numaralı siparişinizdeki çay tabakları 16.12.2026'da gönderilecek.</p>
    <p>Avanos Seramik Atölyesi</p>
    <img src="https://trk.mailmetric.io/open.gif?uid=88412&amp;cid=tr-dec" width="1" height="1" alt="">
""", ["BSM307", "BSM402"], "1x1 tracking pixel with empty alt.")
