"""v14 blind evaluation set: Turkish (tr-TR), 50 messages."""

LANG, LOC, PREFIX = "tr", "tr-TR", "458"


def _oid(n):
    a = (1414213 + n * 120977) % 10000000
    b = (6931471 + n * 76541) % 10000000
    return "%s-%07d-%07d" % (PREFIX, a, b)


MESSAGES = []


def _m(n, typ, fmt, subject, body, expected, note):
    o = _oid(n)
    MESSAGES.append({
        "id": "v14-%s-%03d" % (LANG, n),
        "language": LANG,
        "locale": LOC,
        "type": typ,
        "format": fmt,
        "subject": subject.replace("{O}", o),
        "body": body.replace("{O}", o).replace("{ONOHY}", o.replace("-", "")),
        "order_id": o,
        "expected": sorted(expected),
        "note": note,
    })
_m(1, "delivery-delay", "text", "{O} numaralı siparişinizin gönderimi gecikecek",
"""Merhaba Zeynep Hanım,

{O} numaralı siparişinizdeki el dokuması pamuk örtü (150 x 200 cm, bej) hakkında yazıyorum. Denizli'deki tezgâhımızda iplik tedariki gecikti; örtünüzü ilanda belirtilen 11 Aralık yerine 16 Aralık 2026'da kargoya vermeyi planlıyoruz.

Bu tarih size uymazsa bu mesaja cevap yazmanız yeterli, birlikte bir çözüm buluruz.

Sevgiyle,
Gülsüm Arslan
Buldan Dokuma Atölyesi""",
[], "Clean plain-text delivery delay with a new ship date.")

_m(2, "delivery-delay", "html", "Sipariş {O} – yeni gönderim tarihi",
"""<p>Sayın Müşterimiz,</p>
<p><b>{O}</b> numaralı siparişinizin hazırlanması planladığımızdan uzun sürecek. <i>Bakır Cezve Seti (3 parça)</i> ustamızın elinde son kalaylama aşamasında.</p>
<table>
<tr><td>İlk gönderim tarihi:</td><td>09.12.2026</td></tr>
<tr><td>Yeni gönderim tarihi:</td><td>17.12.2026</td></tr>
</table>
<p>Yaşattığımız gecikme için özür dileriz. Sorularınızı Amazon mesaj merkezi üzerinden iletebilirsiniz.</p>
<p>Saygılarımızla<br>Müşteri Hizmetleri, Gaziantep Bakırcısı</p>""",
[], "Clean builder HTML delay with a date table.")

_m(3, "order-problem", "text", "[Önemli] {O} numaralı siparişinizle ilgili sorun",
"""Merhaba,

Maalesef {O} numaralı siparişinizi (termos Yayla 750 ml, lacivert) gönderemiyoruz. Paketleme öncesi kontrolde elimizdeki son ürünün kapağının çatlak olduğu görüldü ve üretici bu rengi artık üretmiyor.

Sipariş tutarının tamamı Seller Central üzerinden "NoInventory" (stok yok) gerekçesiyle düzeltildi. 489,90 TL tutarındaki iade, Amazon'un süreçlerine göre birkaç iş günü içinde hesabınıza yansıyacaktır.

Tekrar özür dileriz.
Kamp Dükkanı Ege""",
[], "Clean order problem with amount adjusted; [Önemli] allowed on this type.")

_m(4, "additional-information", "text", "Gravür yazısı hakkında – sipariş {O}",
"""Selam Emre,

Ceviz kesme tahtası siparişin için teşekkürler ({O}). Kişiselleştirme alanına sadece "Anneme" yazılmış; yazı bu kadar mı olacak, yoksa altına bir tarih ya da isim de ekleyelim mi?

Pazartesi gravüre başlıyoruz, pazar akşamına kadar dönersen zamanında yetiştiririz.

Atölyeden selamlar,
Serkan – Ahşap Hikâye""",
[], "Clean familiar request for missing engraving text.")

_m(5, "return-follow-up", "text", "İade talebiniz – sipariş {O}",
"""Merhaba Can Bey,

{O} numaralı siparişinizdeki Ofis Pro çalışma koltuğu için iade talebinizi aldık; kolçağın gıcırdadığını belirtmişsiniz. Kurye çağırmadan önce size bir seçenek sunmak istiyoruz: koltuğu kullanmaya devam ederseniz 650,00 TL (fiyatın yaklaşık %25'i) kısmi iade yapalım, ayrıca yeni bir kolçağı ücretsiz gönderelim.

Tam iadeyi tercih ederseniz "iade" yazmanız yeterli; iade etiketini hemen hazırlarız.

Saygılarımızla
Elif Kara
Müşteri Destek, Ofis Mobilya Dünyası""",
[], "Clean return follow-up offering a partial refund.")

_m(6, "return-follow-up", "text", "Sipariş {O}: iadeyi tamamlamak için bir bilgi",
"""Merhaba,

{O} numaralı siparişe ait iade paketi bize ulaştı, ancak içinden iki nevresim takımından yalnızca biri çıktı. Diğer takımı ayrı bir kargoyla mı gönderdiniz? Öyleyse kargo takip numarasını paylaşırsanız iki paketi eşleştirip iadeyi tamamlayabiliriz.

Teşekkürler,
Pamuk Köşesi – İade Birimi""",
[], "Clean return follow-up asking for information needed for the return.")

_m(7, "invoice", "text", "Sipariş {O} faturanız",
"""Merhaba,

{O} numaralı siparişinize ait TZG/2026/000457 numaralı e-Arşiv faturayı ekte bulabilirsiniz. Fatura, sipariş sırasında bildirdiğiniz şirket bilgilerine göre düzenlenmiştir.

KDV dahil toplam: 4.812,00 TL (KDV %20: 802,00 TL). Fatura tarihi: 03.12.2026.

İyi çalışmalar dileriz.
Muhasebe Birimi

Tezgah Hırdavat Ticaret Ltd. Şti.
Kazım Dirik Mah. 372. Sok. No: 8/2, 35100 Bornova/İzmir
Vergi Dairesi: Bornova, Vergi No: 8340512769
MERSİS No: 0834051276900015
Ticaret Sicil No: 198452""",
[], "Clean invoice with Vergi No, MERSİS and an invoice number with slashes.")

_m(8, "review-request", "text", "Fırçalar nasıl gidiyor? Sipariş {O}",
"""Merhaba,

{O} numaralı siparişinizdeki suluboya fırçalarının teslim edilmesinin üzerinden bir hafta geçti. Vaktiniz olursa Amazon'da ürün hakkında bir değerlendirme yazmanızdan memnuniyet duyarız; olumlu ya da olumsuz, her görüş ürün seçimimize yardımcı oluyor.

Selamlarımızla
Lacivert Sanat Malzemeleri""",
[], "Clean neutral review request in plain text.")

_m(9, "review-request", "html", "Deneyiminizi paylaşır mısınız? – sipariş {O}",
"""<p><img src="https://cdn.camatolyesiefes.com.tr/eposta/logo-cam-atolyesi-efes.png" alt="Cam Atölyesi Efes logosu" width="170" height="56"></p>
<p>Merhaba,</p>
<p>{O} numaralı siparişinizle aldığınız vitray süsü için teşekkür ederiz. Görüşlerinizi paylaşırsanız çok seviniriz; samimi her yorum küçük atölyemiz için değerli.</p>
<p><a href="https://www.amazon.com.tr/review/create-review?asin=B0CVTRY4K2">Vitray süsünü Amazon.com.tr'de değerlendirin</a></p>
<p>Sevgilerle<br>Cam Atölyesi Efes</p>""",
[], "Clean HTML review request with shop logo, alt naming the shop and descriptive Amazon link.")

_m(10, "delivery-scheduling", "text", "Gardırop teslimatı için randevu – sipariş {O}",
"""Merhaba Ayşe Hanım,

{O} numaralı siparişinizdeki Nehir sürgülü gardırop (200 cm) paketlenmiş hâliyle yaklaşık 140 kg geliyor; bu yüzden kendi ekibimiz taşıyarak teslim ediyor. Uygun zamanlarımız:

- Salı, 15.12.2026, 08.00–12.00
- Çarşamba, 16.12.2026, 12.00–16.00
- Cuma, 18.12.2026, 09.00–13.00

Birini seçip binada asansör olup olmadığını bildirir misiniz? (Adres: Kızılay Mah. Gazi Mustafa Kemal Blv. No: 24/9, 06420 Çankaya/Ankara)

İyi günler,
Lojistik Planlama, Mobilya Kare""",
[], "Clean delivery scheduling for a bulky item with time slots.")

_m(11, "home-service-appointment", "text", "Bulaşık makinesi montaj randevusu – sipariş {O}",
"""Merhaba,

{O} numaralı siparişinizle ankastre bulaşık makinesi montaj hizmeti de satın aldınız. Teknisyenimiz Hakan Bey şu saatlerde gelebilir:

Perşembe, 10 Aralık 2026, 10.00–12.00
Cumartesi, 12 Aralık 2026, 08.00–10.00

Hangisi uygunsa onaylamanızı ve tezgâh altında su bağlantısının hazır olup olmadığını bildirmenizi rica ederiz. Montaj genellikle bir buçuk saat kadar sürüyor.

Saygılarımızla
Beyaz Eşya Servis Noktası""",
[], "Clean home-service appointment with two slots.")

_m(12, "custom-design-verification", "html", "Tasarım onayınız gerekiyor – sipariş {O}",
"""<p>Merhaba Derya,</p>
<p>{O} numaralı siparişindeki tişörtün tasarım taslağını ekte gönderiyorum (<b>taslak_tisort_v2.pdf</b>). "Bekârlığa Veda – Selin 2026" yazısı Montserrat yazı tipinde, baskı rengi altın.</p>
<p>Lütfen şunlara bir göz at:</p>
<ul>
<li>ismin yazılışı,</li>
<li>baskı boyutu (28 cm genişlik),</li>
<li>satırların sırası.</li>
</ul>
<p>Her şey tamamsa "onaylıyorum" yazman yeterli; iki iş günü içinde basıyoruz.</p>
<p>Buse<br>Baskı Sokağı</p>""",
[], "Clean design proof verification in HTML.")

_m(13, "fulfillment-question", "text", "Site giriş kodu – sipariş {O}",
"""Merhaba,

{O} numaralı siparişinizi teslim edecek kurye, Çamlık Sitesi'nin (Bağdat Cad. No: 301) giriş kapısından içeri alınmadığını bildirdi. Kapı kodunu ya da güvenliğe verilecek daire numarasını paylaşabilir misiniz?

Kargo iş emri no: KG/2026/77104, teslimat referansı: REF 5530-2291.

Teşekkürler,
Baharat Çarşısı Online""",
[], "Clean door-code question with reference numbers.")

_m(14, "reply", "text", "Ynt: \"Ocean Dreams Collection\" hakkında – {O}",
"""Merhaba,

Evet, {O} numaralı siparişinizdeki "Ocean Dreams Collection – 1000 Pieces" yapbozu aynı yayınevinin orijinal serisi; yalnızca kutunun üzerindeki açıklama İngilizce. Görsel ve parça sayısı Türkçe baskıyla birebir aynı.

Kutunun içinde resmin posteri de var, işinizi kolaylaştıracaktır.

Keyifli oyunlar!
Nur, Yapboz Dünyası""",
[], "Clean reply quoting an English product title inside Turkish sentences.")

_m(15, "reply", "text", "Ynt: Süpürge şarj olmuyor – sipariş {O}",
"""Merhaba Murat Bey,

{O} numaralı siparişinizdeki Vakumsan V9 süpürgenin iki ay sonra şarj olmamaya başlamasına çok üzüldük. Ürün 2 yıl üretici garantisi kapsamında ve onarımlar doğrudan markanın yetkili servisi tarafından yapılıyor.

Üretici garanti hattı (Vakumsan): 0850 222 45 60, hafta içi 09.00–18.00. Başvururken haznenin altındaki etiketteki seri numarasını hazır bulundurmanız yeterli.

Serviste bir sorun yaşarsanız bize tekrar yazabilirsiniz.

Saygılarımızla
Temiz Ev Müşteri Hizmetleri""",
[], "Clean reply with the manufacturer's warranty hotline marked as such.")

_m(16, "reply", "html", "Ynt: Firma bilgileri – sipariş {O}",
"""<p>Merhaba,</p>
<p>{O} numaralı siparişin faturasını şirketiniz adına düzenleyebiliriz; bu mesaja unvan, adres, vergi dairesi ve vergi numaranızı yazmanız yeterli. Kendi firma bilgilerimiz aşağıdadır.</p>
<p>İyi çalışmalar<br>Gizem Yıldız<br>Satış Sorumlusu</p>
<hr>
<p><small>Kahve Durağı Gıda San. ve Tic. A.Ş.<br>
Cumhuriyet Mah. Atatürk Cad. No: 45/3, 16050 Nilüfer/Bursa<br>
Vergi Dairesi: Nilüfer · Vergi No: 5210348867 · MERSİS: 0521034886700012</small></p>""",
[], "Clean reply with a company-details footer.")

_m(17, "reply", "text", "Ynt: İade durumu – {O}",
"""Merhaba,

{O} numaralı siparişinizin iade kaydı RMA 2026/12/0519 numarasıyla açıldı. Kargo firması paketi 14.12.2026 Pazartesi günü 10.00 ile 14.00 arasında adresinizden alacak; iade gönderisinin takip numarası 7310442819.

Paket depomuza ulaştıktan sonra (genellikle 2–3 gün) 1.349,00 TL'lik iadeyi başlatacağız; Amazon tutarı kartınıza aktaracak.

Saygılarımızla
Koşu Mağazası Adım""",
[], "Clean reply with return numbers, date, time window and amount.")

_m(18, "fulfillment-question", "text", "Siparişiniz {O} yola çıktı",
"""Merhaba,

{O} numaralı siparişinizin paketi bu sabah Bursa'daki depomuzdan çıktı ve Yurtiçi Kargo'ya teslim edildi. Yarın elinizde olması bekleniyor.

Selamlar,
Çay Evi Rize""",
["BSM201"], "Shipping confirmation: left the warehouse, handed to the carrier.")

_m(19, "additional-information", "text", "Onay – {O}",
"""Merhaba!

{O} numaralı siparişiniz bize ulaştı, şu anda hazırlıyoruz. Mumlarımızı elde döküyoruz; her şeyin yolunda gittiğini haber vermek istedik.

Fitil Mum Atölyesi""",
["BSM201"], "Order confirmation: received and being prepared.")

_m(20, "reply", "text", "Teşekkürler! Sipariş {O}",
"""Merhaba,

Bizi tercih ettiğiniz ve güvendiğiniz için çok teşekkür ederiz ({O}). Bu bizim için çok değerli!

Bambu Köşe Ekibi""",
["BSM202"], "Thanks only.")

_m(21, "fulfillment-question", "text", "Sipariş {O}",
"""Merhaba,

{O} numaralı siparişinizle ilgili herhangi bir sorun olursa buradayız. Yazmanız yeterli.

Selamlar,
Bisiklet Atölyesi Jant""",
["BSM202"], "Only 'we are here if anything comes up'.")

_m(22, "delivery-delay", "text", "Sipariş {O} 17 Aralık'ta gönderilecek",
"""Merhaba,

{O} numaralı siparişinizdeki uyku tulumunu (Kaçkar −10) yeni fermuar partisini beklediğimiz için 11 Aralık yerine 17 Aralık'ta göndereceğiz.

Gecikme için kusura bakmayın.

Doğa Kampçısı Ekibi

Not: Aralık sonuna kadar tüm kış koleksiyonunda %20 indirim var – Amazon mağazamıza mutlaka göz atın!""",
["BSM203"], "Permitted delay with a promotional postscript.")

_m(23, "review-request", "text", "Seramikler nasıl? – {O}",
"""Merhaba,

{O} numaralı siparişinizdeki kâseler birkaç gün önce ulaştı; isterseniz Amazon'da nasıl bulduğunuzu yazabilirsiniz, görüşünüz ne olursa olsun.

El yapımı işleri seviyorsanız bizi Instagram'da (Çamur ve Ateş) takip edin, bültenimize de abone olun – ocakta yeni tabak koleksiyonumuzu tanıtıyoruz!

Çamur ve Ateş Seramik Atölyesi""",
["BSM203"], "Follow us / newsletter / new collection.")

_m(24, "review-request", "text", "Küçük bir hediye – sipariş {O}",
"""Merhaba,

{O} numaralı siparişinizdeki gözlük kılıfını beğendiğinizi umuyoruz. Yorumunuz Amazon'da yayınlanır yayınlanmaz teşekkür olarak atölyemizden deri bir anahtarlık göndereceğiz.

Sevgiler
Deri Zanaat Evi""",
["BSM204"], "Small gift once the review is published.")

_m(25, "review-request", "text", "Yorumunuza karşılık para iadesi – {O}",
"""Merhaba Burak Bey,

Size bir teklifimiz var: {O} numaralı siparişinizdeki şarj cihazı için bir yorum yazın, yorum Amazon'da göründüğü anda ödediğiniz 349 TL'nin tamamını iade edelim. Yorumun bağlantısını bize iletmeniz yeterli.

Selamlar
ŞarjPlus Türkiye""",
["BSM204"], "Full refund once the review is online.")

_m(26, "reply", "text", "Ynt: Kırık saksı – {O}",
"""Merhaba,

{O} numaralı siparişteki çatlak saksının yerine yenisini gönderdik, tekrar özür dileriz. Sorun çözüldüğüne göre bir yıldızlı değerlendirmenizi güncellemeniz ya da kaldırmanız mümkün mü?

Teşekkürler
Balkon Bahçem""",
["BSM205"], "Asks to change or remove a one-star review.")

_m(27, "review-request", "text", "Memnun kaldınız mı? – {O}",
"""Merhaba,

{O} numaralı siparişinizdeki kafa lambasından memnun kaldıysanız Amazon'da yorum yazmanızı rica ederiz. Bir sorun varsa yorum yazmak yerine lütfen önce bize ulaşın – mutlaka çözeriz.

Kamp ve Doğa""",
["BSM206"], "Review only if satisfied; unhappy buyers steered away.")

_m(28, "review-request", "html", "Beş yıldız? – sipariş {O}",
"""<p>Merhaba,</p>
<p>{O} numaralı siparişiniz için teşekkürler! Yoga matı beklentinizi karşıladıysa <b>5 yıldız</b> vermeniz bizim gibi küçük bir işletme için çok büyük destek olur.</p>
<p><a href="https://www.amazon.com.tr/review/create-review?asin=B0DYOGA908">Yoga matını Amazon.com.tr'de puanlayın</a></p>
<p>Nefes Yoga Stüdyosu</p>""",
["BSM206"], "Asks for a five-star rating.")

_m(29, "order-problem", "text", "Stok sorunu – sipariş {O}",
"""Merhaba,

Maalesef Ses Pro kulaklıkların son adetleri satıldı, bu yüzden {O} numaralı siparişinizi gönderemiyoruz. Sipariş tutarının tamamını zaten düzelttik (gerekçe: NoInventory).

En hızlısı, siparişi "Siparişlerim" sayfasından kendiniz iptal etmeniz; böylece sistemde açık bir kayıt kalmaz.

Kusura bakmayın,
Ses Deposu""",
["BSM108"], "Advises the buyer to cancel; adjustment confirmed.")

_m(30, "order-problem", "text", "Sipariş {O} – iptal talebi rica",
"""Merhaba Sevgi Hanım,

{O} numaralı siparişinizdeki retro su ısıtıcısının sarı rengi tükendi ve yeni parti gelmeyecek. Siparişiniz için bir iptal talebi oluşturursanız çok memnun oluruz; bu her iki taraf için de en kolayı.

Saygılarımızla
Nine Mutfağı""",
["BSM107", "BSM108"], "Asks for a cancellation request; no adjustment confirmed.")

_m(31, "delivery-delay", "text", "Yeni tarih – {O}",
"""Merhaba,

{O} numaralı siparişinizdeki kaz tüyü yorganı (200x220), doğru ölçüdeki kılıfı beklediğimiz için 16.12.2026'da göndereceğiz.

Yaşattığımız aksaklık için özür dileriz.
Yorgancı Ustası

Bizden mesaj almak istemiyorsanız DUR yazıp yanıtlayın.""",
["BSM305"], "Opt-out instruction (reply DUR).")

_m(32, "reply", "text", "Ynt: Paketim nerede? {O}",
"""Merhaba,

Bu kargocu yine işi bok etti – {O} numaralı siparişin paketini cuma günü teslim etmesi gerekiyordu, hâlâ araçta geziyor. Kargo firmasına şikâyet açtık, bugün kendi masrafımızla yeni bir paket çıkıyoruz.

Bu rezillik için kusura bakmayın.
Yusuf, Vida Hırdavat""",
["BSM306"], "Turkish profanity in a reply.")

_m(33, "delivery-delay", "text", "Lieferverzögerung – Bestellung {O}",
"""Guten Tag,

der Versand Ihrer Bestellung {O} verzögert sich leider um etwa eine Woche. Der Bilderrahmen aus Nussbaum wird voraussichtlich am 16.12.2026 verschickt.

Wir bitten um Ihr Verständnis.
Rahmenwerkstatt Köln""",
["BSM104"], "Message to a Turkish buyer written in German.")

_m(34, "reply", "text", "Ynt: Bot numarası – {O}",
"""Merhaba,

{O} numaralı siparişinizdeki trekking botları beden tablosuna uygun; 42 numara 27 cm iç tabana denk geliyor. Konuşmayı tercih ederseniz bizi 0532 418 27 63'ten arayabilirsiniz, 17.00'ye kadar açığız.

Selamlar
Mert, Patika Ayakkabı""",
["BSM309"], "Seller's mobile number in national format.")

_m(35, "delivery-scheduling", "text", "Kanepe teslimatı – {O}",
"""Merhaba,

{O} numaralı siparişinizdeki kanepeyi önümüzdeki hafta getireceğiz. Saat belirlemek için sevkiyat birimimizi +90 212 544 18 30 numarasından arayabilirsiniz (hafta içi 08.00–16.00).

Koltuk Sarayı Mobilya""",
["BSM309"], "Seller phone number in international format.")

_m(36, "reply", "text", "Ynt: Kurulum kılavuzu – {O}",
"""Merhaba,

{O} numaralı siparişinizdeki kitaplığın kurulum kılavuzu PDF olarak elimizde; kurulum@rafustasi.com.tr adresine yazarsanız hemen gönderiyoruz.

Raf Ustası""",
["BSM308"], "Plain e-mail address.")

_m(37, "additional-information", "text", "Perde ölçüleri – {O}",
"""Merhaba,

{O} numaralı siparişinizdeki perdeleri dikebilmemiz için pencerenin yüksekliğine ihtiyacımız var. En kolayı, metreyle çektiğiniz bir fotoğrafı şu adrese göndermeniz: dikim [et] perdeevi [nokta] com.

Sevgiler
Hülya, Perde Evi""",
["BSM308"], "Obfuscated e-mail address ('[et]', '[nokta]').")

_m(38, "reply", "html", "Ynt: Kesme tahtası bakımı – {O}",
"""<p>Merhaba,</p>
<p>{O} numaralı siparişinizdeki kesme tahtası zeytin ağacından; ayda bir yağlamanız yeterli. Daha fazla ipucu rehberimizde:</p>
<p><a href="https://www.zeytinagaciev.com.tr/rehber/kesme-tahtasi-bakimi">Zeytin Ağacı Ev sitesindeki kesme tahtası bakım rehberi</a></p>
<p>Selamlar<br>Zeytin Ağacı Ev</p>""",
["BSM302"], "https link to the seller's own site, not needed for the order.")

_m(39, "review-request", "html", "Sipariş {O} hakkında yorumunuz",
"""<p>Merhaba,</p>
<p>vaktiniz olursa {O} numaralı siparişinizdeki battaniye hakkında görüşlerinizi merak ediyoruz.</p>
<p><a href="http://www.amazon.com.tr/review/create-review?asin=B0CBATT321">Battaniyeyi Amazon.com.tr'de değerlendirin</a></p>
<p>Selamlar<br>Yumuşacık Tekstil</p>""",
["BSM301"], "Insecure http link to Amazon.")

_m(40, "delivery-delay", "html", "Sipariş {O} gönderimi ertelendi",
"""<p>Merhaba,</p>
<p>{O} numaralı siparişinizdeki masa lambası 10.12.2026 yerine 14.12.2026'da gönderilecek. Özür dileriz!</p>
<p><img src="https://img.isikatolyesi.com.tr/urunler/masa-lambasi-loft-siyah.jpg" alt="Loft masa lambası, siyah" width="300" height="300"></p>
<p>Işık Atölyesi</p>""",
["BSM310"], "Image of the purchased product.")

_m(41, "review-request", "html", "Yeni yıl selamı ve bir rica – {O}",
"""<p>Merhaba,</p>
<p>{O} numaralı siparişinizdeki çay hakkında birkaç satır yazarsanız seviniriz; iyi ya da kötü her yorum bizim için değerli.</p>
<p><img src="https://img.caybahcesi.com.tr/eposta/karli-dag-manzarasi.jpg" alt="Karlı dağ manzarası" width="320" height="200"></p>
<p>Mutlu yıllar!<br>Çay Bahçesi</p>""",
["BSM311"], "Unrelated stock image (snowy mountain).")

_m(42, "invoice", "html", "Fatura – sipariş {O}",
"""<p><img src="https://cdn.renkmatbaa.com.tr/logo-renk-matbaa.png" alt="" width="160" height="50"></p>
<p>Merhaba,</p>
<p>{O} numaralı siparişinize ait RNK/2026/311 numaralı fatura ektedir.</p>
<p>Saygılarımızla<br>Renk Matbaa</p>""",
["BSM402"], "Shop logo with empty alt.")

_m(43, "reply", "text", "Ynt: Tasma rengi – {O}",
"""Merhaba!

{O} numaralı siparişinizdeki tasma tam fotoğraflardaki gibi koyu yeşil 🐾 Karabinası paslanmaz çelik.

Selamlar
Pati Butik""",
["BSM403"], "Emoji in a reply.")

_m(44, "additional-information", "text", "Anahtarlıktaki isim – {O}",
"""Merhaba,

{O} numaralı sipariş için anahtarlığa kazınacak ismi henüz almadık. Hangi isim olsun? :D

Ece, Kıvılcım Gravür""",
["BSM403"], "Emoticon ':D'.")

_m(45, "delivery-delay", "html", "Gecikme – {O}",
"""<style>
h1 { font-size: 25px; }
h2 { font-size: 19px; }
p { font-size: 15px; }
.alt-bilgi { font-size: 11px; }
</style>
<h1>Sipariş {O}</h1>
<h2>Yeni gönderim tarihi</h2>
<p>Çocuk denge bisikletini 11.12.2026 yerine 15.12.2026'da göndereceğiz. Gecikme için özür dileriz.</p>
<p class="alt-bilgi">Minik Pedal, Atatürk Cad. No: 12, 07100 Muratpaşa/Antalya</p>""",
["BSM410"], "Four explicit font sizes in a <style> block.")

_m(46, "delivery-delay", "html", "Sipariş {O} – kısa bir gecikme",
"""<p>Merhaba,</p>
<p>{O} numaralı siparişinizdeki hamak birkaç gün gecikmeli, en geç 17.12.2026'da gönderilecek.</p>
<p></p>
<p></p>
<p>Anlayışınız için teşekkürler.<br>Hamak Evi</p>""",
["BSM412"], "Empty paragraphs between paragraphs.")

_m(47, "return-follow-up", "text", "[Önemli] İade – sipariş {O}",
"""Merhaba,

{O} numaralı siparişinizdeki şamdanın iadesi için kargoya vermeden önce bir bilgi rica ediyoruz: ürünün orijinal kutusu hâlâ sizde mi? Kutu yoksa ambalajı biz göndereceğiz.

Saygılarımızla
Pirinç Atölyesi""",
["BSM110"], "[Önemli] tag on a return follow-up.")

_m(48, "review-request", "html", "Yorum – sipariş {O}",
"""<p>Merhaba,</p>
<p>{O} numaralı siparişinizdeki fener hakkında yorum yazarsanız çok seviniriz. Yorum yazmak için <a href="https://www.amazon.com.tr/review/create-review?asin=B0CFENR004">buraya tıklayın</a>.</p>
<p>Selamlar<br>Fener ve Işık</p>""",
["BSM401"], "Non-descriptive link text 'buraya tıklayın'.")

_m(49, "reply", "text", "Ynt: Kargo hasarlı geldi – {O}",
"""Merhaba,

{O} numaralı siparişinizdeki vazonun kırık gelmesine gerçekten üzüldük. Kargo firması yine shit bir iş çıkarmış, what the fuck diyecek başka söz bulamıyoruz. Yeni vazoyu yarın kendi masrafımızla gönderiyoruz.

Selamlar
Vazo Dükkânı""",
["BSM306"], "English profanity inside a Turkish message.")

_m(50, "review-request", "html", "Görüşünüz bizim için önemli – {O}",
"""<p><a href="https://www.kilimevi-konya.com.tr"><img src="https://www.kilimevi-konya.com.tr/img/logo-kilim-evi.png" alt="Kilim Evi Konya logosu" width="160" height="50"></a></p>
<p>Merhaba,</p>
<p>{O} numaralı siparişinizdeki kilim hakkında düşüncelerinizi paylaşırsanız seviniriz; olumlu ya da olumsuz fark etmez.</p>
<p><a href="https://www.amazon.com.tr/review/create-review?asin=B0DKLM7710">Kilimi Amazon.com.tr'de değerlendirin</a></p>
<p>Saygılarımızla<br>Kilim Evi Konya</p>""",
["BSM302", "BSM304"], "Shop logo linked to the shop's website.")
