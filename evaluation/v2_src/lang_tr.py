# -*- coding: utf-8 -*-
"""Blind evaluation set v2, Turkish (tr-TR). Writer C. Standard library only."""

LANG, LOCALE = "tr", "tr-TR"
_BASE = 37


def _oid(n):
    a = 402 + (n * 2) % 7
    b = (_BASE * 1000003 + n * 7919 * 13) % 9000000 + 1000000
    c = (_BASE * 7777 + n * 104729 * 31) % 9000000 + 1000000
    return f"{a:03d}-{b:07d}-{c:07d}"


_RAW = [
# 1 clean delay text
("delivery-delay", "text",
 "Siparişinizde gecikme – {OID}",
 """Merhaba Elif Hanım,

{OID} numaralı siparişinizdeki pamuklu nevresim takımı (çift kişilik, adaçayı yeşili) ilanda belirtilen sürede hazır olamayacak. Kumaş tedarikçimizin boyahanesinde yaşanan bir arıza nedeniyle üretim birkaç gün gecikti.

Yeni tahmini gönderim tarihi 17 Aralık 2026 Perşembe. Sipariş tutarı (1.249,90 TL) değişmiyor.

Yaşattığımız gecikme için özür dileriz. Sorunuz olursa bu mesajı yanıtlamanız yeterli.

Saygılarımızla
Zeynep Aydın
Müşteri Hizmetleri, Anadolu Ev Tekstili""",
 [], "Clean plain-text delivery delay with a Turkish date and amount."),
# 2 clean delay html
("delivery-delay", "html",
 "{OID} numaralı sipariş – yeni teslim tarihi",
 """<p>Sayın Murat Bey,</p>
<p>{OID} numaralı siparişinizdeki <strong>Sessiz Pro 2</strong> kulaklık, üreticinin depomuza yapacağı sevkiyatı bir hafta ertelemesi nedeniyle gecikecek.</p>
<p>Güncel bilgiler:</p>
<ul>
<li>tahmini gönderim tarihi: 21.12.2026</li>
<li>sipariş tutarı: 2.399,00 TL (değişmedi)</li>
</ul>
<p>Anlayışınız için teşekkür ederiz.</p>
<p>Saygılarımızla<br>
Emre Yılmaz<br>
Sipariş Operasyonları, TeknoKöşe</p>""",
 [], "Clean HTML delivery delay with a list and bold text only."),
# 3 clean order-problem [Önemli]
("order-problem", "text",
 "[Önemli] {OID} numaralı siparişiniz gönderilemiyor",
 """Merhaba,

{OID} numaralı siparişinizi maalesef gönderemiyoruz. Stoktaki son yün battaniye kalite kontrolde hasarlı çıktı ve üretici bu modeli artık üretmiyor.

Bu nedenle sipariş tutarının tamamı Seller Central üzerinden "stokta yok" (NoInventory) gerekçesiyle düzeltildi. 1.890,00 TL tutarındaki iade, bankanıza bağlı olarak birkaç iş günü içinde hesabınıza yansıyacaktır. Sizin herhangi bir işlem yapmanıza gerek yok.

Yaşanan aksaklık için çok üzgünüz.

Saygılarımızla
Selin Kaya
Mağaza Müdürü, Anadolu Ev Tekstili""",
 [], "Clean order problem confirming the adjustment (NoInventory), with the Turkish [Important] tag."),
# 4 clean additional-information
("additional-information", "text",
 "{OID} – teslimat adresi hakkında",
 """Merhaba Hakan Bey,

{OID} numaralı siparişinizi göndermeden önce adresinizi tamamlamamız gerekiyor. Belirttiğiniz adreste (Bağdat Caddesi No: 214, 34728 Kadıköy/İstanbul) birden fazla blok bulunuyor ancak blok ve daire bilgisi yazılmamış.

Blok adını ve daire numaranızı bu mesaja yanıt olarak iletebilir misiniz? Aksi halde paket bize geri dönebilir.

Teşekkürler, iyi günler
Emre Yılmaz
TeknoKöşe""",
 [], "Clean request for missing block and flat details needed for delivery."),
# 5 clean return partial refund
("return-follow-up", "text",
 "{OID} numaralı siparişin iadesi hakkında",
 """Merhaba Ayşe Hanım,

{OID} numaralı siparişinizdeki keten masa örtüsü için iade talebinizi aldık. Yazdığınıza göre örtünün kenarında birkaç ipliğin kaçması dışında bir sorun yok.

Örtüyü elinizde tutmak isterseniz size 250,00 TL kısmi iade yapabiliriz. Tam iade için ürünü geri göndermeyi tercih ederseniz bu da elbette mümkün. Hangi seçeneği tercih ettiğinizi yazmanız yeterli.

Saygılarımızla
Zeynep Aydın
İade ve Değişim Birimi, Anadolu Ev Tekstili""",
 [], "Clean return follow-up offering a partial refund."),
# 6 clean return question html
("return-follow-up", "html",
 "İade – sipariş {OID}",
 """<p>Merhaba,</p>
<p>{OID} numaralı siparişinizdeki kahve makinesi için iade talebinizi aldık. İadeyi tamamlayabilmemiz için cihazın <strong>seri numarasına</strong> ihtiyacımız var. Seri numarası, su haznesinin altındaki etikette "SN" harfleriyle başlar.</p>
<p>Bu bilgiyle cihazı üreticinin sisteminde doğru siparişe eşleştirebiliriz. Lütfen bu mesajı yanıtlayarak iletin.</p>
<p>İyi günler<br>
TeknoKöşe Müşteri Hizmetleri</p>""",
 [], "Clean return follow-up asking for the serial number needed to complete the return."),
# 7 clean invoice
("invoice", "text",
 "{OID} numaralı siparişinize ait fatura",
 """Merhaba,

{OID} numaralı siparişinize ait e-Arşiv faturanız ektedir.

Fatura No: MB/2026/12/0387
Fatura Tarihi: 04.12.2026
Toplam (KDV %20 dahil): 14.280,00 TL, KDV tutarı: 2.380,00 TL

Fatura, siparişte belirttiğiniz şirket unvanı ve vergi bilgilerine göre düzenlenmiştir.

Saygılarımızla
Burcu Şahin
Muhasebe

Mobilya Evi Bursa Mobilya San. ve Tic. Ltd. Şti.
Organize Sanayi Bölgesi, Mavi Cad. No: 12, 16140 Nilüfer/Bursa
Vergi Dairesi: Nilüfer, Vergi No: 6120458739
Mersis No: 0612045873900018
Ticaret Sicil No: 98214""",
 [], "Clean invoice with an invoice number with slashes and Vergi No, Mersis and trade register numbers."),
# 8 clean review text
("review-request", "text",
 "Kulaklığınız nasıl? – {OID}",
 """Merhaba,

{OID} numaralı siparişinizdeki kulaklığı birkaç gündür kullanıyorsunuzdur diye düşünüyoruz. Vaktiniz olursa Amazon'da ürünle ilgili bir değerlendirme yazmanızdan memnuniyet duyarız; beğendiğiniz yönleri de, eksik bulduklarınızı da paylaşabilirsiniz. Yorumlarınız diğer alıcıların doğru seçim yapmasına yardımcı oluyor.

Değerlendirmenizi Amazon'daki Siparişlerim sayfasından, bu siparişin yanından ekleyebilirsiniz.

İyi günler dileriz
Emre Yılmaz
TeknoKöşe""",
 [], "Clean neutral review request in plain text."),
# 9 clean review html logo
("review-request", "html",
 "Battaniyeniz hakkındaki görüşünüz – {OID}",
 """<p><img src="https://static.anadoluevtekstili.com.tr/eposta/anadolu-ev-tekstili-logo.png" alt="Anadolu Ev Tekstili logosu" width="200" height="60"></p>
<p>Merhaba Fatma Hanım,</p>
<p>{OID} numaralı siparişinizdeki battaniyenin evinize sıcaklık kattığını umuyoruz. Birkaç dakikanız varsa ürünle ilgili dürüst görüşünüzü, olumlu ya da olumsuz, paylaşmanızı rica ederiz.</p>
<p><a href="https://www.amazon.com.tr/review/review-your-purchases/?asin=B0CT3BTN8Z">Battaniye için Amazon'da değerlendirme yazın</a></p>
<p>Sevgiyle<br>
Anadolu Ev Tekstili</p>""",
 [], "Clean HTML review request with the shop logo (alt names the shop) and a descriptive https Amazon link."),
# 10 clean delivery scheduling
("delivery-scheduling", "text",
 "Koltuk teslimatı için randevu – {OID}",
 """Merhaba Deniz Bey,

{OID} numaralı siparişinizdeki üçlü koltuk yaklaşık 95 kg ağırlığında ve iki kişilik ekibimiz tarafından eve taşınarak teslim ediliyor. Nakliye firmamızın uygun olduğu zamanlar:

- 15 Aralık 2026 Salı, 09.00–13.00
- 15 Aralık 2026 Salı, 14.00–18.00
- 17 Aralık 2026 Perşembe, 10.00–14.00

Size hangi saat aralığının uygun olduğunu ve binada asansör bulunup bulunmadığını yazar mısınız?

Saygılarımızla
Oğuz Demir
Teslimat Koordinatörü, Mobilya Evi Bursa""",
 [], "Clean scheduling of a bulky sofa delivery with Turkish dates and time slots."),
# 11 clean home service
("home-service-appointment", "html",
 "Bulaşık makinesi kurulumu – sipariş {OID}",
 """<p>Merhaba,</p>
<p>{OID} numaralı siparişinizle birlikte ankastre bulaşık makinesi kurulum hizmeti satın aldınız. Teknisyenimiz aşağıdaki zamanlardan birinde gelebilir:</p>
<ol>
<li>18 Aralık 2026 Cuma, 09.00–11.00</li>
<li>21 Aralık 2026 Pazartesi, 13.00–15.00</li>
</ol>
<p>Kurulum yaklaşık bir buçuk saat sürüyor. Su vanasına ve prize erişimin açık olmasını rica ederiz. Uygun seçeneğin numarasını yazmanız yeterli.</p>
<p>Saygılarımızla<br>
Serkan Öztürk, Servis Teknisyeni<br>
TeknoKöşe Servis</p>""",
 [], "Clean home-service appointment with two dated slots."),
# 12 clean design proof
("custom-design-verification", "text",
 "Gravür tasarımı onayınıza sunulmuştur – {OID}",
 """Merhaba Canan Hanım,

{OID} numaralı siparişinizdeki kesme tahtası için hazırladığımız gravür tasarımını ekte (tasarim_onay_v1.pdf) bulabilirsiniz: "Yıldız Ailesi – 2015'ten beri" yazısı, tırnaklı yazı tipiyle, harf yüksekliği 12 mm.

Lütfen soyadının yazılışını ve yılı kontrol edin. Her şey doğruysa "Onaylıyorum" diye yanıt vermeniz yeterli; tasarımı atölyeye iletiriz. Düzeltmeleri ücretsiz yapıyoruz.

Kolay gelsin
İrem Çelik
Tasarımcı, Çınar Ahşap Atölyesi""",
 [], "Clean design proof verification naming the attached proof."),
# 13 clean door code
("fulfillment-question", "text",
 "Site giriş şifresi – sipariş {OID}",
 """Merhaba,

{OID} numaralı siparişinizin teslimat adresi (referans numaramız: TSL-2026-5582) Karşıyaka'daki Güneş Sitesi. Daha önceki teslimatlardan biliyoruz ki sitenin bahçe kapısı şifreyle açılıyor ve kuryeler çoğu zaman içeri giremiyor.

Kapı şifresini paylaşabilir ya da paketin bırakılabileceği başka bir yer (örneğin güvenlik kulübesi) belirtebilir misiniz? Bu bilgiyi yalnızca kargo firmasıyla paylaşacağız.

Teşekkürler
Zeynep Aydın
Anadolu Ev Tekstili""",
 [], "Clean fulfillment question asking for a gate code, with reference numbers."),
# 14 clean reply quoting English title
("reply", "text",
 "Ynt: Nevresim ölçüsü – {OID}",
 """Merhaba Büşra Hanım,

sorunuz için teşekkürler. {OID} numaralı siparişinizdeki "Washed Cotton Duvet Cover Set – Sand Beige" ürünü 200x220 cm ölçüsünde ve çift kişilik yorganlara uygun. Ürün adı İngilizce, çünkü aynı modeli birkaç ülkede satıyoruz; ancak nevresimler Denizli'deki atölyemizde dikiliyor.

Takım ahşap düğmelerle kapanıyor ve 40 derecede yıkanabiliyor.

Saygılarımızla
Zeynep Aydın
Anadolu Ev Tekstili""",
 [], "Clean reply quoting an English product title inside Turkish sentences."),
# 15 clean warranty hotline
("reply", "text",
 "Ynt: Süpürge şarj olmuyor – {OID}",
 """Merhaba,

{OID} numaralı siparişinizdeki dikey süpürgenin şarj olmaması üzücü. Cihaz 2 yıl üretici garantisi kapsamında ve garanti işlemleri doğrudan üreticinin yetkili servisi tarafından yürütülüyor.

Üreticinin garanti destek hattı (Vakumsan Yetkili Servis): 0850 455 27 60, hafta içi 09.00–18.00. Ararken sipariş numaranızı ve cihazın altındaki seri numarasını hazır bulundurmanızı öneririz.

Cihazı bize iade etmeyi tercih ederseniz teslimattan itibaren 30 gün içinde Amazon üzerinden iade talebi oluşturabilirsiniz.

Saygılarımızla
Emre Yılmaz
TeknoKöşe""",
 [], "Clean reply giving the manufacturer's warranty line, marked as such."),
# 16 clean company footer
("reply", "text",
 "Ynt: Satıcı bilgileri – {OID}",
 """Merhaba Kemal Bey,

{OID} numaralı siparişiniz için istediğiniz satıcı bilgilerimiz aşağıdadır. Bu bilgilerle düzenlenen fatura iki iş günü içinde Amazon hesabınıza yüklenecektir.

Çınar Ahşap Atölyesi – İrem Çelik
Kemeraltı Mah. 1305 Sok. No: 7/2
35250 Konak/İzmir
Vergi Dairesi: Kemeraltı
Vergi No: 2140398765

Saygılarımla
İrem Çelik
Atölye Sahibi""",
 [], "Clean reply with a company-details footer (tax office, Vergi No) and Turkish address format."),
# 17 clean reply return numbers
("reply", "text",
 "Ynt: İade paketinin alınması – {OID}",
 """Merhaba Gamze Hanım,

{OID} numaralı siparişinizdeki berjer koltuğun iadesine ait bilgiler şöyle:

İade numarası: IAD-2026-00912
İade gönderi takip numarası: 7302 5518 4096 21
Kuryenin alım zamanı: 14.12.2026 Pazartesi, 10.00–14.00 arası
İade edilecek tutar: 6.490,00 TL + 350,00 TL kargo ücreti

Ürün bize ulaştıktan sonra iki iş günü içinde iadenizi başlatıyoruz.

Saygılarımızla
Oğuz Demir
Mobilya Evi Bursa""",
 [], "Clean reply with return and tracking numbers, date, time window and amounts."),
# 18 BSM201
("fulfillment-question", "text",
 "Siparişiniz yola çıktı – {OID}",
 """Merhaba!

Güzel haber: {OID} numaralı siparişinizin paketi bu sabah İzmir'deki depomuzdan çıktı ve Yurtiçi Kargo'ya teslim edildi. Teslimat genellikle 1–3 iş günü sürüyor.

Sevgiyle
Anadolu Ev Tekstili""",
 ["BSM201"], "Shipping confirmation: left the warehouse and handed to the carrier."),
# 19 BSM201 received
("fulfillment-question", "html",
 "Siparişinizi aldık – {OID}",
 """<p>Merhaba,</p>
<p>{OID} numaralı siparişiniz bize ulaştı ve ekibimiz şu anda ürünlerinizi hazırlıyor. Her şeyi özenle paketleyeceğiz.</p>
<p>Sevgiler<br>
Çınar Ahşap Atölyesi</p>""",
 ["BSM201"], "Order confirmation: order received and being prepared."),
# 20 BSM202 thanks only
("fulfillment-question", "text",
 "Teşekkürler! – {OID}",
 """Merhaba Seda Hanım,

Anadolu Ev Tekstili'ni tercih ettiğiniz için çok teşekkür ederiz ({OID}). Küçük bir aile işletmesi olarak bu bizim için çok değerli.

Sevgiyle
Selin ve tüm ekibimiz""",
 ["BSM202"], "Message that only says thank you."),
# 21 BSM202 only help
("fulfillment-question", "text",
 "Siparişiniz hakkında – {OID}",
 """Merhaba,

{OID} numaralı siparişinizle ilgili herhangi bir sorun olursa buradayız; bu mesajı yanıtlamanız yeterli.

İyi günler
TeknoKöşe""",
 ["BSM202"], "Message that only offers help if a problem comes up."),
# 22 BSM203 P.S.
("delivery-delay", "text",
 "{OID} – küçük bir gecikme",
 """Merhaba Cem Bey,

{OID} numaralı siparişinizdeki havlu seti planlanandan iki gün sonra, en geç 16 Aralık'ta gönderime hazır olacak. Dikim atölyesinden etiketlerin gelmesini bekliyoruz.

Gecikme için özür dileriz.

Saygılarımızla
Zeynep Aydın
Anadolu Ev Tekstili

Not: Yılbaşına kadar mağazamızdaki tüm ürünlerde %20 indirim var, kaçırmayın!""",
 ["BSM203"], "Permitted delay with a postscript advertising 20% off all products."),
# 23 BSM203 follow/newsletter
("additional-information", "html",
 "{OID} – renk tercihiniz",
 """<p>Merhaba,</p>
<p>{OID} numaralı siparişinizdeki yastık kılıfının "zeytin yeşili" rengi yeni boyamada fotoğraflardakinden biraz koyu çıktı. Bu tonla göndermemizi mi istersiniz, yoksa bir hafta sonraki yeni partiyi mi beklemek istersiniz?</p>
<p>Yeni ilkbahar koleksiyonumuzdan ilk siz haberdar olmak için bizi Instagram'da takip edin ve web sitemizden e-bültenimize abone olun!</p>
<p>Sevgiyle<br>
Selin Kaya</p>""",
 ["BSM203"], "Permitted colour question with an invitation to follow the shop and subscribe to a newsletter."),
# 24 BSM204 gift
("review-request", "text",
 "Küçük bir ricamız var – {OID}",
 """Merhaba Canan Hanım,

{OID} numaralı siparişinizdeki kesme tahtası hakkında Amazon'da bir değerlendirme yazarsanız çok seviniriz. Yorumunuz yayınlandığında bize kısa bir mesaj atmanız yeterli; teşekkür olarak atölyemizden küçük bir hediye göndereceğiz.

Sevgiler
İrem Çelik
Çınar Ahşap Atölyesi""",
 ["BSM204"], "Review request promising a small gift once the review is published."),
# 25 BSM204 full refund
("review-request", "html",
 "{OID} – size özel bir teklif",
 """<p>Merhaba,</p>
<p>{OID} numaralı siparişinizdeki kulaklık için Amazon'da yorum yazın, yorumunuz yayına girer girmez <strong>ödediğiniz tutarın tamamını</strong> iade edelim. Yorumu hangi isimle yazdığınızı bize bildirmeniz yeterli.</p>
<p>Saygılarımızla<br>
TeknoKöşe</p>""",
 ["BSM204"], "Review request promising a full refund once the review is online."),
# 26 BSM205
("reply", "text",
 "Ynt: Kırık kupa – {OID}",
 """Merhaba Nermin Hanım,

{OID} numaralı siparişiniz için gönderilen yedek kupanın bu kez sağlam ulaştığını duymak bizi çok sevindirdi, haber verdiğiniz için teşekkür ederiz.

Sorun çözüldüğüne göre, bir yıldızlı değerlendirmenizi güncellemeyi ya da tamamen kaldırmayı düşünebilir misiniz? Bu puan küçük atölyemizi çok etkiliyor.

Saygılarımla
İrem Çelik
Çınar Ahşap Atölyesi""",
 ["BSM205"], "Reply asking the buyer to update or remove a one-star review."),
# 27 BSM206 only if satisfied
("review-request", "text",
 "Koltuğunuzdan memnun musunuz? – {OID}",
 """Merhaba,

{OID} numaralı siparişinizdeki koltuktan memnun kaldıysanız Amazon'da bir değerlendirme yazmanız bizi çok mutlu eder. Eğer bir sorun varsa lütfen değerlendirme yazmak yerine önce doğrudan bize ulaşın, birlikte çözelim.

Saygılarımızla
Oğuz Demir
Mobilya Evi Bursa""",
 ["BSM206"], "Review request only for satisfied buyers, steering unhappy ones to the seller instead."),
# 28 BSM206 five stars
("review-request", "text",
 "Puanınız bizim için önemli – {OID}",
 """Merhaba,

{OID} numaralı siparişinizdeki kulaklık için Amazon'da ürüne 5 yıldız verirseniz çok minnettar oluruz; bu bizim için en büyük motivasyon.

İyi günler
TeknoKöşe""",
 ["BSM206"], "Review request asking for five stars."),
# 29 BSM108
("delivery-delay", "text",
 "{OID} – ürün geçici olarak tükendi",
 """Merhaba,

{OID} numaralı siparişinizdeki kulaklık distribütörümüzde maalesef tükendi ve yeni sevkiyatın ne zaman geleceğini henüz bilmiyoruz.

Sizin için en hızlı yol, siparişi Amazon'daki Siparişlerim sayfasından kendiniz iptal etmeniz olur; böylece ödemeniz hemen iade edilir.

Kusura bakmayın
Emre Yılmaz
TeknoKöşe""",
 ["BSM108"], "Out of stock: advises the buyer that cancelling themselves is quickest."),
# 30 BSM107 + BSM108
("order-problem", "text",
 "{OID} numaralı siparişinizde sorun",
 """Merhaba,

üzülerek bildiririz ki {OID} numaralı siparişinizdeki masa örtüsü tükendi ve gönderemeyeceğiz.

Amazon hesabınız üzerinden bir iptal talebi oluşturursanız çok memnun oluruz. Anlayışınız için teşekkür ederiz.

Saygılarımızla
Anadolu Ev Tekstili""",
 ["BSM107", "BSM108"], "Order problem asking for a cancellation request without confirming the adjustment."),
# 31 BSM305
("review-request", "text",
 "Görüşünüzü merak ediyoruz – {OID}",
 """Merhaba,

{OID} numaralı siparişinizdeki perdelerle ilgili deneyiminizi Amazon'da bir değerlendirmeyle paylaşmak ister misiniz? Görüşleriniz diğer müşterilere yol gösteriyor.

Sevgiyle
Anadolu Ev Tekstili

Bizden artık mesaj almak istemiyorsanız bu mesaja RET yazarak yanıt verin, listemizden çıkaralım.""",
 ["BSM305"], "Neutral review request with an opt-out instruction."),
# 32 BSM306
("reply", "text",
 "Ynt: Kullanım kılavuzu eksik – {OID}",
 """Merhaba,

haklısınız, {OID} numaralı siparişinizin kutusunda kullanım kılavuzu yokmuş. Bu lanet olası fabrika, siktir, yine bütün partide kılavuzu koymayı unutmuş. Kılavuzun PDF halini bu mesaja ekliyorum.

Kusura bakmayın
Serkan, TeknoKöşe""",
 ["BSM306"], "Reply containing Turkish profanity."),
# 33 BSM104
("delivery-delay", "text",
 "Your order {OID} has been delayed",
 """Dear customer,

we regret to inform you that your order {OID} will be dispatched later than planned. Our new estimated dispatch date is 19 December 2026. We apologise for any inconvenience.

Kind regards,
Zeynep Aydın
Anadolu Ev Tekstili""",
 ["BSM104"], "Whole message in English to a tr-TR buyer."),
# 34 BSM309 national
("delivery-scheduling", "text",
 "Kitaplık teslimatı – {OID}",
 """Merhaba Volkan Bey,

{OID} numaralı siparişinizdeki kitaplığı 17 Aralık Perşembe 09.00–13.00 ya da 18 Aralık Cuma 13.00–17.00 arasında teslim edebiliriz.

Saati doğrudan şoförümüz Ramazan Bey ile kararlaştırmak isterseniz onu 0532 418 27 93 numaralı telefondan arayabilirsiniz.

Saygılarımızla
Oğuz Demir
Mobilya Evi Bursa""",
 ["BSM309"], "Delivery scheduling with a Turkish mobile number in national format."),
# 35 BSM309 international
("reply", "html",
 "Ynt: Arızalı lamba – {OID}",
 """<p>Merhaba,</p>
<p>{OID} numaralı siparişinizdeki hasarlı lambanın fotoğrafları için teşekkür ederiz. Değişim sürecini hızlandırmak için müşteri hizmetlerimizi arayabilirsiniz:</p>
<p>Tel: +90 212 346 58 21 (hafta içi 09.00–17.00)</p>
<p>Saygılarımızla<br>
TeknoKöşe</p>""",
 ["BSM309"], "Reply giving the shop's own number in international format."),
# 36 BSM308 plain
("return-follow-up", "text",
 "İade – {OID}",
 """Merhaba,

{OID} numaralı siparişinizdeki sandalyenin iadesini tamamlayabilmemiz için kırık ayağın bir fotoğrafına ihtiyacımız var. Fotoğrafı iade@mobilyaevibursa.com.tr adresine, konu satırına sipariş numarasını yazarak gönderebilirsiniz.

Saygılarımızla
Oğuz Demir
Mobilya Evi Bursa""",
 ["BSM308"], "Return follow-up asking for a photo but giving a plain e-mail address."),
# 37 BSM308 obfuscated
("reply", "text",
 "Ynt: İade faturası – {OID}",
 """Merhaba,

{OID} numaralı siparişiniz için iade faturasını memnuniyetle düzenleriz. Daha hızlı yanıt almak için muhasebe birimimize yazabilirsiniz: muhasebe et anadoluevtekstili nokta com nokta tr

Saygılarımızla
Burcu Şahin
Anadolu Ev Tekstili""",
 ["BSM308"], "Reply with an e-mail address obfuscated with 'et' and 'nokta'."),
# 38 BSM302
("reply", "html",
 "Ynt: Keten nasıl yıkanır? – {OID}",
 """<p>Merhaba,</p>
<p>{OID} numaralı siparişinizdeki çarşaflarla ilgili sorunuz için teşekkürler. Keteni 40 derecede, çamaşır suyu kullanmadan yıkamanızı ve açık havada kurutmanızı öneririz. Tüm bakım önerilerimizi bir rehberde topladık:</p>
<p><a href="https://www.anadoluevtekstili.com.tr/bakim-rehberi/keten">Anadolu Ev Tekstili keten bakım rehberi</a></p>
<p>Sevgiyle<br>
Zeynep Aydın</p>""",
 ["BSM302"], "Reply with a descriptive https link to the seller's own website."),
# 39 BSM301
("delivery-delay", "html",
 "Gecikme bildirimi – {OID}",
 """<p>Merhaba,</p>
<p>{OID} numaralı siparişiniz üç iş günü gecikecek; yeni gönderim tarihi 21.12.2026. Siparişinizin durumunu hesabınızdan takip edebilirsiniz:</p>
<p><a href="http://www.amazon.com.tr/gp/css/order-history">Amazon'daki siparişlerim</a></p>
<p>Özür dileriz.<br>
Mobilya Evi Bursa</p>""",
 ["BSM301"], "Delay message with a descriptive but insecure http link to Amazon."),
# 40 BSM310
("review-request", "html",
 "Nevresiminizi beğendiniz mi? – {OID}",
 """<p>Merhaba,</p>
<p><img src="https://static.anadoluevtekstili.com.tr/urunler/pamuklu-nevresim-takimi-gri-200x220.jpg" alt="Pamuklu nevresim takımı, gri, 200x220" width="320" height="240"></p>
<p>{OID} numaralı siparişinizdeki nevresim takımı hakkındaki görüşlerinizi Amazon'da paylaşır mısınız? Her değerlendirme bizim için değerli.</p>
<p>Sevgiyle<br>
Anadolu Ev Tekstili</p>""",
 ["BSM310"], "Review request showing a photo of the purchased product."),
# 41 BSM311
("delivery-delay", "html",
 "Yılbaşı yoğunluğu – {OID}",
 """<p><img src="https://static.anadoluevtekstili.com.tr/eposta/kumsal-gunbatimi.jpg" alt="Kumsalda gün batımı" width="300" height="200"></p>
<p>Merhaba,</p>
<p>yılbaşı öncesi sipariş yoğunluğu nedeniyle {OID} numaralı siparişiniz ancak 19 Aralık'ta gönderime hazır olacak.</p>
<p>Sabrınız için teşekkürler<br>
Anadolu Ev Tekstili</p>""",
 ["BSM311"], "Delay message with an unrelated stock image of a beach sunset."),
# 42 BSM402
("review-request", "html",
 "Değerlendirmeniz – {OID}",
 """<p><img src="https://static.teknokose.com.tr/eposta/teknokose-logo.png" width="160" height="48"></p>
<p>Merhaba,</p>
<p>vaktiniz olursa {OID} numaralı siparişinizdeki süpürge hakkında Amazon'da bir değerlendirme yazmanızı rica ederiz.</p>
<p><a href="https://www.amazon.com.tr/review/review-your-purchases/?asin=B0D5SPR2QX">Süpürge için Amazon'da değerlendirme yazın</a></p>
<p>İyi günler<br>
TeknoKöşe</p>""",
 ["BSM402"], "Shop logo image without an alt attribute."),
# 43 BSM403 emoji
("additional-information", "text",
 "Gravür yazısı – {OID}",
 """Merhaba!

{OID} numaralı siparişinizde kesme tahtasına yazılacak metni belirtmeyi unutmuşsunuz 😊 En fazla 25 karakter sığıyor. Ne yazalım?

Sevgiler
İrem, Çınar Ahşap Atölyesi""",
 ["BSM403"], "Engraving text request containing an emoji."),
# 44 BSM403 emoticon
("reply", "text",
 "Ynt: Raylar uyar mı? – {OID}",
 """Merhaba,

evet, {OID} numaralı siparişinizdeki çekmece rayları 60 cm derinliğindeki dolaplara, yani standart mutfak dolaplarının çoğuna uyuyor :-) Tüm vidalar pakette mevcut.

Saygılarımızla
Oğuz, Mobilya Evi Bursa""",
 ["BSM403"], "Reply containing a text emoticon."),
# 45 BSM410
("delivery-delay", "html",
 "Yeni gönderim tarihi – {OID}",
 """<style>
h2 { font-size: 21px; }
p { font-size: 15px; }
.bilgi { font-size: 12px; }
.altbilgi { font-size: 10px; }
</style>
<h2>Gönderim tarihiniz değişti</h2>
<p>Merhaba, {OID} numaralı siparişiniz üreticinin gecikmesi nedeniyle 14 Aralık yerine 18 Aralık'ta gönderime hazır olacak.</p>
<p class="bilgi">Sipariş tutarı (899,00 TL) değişmedi.</p>
<p class="altbilgi">TeknoKöşe – Sipariş Operasyonları</p>""",
 ["BSM410"], "HTML delay whose style block sets four font sizes."),
# 46 BSM412 empty paragraphs
("additional-information", "html",
 "{OID} – kumaş seçimi",
 """<p>Merhaba,</p>
<p>{OID} numaralı siparişinizdeki sandalyeler için döşeme kumaşı (kadife ya da bukle) seçmemişsiniz. Tercihinizi yazarsanız siparişi döşeme atölyemize iletebiliriz.</p>
<p></p>
<p></p>
<p>Saygılarımızla<br>
Oğuz Demir<br>
Mobilya Evi Bursa</p>""",
 ["BSM412"], "HTML with empty paragraphs between paragraphs."),
# 47 BSM110 on return-follow-up
("return-follow-up", "text",
 "[Önemli] İade talebiniz – {OID}",
 """Merhaba,

{OID} numaralı siparişinizdeki perdenin iadesiyle ilgili olarak, ürünü elinizde tutmak isterseniz 180,00 TL kısmi iade önerebiliriz. Ürünü geri gönderip tam iade almak da elbette mümkün. Tercihinizi bize yazar mısınız?

Saygılarımızla
Zeynep Aydın
Anadolu Ev Tekstili""",
 ["BSM110"], "Return follow-up with a partial refund offer carrying the [Important] tag."),
# 48 BSM401 bare URL
("delivery-delay", "html",
 "{OID} – teslim süresinde değişiklik",
 """<p>Merhaba,</p>
<p>üreticiden gelen sevkiyatın gecikmesi nedeniyle {OID} numaralı siparişiniz 22 Aralık'ta gönderime hazır olacak. Siparişinizin durumu: <a href="https://www.amazon.com.tr/gp/css/order-history">https://www.amazon.com.tr/gp/css/order-history</a></p>
<p>Saygılarımızla<br>
Çınar Ahşap Atölyesi</p>""",
 ["BSM401"], "Amazon https link whose text is the bare URL."),
# 49 vary: English profanity in Turkish
("reply", "text",
 "Ynt: Yanlış renk – {OID}",
 """Merhaba,

{OID} numaralı siparişinizde siyah yerine beyaz kulaklık gelmesi bizim hatamız. Depodaki arkadaşlar yine fucking etiketleri karıştırmış, inanılır gibi değil. Ücretsiz iade kargo etiketini bu mesaja ekledim; ürünü geri gönderdiğinizde tutarın tamamını iade edeceğiz.

Kusura bakmayın
Emre, TeknoKöşe""",
 ["BSM306"], "Turkish reply containing an English profanity."),
# 50 vary: wide margin
("delivery-delay", "html",
 "{OID} numaralı sipariş – gecikme",
 """<div style="padding: 0 140px;">
<p>Merhaba,</p>
<p>{OID} numaralı siparişinizdeki kırlent seti, boyahanedeki yoğunluk nedeniyle 18 Aralık'ta gönderime hazır olacak. Gecikme için özür dileriz.</p>
<p>Saygılarımızla<br>
Anadolu Ev Tekstili</p>
</div>""",
 ["BSM405"], "HTML container with 140 px padding on each side."),
]


def _build():
    out = []
    for n, (typ, fmt, subject, body, expected, note) in enumerate(_RAW, 1):
        oid = _oid(n)
        raw = oid.replace("-", "")
        def fill(s):
            return s.replace("{OIDRAW}", raw).replace("{OID}", oid)
        out.append({
            "id": f"v2-{LANG}-{n:03d}", "language": LANG, "locale": LOCALE,
            "type": typ, "format": fmt, "subject": fill(subject), "body": fill(body),
            "order_id": oid, "expected": sorted(expected), "note": note,
        })
    return out


MESSAGES = _build()
