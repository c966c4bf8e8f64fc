"""v18 blind evaluation set, Turkish (tr-TR). 50 messages, writer c."""

LANG = "tr"
LOCALE = "tr-TR"


def _oid(n):
    return "498-%07d-%07d" % (5530700 + n * 4409, 3071200 + n * 5237)


_RAW = [
# 1 clean delay text
("delivery-delay", "text", "{O} numaralı siparişiniz birkaç gün gecikecek",
"""Merhaba Zeynep Hanım,

{O} numaralı siparişinizle, yani keten örtülü ahşap masa lambasıyla ilgili yazıyorum. Maalesef küçük bir aksilik yaşadık: keteni aldığımız Denizli'deki dokuma atölyesi bize dikişleri yamuk bir parti gönderdi, yarısını geri yollamak zorunda kaldık. Yeni kumaş ancak dün öğleden sonra elimize ulaştı.

Abajurları Nermin Hanım tek tek elde dikiyor, o yüzden işi aceleye getirmek istemiyorum. Lambanız en geç 17 Aralık Perşembe günü atölyeden çıkacak; kargo genelde 1–2 iş gününde teslim ettiği için 18–21 Aralık arasında sizde olur diye düşünüyoruz. Yılbaşına yakın olduğunu biliyorum, o yüzden şimdiden haber vermeyi tercih ettim.

Bu arada bir not: ahşap keten yağıyla işlendiği için ilk günlerde hafif bir yağ kokusu olabilir. Bu normal, bir haftada geçiyor.

Yeni tarih sizin için hiç uygun değilse bu mesaja yanıt vermeniz yeterli, birlikte bir çözüm buluruz.

Sevgiyle, Kuzguncuk'tan
Elif Aydın
Işık Atölyesi""",
[], "Chatty delay notice with a future ship date and delivery window; clean."),

# 2 clean delay html
("delivery-delay", "html", "Sipariş no. {O} – teslimat tarihinde değişiklik",
"""<p>Sayın Murat Bey,</p>
<p><strong>{O}</strong> numaralı siparişinizin hazırlanması, ilanda belirtilen sürenin biraz üzerine çıkacaktır. Kitaplık üreticimiz boya hattındaki bir arıza nedeniyle tüm seriyi bir hafta ertelemiştir.</p>
<table>
<tr><td>İlk planlanan gönderim:</td><td>09.12.2026</td></tr>
<tr><td>Yeni tahmini gönderim:</td><td>16.12.2026</td></tr>
<tr><td>Tahmini teslimat:</td><td>17–19.12.2026</td></tr>
</table>
<p>Ürün sizin adınıza ayrılmıştır, başka bir müşteriye satılmayacaktır. Bu tarihlerde adresiniz değişecekse veya evde olmayacaksanız kısa bir bilgi vermeniz yeterli; gönderimi buna göre planlarız.</p>
<p>Yaşattığımız aksaklık için özür dileriz.</p>
<p>Saygılarımızla<br>
Sipariş Operasyon Birimi<br>
Mobilya Durağı Ltd. Şti.</p>""",
[], "Builder-style HTML table with old and new dates; no styles; clean."),

# 3 clean order problem [Önemli]
("order-problem", "text", "[Önemli] {O} numaralı siparişinizi gönderemiyoruz",
"""Merhaba,

{O} numaralı siparişinizi (Kahvem Duo espresso makinesi, antrasit) maalesef gönderemeyeceğimizi bildirmek durumundayız. Depo sayımında stoktaki son ürünün su haznesinde çatlak olduğu ortaya çıktı; üretici de bu rengin yeni sevkiyatını artık planlamıyor.

Sipariş tutarını Seller Central üzerinden "stokta yok" (NoInventory) gerekçesiyle düzelttik. 7.499,00 TL'lik tutarın tamamı Amazon'un olağan süreleri içinde, genellikle birkaç iş günü içinde hesabınıza iade edilecek. Sizin herhangi bir işlem yapmanıza gerek yok.

Açıkçası biz de çok üzüldük; bu serinin son ürünlerinden biriydi ve size ulaştırmayı gerçekten istiyorduk. Verdiğimiz rahatsızlık için özür dileriz.

Saygılarımızla
Kerem Yıldız
Kahve Köşesi""",
[], "Order problem confirming the amount adjustment for NoInventory, Turkish [Important] tag; clean."),

# 4 clean additional info
("additional-information", "text", "Gravür yazısı hakkında – sipariş {O}",
"""Merhaba Emre Bey,

isim gravürlü kesme tahtası siparişiniz ({O}) için teşekkürler. Bu hafta işe başlıyoruz, ancak kişiselleştirme alanında bize sadece "Canım annem ve" yazısı geldi, gerisi kesilmiş görünüyor. Formun metnin devamını kırptığını tahmin ediyoruz.

Tahmin yürütmek istemediğimiz için yazının tamamını iletebilir misiniz? Boşluklar dahil en fazla 40 karakter. Gravürün tahtanın ortasına mı yoksa sap tarafındaki sağ alt köşeye mi yapılacağını da yazarsanız seviniriz; aksi halde ortaya yapıyoruz.

Yanıtınız gelene kadar tahta tezgâhta bekleyecek, yani ne kadar erken yazarsanız o kadar iyi olur. Bu mesaja cevap vermeniz yeterli.

Kolay gelsin
Selin ve Burak
Ihlamur Ahşap""",
[], "Asks for the missing engraving text needed to complete the order; clean."),

# 5 clean return partial refund
("return-follow-up", "text", "{O} numaralı siparişin iadesi – kısmi iade önerisi",
"""Sayın Gülşen Hanım,

{O} numaralı siparişteki kahve değirmeni için iade talebinizi aldık. Açıklamanıza göre değirmen çalışıyor, ancak çekirdek haznesinin kapağı kutudan çıkmamış.

İki seçeneğimiz var. Değirmeni iade ederek tutarın tamamını geri alabilirsiniz. Dilerseniz değirmeni sizde tutup 250,00 TL kısmi iade de alabilirsiniz; yedek kapak üreticinin yedek parça servisinden yaklaşık 180 TL'ye temin ediliyor.

Hangisini tercih ettiğinizi bize bildirmeniz yeterli. Kısmi iadeyi seçerseniz yanıtınızın ardından hemen başlatırız.

Küçük bir ipucu: bıçakları birkaç haftada bir kuru bir fırçayla temizlerseniz öğütme daha düzgün olur.

Saygılarımızla
Aslı Kaya
Kahve Köşesi""",
[], "Return follow-up offering a partial refund; clean."),

# 6 clean return question html
("return-follow-up", "html", "İade – sipariş {O}: bir bilgiye ihtiyacımız var",
"""<p>Merhaba,</p>
<p><strong>{O}</strong> numaralı sipariş için iade talebinizi gördük. Siparişte iki nevresim takımı vardı (çift kişilik ve tek kişilik), iade formunda ise yalnızca "1 adet" işaretlenmiş.</p>
<p>İadeyi doğru kaydedebilmemiz için iki konuda bilgi rica ediyoruz:</p>
<ul>
<li>hangi takımı geri gönderiyorsunuz,</li>
<li>takım orijinal ambalajında mı, yoksa yıkandı mı?</li>
</ul>
<p>Amacımız işi zorlaştırmak değil; yıkanmış ürünler farklı bir kontrolden geçtiği için bu bilgi olmadan iade gereksiz yere uzayabiliyor.</p>
<p>Sevgiyle<br>
Pamuk Ev Tekstili Ekibi</p>""",
[], "Return follow-up asking which item and its condition; clean."),

# 7 clean invoice
("invoice", "text", "{O} numaralı siparişinizin faturası",
"""Merhaba,

{O} numaralı siparişinize ait FTR/2026/12/0348 numaralı e-arşiv faturayı ekte gönderiyoruz. Fatura, satın alma sırasında belirttiğiniz firma bilgilerine düzenlenmiştir.

Toplam tutar (KDV dahil): 12.480,00 TL (KDV %20: 2.080,00 TL)
Fatura tarihi: 08.12.2026
Ödeme: Amazon üzerinden tahsil edildi

Alıcı bilgilerinde bir eksik ya da hata varsa, örneğin vergi dairesi yanlış yazılmışsa, lütfen bize bildirin; faturayı iptal edip yeniden düzenleriz.

Saygılarımızla
Muhasebe Birimi

Teknosaray Elektronik Tic. Ltd. Şti.
Organize Sanayi Bölgesi 4. Cad. No: 18, 16140 Nilüfer/Bursa
Vergi Dairesi: Nilüfer – Vergi No: 8340215976
MERSİS No: 0834021597600015 – Ticaret Sicil No: 98215""",
[], "Invoice with slashed invoice number, Vergi No, MERSİS and trade register numbers; clean."),

# 8 clean review request text
("review-request", "text", "Sırt çantası nasıl gidiyor? – sipariş {O}",
"""Selam Can,

Yolcu 35 litre sırt çantasını bizden alalı birkaç hafta oldu (sipariş {O}). Umarız şimdiye kadar en az bir patikada havalanmıştır, sadece antrede asılı durmamıştır.

Vaktin olursa Amazon'da ürün için bir değerlendirme yazar mısın? Uzun olması gerekmiyor; önemli olan somut şeyler: sırtta nasıl duruyor, tokalar dayanıyor mu, yağmurluk işini görüyor mu. Olumlu ya da eleştirel her yorum, başkalarının seçim yapmasına ve bizim bir sonraki partiyi dikmemize yardımcı oluyor.

Değerlendirmeyi Siparişlerim bölümünde, bu alışverişin yanında bulabilirsin.

Teşekkürler, bol yürüyüşlü günler
Serkan
Patika Dikim Atölyesi""",
[], "Neutral informal review request asking for critical remarks too; clean."),

# 9 clean review request html logo
("review-request", "html", "{O} numaralı siparişiniz hakkındaki görüşünüz",
"""<table>
<tr><td><img src="https://static.avanos-toprak.com.tr/mail/logo-avanos-toprak.png" alt="Avanos Toprak Seramik logosu" width="160" height="60"></td></tr>
<tr><td>
<p>Merhaba Deniz Hanım,</p>
<p>{O} numaralı siparişinizdeki kupaların evinizde keyifle kullanıldığını umuyoruz. Her biri Avanos'taki atölyemizde çarkta tek tek şekillendiriliyor, bu yüzden hiçbiri diğerinin aynısı değil.</p>
<p>Bu alışveriş hakkında birkaç cümle yazarsanız çok memnun oluruz. Görüşünüz, nasıl olursa olsun, hem diğer alıcılara hem de bize yol gösteriyor.</p>
<p><a href="https://www.amazon.com.tr/review/review-your-purchases/">Amazon.com.tr'de satın aldığınız ürün için değerlendirme yazın</a></p>
<p>Sevgiyle<br>
Hülya ve Mert<br>
Avanos Toprak Seramik</p>
</td></tr>
</table>""",
[], "HTML review request with shop logo, alt naming shop, descriptive https Amazon link; clean."),

# 10 clean delivery scheduling
("delivery-scheduling", "text", "Gardırop teslimatı için randevu – sipariş {O}",
"""Merhaba Ebru Hanım,

{O} numaralı siparişinizdeki Lara 200 cm sürgülü gardırop paketlendiğinde üç palet tutacak ve toplamda yaklaşık 186 kg gelecek. Bu nedenle normal kargo yerine, taşıma için iki personelle birlikte kendi aracımızla getireceğiz.

Ankara ve çevresi için önümüzdeki hafta şu saat aralıklarımız boş:
– 15.12.2026 Salı, 08.00–12.00
– 16.12.2026 Çarşamba, 12.00–16.00
– 18.12.2026 Cuma, 14.00–18.00

Lütfen birini seçin. Daireniz kaçıncı katta ve binada asansör var mı, onu da yazarsanız iyi olur; asansörsüz üçüncü kat ve üzeri için yanımıza üçüncü bir kişi alıyoruz.

Şoförümüz varıştan yaklaşık 30 dakika önce siparişte kayıtlı numaranızdan sizi arayacak.

İyi günler
Sevkiyat Birimi
Lara Mobilya""",
[], "Scheduling delivery of a heavy wardrobe with dated time slots; clean."),

# 11 clean home service
("home-service-appointment", "html", "Bulaşık makinesi montaj randevusu – sipariş {O}",
"""<p>Merhaba Hakan Bey,</p>
<p><strong>{O}</strong> numaralı siparişinize ankastre bulaşık makinesi montaj hizmeti eklediniz. Teknisyenimiz bölgenizde (İzmir, Karşıyaka) şu zamanlarda müsait:</p>
<ul>
<li>14 Aralık Pazartesi, 09.00–11.00</li>
<li>15 Aralık Salı, 13.00–15.00</li>
<li>17 Aralık Perşembe, 16.00–18.00</li>
</ul>
<p>Size uygun olanı yanıt olarak yazmanız yeterli. Ziyaretten önce evye altındaki dolabı boşaltıp su vanasına erişimi kontrol ederseniz montaj genellikle bir saat kadar sürer.</p>
<p>Teknisyenimiz uzatma hortumunu ve sifonu yanında getiriyor, ek bir şey almanıza gerek yok.</p>
<p>Saygılarımızla<br>
Servis Koordinasyon<br>
Ege Beyaz Eşya</p>""",
[], "Home-service appointment with three date and time options; clean."),

# 12 clean design proof
("custom-design-verification", "text", "Onayınıza sunulan tasarım – sipariş {O}",
"""Merhaba,

{O} numaralı siparişinizdeki kapı numarası levhasının tasarımını ekte (tasarim_levha_{O}.pdf) gönderiyoruz. İstediğiniz gibi hazırlandı: numara "27A", sokak adı "Yasemin Sokak" ve sol üst köşede küçük bir çınar yaprağı.

Lütfen yazımı ve yerleşimi dikkatlice kontrol edin. Onayınızdan sonra levha lazer kesime gidiyor ve artık değişiklik yapılamıyor. Daha büyük rakam ya da listemizdeki başka bir yazı tipi isterseniz neyin değişeceğini yazmanız yeterli, yeni versiyonu göndeririz.

Malzemeyle ilgili küçük bir not: korten çelik zamanla koyulaşıp pas rengini alır. Bu bilinçli bir etki, kusur değil.

Kolay gelsin
Oğuz Şahin
Demir ve Pas Atölyesi""",
[], "Design proof attachment awaiting approval; clean."),

# 13 clean door code
("fulfillment-question", "text", "Site giriş şifresi – sipariş {O}",
"""Merhaba,

{O} numaralı siparişiniz (160×200 yatak, bizim referansımız DEP/5521/12) yola çıkmadan önce bir konuyu netleştirmemiz gerekiyor. Çalıştığımız nakliye firması, bu adrese (Papatya Sitesi, Çamlık Sok. No: 8) daha önceki teslimatlarda site kapısının şifresiz açılmadığını bildirdi.

Site kapısı veya diyafon şifresini bizimle paylaşabilir misiniz? Şifreyi yalnızca TR-2026-0881 numaralı taşıma emrine ekleyeceğiz, başka hiçbir yerde görünmeyecek.

Şoförün aşağıdan sizi aramasını tercih ederseniz bunu yazmanız da yeterli.

İyi çalışmalar
Nazlı Demir
Uyku Evi""",
[], "Asks for a gate code, with reference numbers that are no phone numbers; clean."),

# 14 clean reply foreign title
("reply", "text", "Ynt: Rafın taşıma kapasitesi – {O}",
"""Merhaba Burcu Hanım,

sorunuz için teşekkürler. "Nordic Oak Floating Shelf 80 cm" rafı gizli çelik montaj çubuğuyla geliyor; tuğla ya da beton duvara monte edildiğinde, yük eşit dağıtılırsa 25 kg'a kadar taşıyor. Alçıpan duvarda 10 kg'ı geçmemenizi ve ayrı bir poşette gelen alçıpan dübellerini kullanmanızı öneriyoruz.

{O} numaralı siparişinizi de kontrol ettim: alt tarafı frezeli model, yani sorduğunuz LED şerit 12 mm'ye kadar genişlikteyse tam oturur.

Montajda aklınıza takılan bir şey olursa yazmanız yeterli.

İyi günler
Pınar Özdemir
Ahşap ve Form""",
[], "Reply quoting an English product title inside Turkish sentences; clean."),

# 15 clean warranty hotline
("reply", "text", "Ynt: Süpürge şarj olmuyor – sipariş {O}",
"""Merhaba Ali Bey,

{O} numaralı siparişinizdeki Kelvo V12 süpürgenin şarj olmamasına çok üzüldük. Anlattığınıza göre sorun şarj istasyonunda ya da bataryada; bu tür arızalarla doğrudan üreticinin garanti servisi ilgileniyor, ürün Kelvo'nun 2 yıllık garantisi kapsamında.

Üreticinin garanti destek hattı (Kelvo Türkiye): 0850 390 41 17, hafta içi 09.00–18.00

Başvuru sırasında toz haznesinin altındaki etiketteki seri numarası ve satın alma tarihi (21.11.2026) sorulacak. Servis genelde cihazı kendi kargosuyla ücretsiz teslim alıyor.

Satıcı olarak bizim üzerimizden işlem yapmayı tercih ederseniz o da mümkün; haber verin, adım adım yardımcı olalım.

Saygılarımızla
Müşteri Hizmetleri, Beyaz Nokta""",
[], "Reply giving the manufacturer's warranty line, marked as such; clean."),

# 16 clean reply company footer
("reply", "html", "Ynt: Satıcı bilgileri – sipariş {O}",
"""<p>Merhaba,</p>
<p>sorunuzun yanıtı: <strong>{O}</strong> numaralı siparişte satıcı firmamızdır ve ürünleri İstanbul Tuzla'daki kendi depomuzdan gönderiyoruz. Kurumsal fatura isterseniz vergi numaranızı ve vergi dairenizi bu mesaja yanıt olarak yazmanız yeterli; bir iş günü içinde düzenleriz.</p>
<p>Kayıtlarınız için firma bilgilerimizi aşağıda bulabilirsiniz.</p>
<p>Saygılarımızla<br>
Müşteri İlişkileri</p>
<p><small>Zirve Outdoor Spor Malz. San. ve Tic. A.Ş., Aydınlı Mah. Birlik Cad. No: 12, 34953 Tuzla/İstanbul<br>
Vergi Dairesi: Tuzla · Vergi No: 9981204573 · MERSİS No: 0998120457300011<br>
Ticaret Sicil No: 745120</small></p>""",
[], "Reply with company-details footer (Vergi No, MERSİS, Ticaret Sicil); clean."),

# 17 clean reply return numbers
("reply", "text", "Ynt: İade param ne zaman yatacak? – {O}",
"""Merhaba Tuba Hanım,

{O} numaralı siparişinizin iade durumunu kontrol ettim:

– iade numarası: RMA-2026-31874
– iade paketi bize 03.12.2026 saat 10.42'de ulaştı
– ürün kontrolü 04.12.2026'da tamamlandı, sorun yok
– iade tutarı: 1.329,90 TL (ilk kargo ücreti 49,90 TL dahil)

İadeyi 04.12.2026 saat 15.20'de başlattık. Amazon tutarı karta genellikle 3–5 iş günü içinde aktarıyor, bazen banka da 1–2 gün ekliyor. 14 Aralık'a kadar hesabınıza geçmezse lütfen tekrar yazın, bizim tarafımızdan yeniden kontrol edelim.

İyi günler
Tolga Arslan
Bisiklet Dükkanı""",
[], "Reply with return number, dates, times and amounts; clean."),

# 18 BSM201
("fulfillment-question", "text", "{O} numaralı siparişiniz yola çıktı",
"""Merhaba Gizem Hanım,

güzel bir haberimiz var: {O} numaralı siparişinizin paketi bu sabah Eskişehir'deki depomuzdan çıktı ve kargo firmasına teslim edildi. Soya mumlarını çift katlı koli ve kâğıt dolguyla paketledik, soğuk havadan etkilenmezler.

Madem yazıyoruz, mumlarla ilgili birkaç ipucu: ilk yakışta mumu en az iki saat yakın ki yüzeyin tamamı erisin. Böylece mum "tünel" açmadan sonuna kadar yanar. Fitili her yakmadan önce 5 mm kadar kısaltmanızı öneririz.

Keyifli akşamlar dileriz
İpek
Mum Evi""",
["BSM201"], "Says the parcel left the warehouse and was handed to the carrier."),

# 19 BSM201
("fulfillment-question", "html", "Siparişiniz {O} elimize ulaştı",
"""<p>Merhaba,</p>
<p><strong>{O}</strong> numaralı siparişiniz bize ulaştı ve şu anda hazırlanıyor. Yapı oyuncağı seti paketleme masasında, sadece poşetlerde eksik parça olmadığını kontrol ediyoruz.</p>
<p>Yılbaşı öncesi her günün önemli olduğunu biliyoruz; bu yüzden saat 12.00'ye kadar gelen siparişleri aynı gün hazırlamaya çalışıyoruz.</p>
<p>Sevgiler<br>
Oyuncak Kulesi Ekibi</p>""",
["BSM201"], "Confirms the order was received and is being prepared."),

# 20 BSM202 thanks only
("fulfillment-question", "text", "Teşekkürler! – sipariş {O}",
"""Merhaba Osman Bey,

sadece bizden alışveriş yaptığınız için içtenlikle teşekkür etmek istedik; {O} numaralı siparişiniz hepimizi çok sevindirdi. Küçük bir aile işletmesiyiz ve her sipariş bizim için gerçekten çok anlamlı.

Tekrar çok teşekkürler, her şey gönlünüzce olsun!

Karaca Ailesi
Bal Kovanı""",
["BSM202"], "Only thanks for the purchase."),

# 21 BSM202 only "we're here"
("reply", "text", "Sipariş {O} hakkında",
"""Merhaba,

{O} numaralı siparişinizle ilgili olarak, tüm ekibimizin hizmetinizde olduğunu hatırlatmak istedik. Herhangi bir şey ters giderse, beğenmediğiniz bir şey olursa ya da aklınıza bir soru takılırsa bu mesaja yanıt vermeniz yeterli; hemen ilgileniriz.

Umarız buna hiç gerek kalmaz.

Saygılarımızla
Müşteri Hizmetleri, Yuva Dekor""",
["BSM202"], "Only says the team is available if something comes up."),

# 22 BSM203 P.S. 20%
("delivery-delay", "text", "Sipariş {O} – küçük bir gecikme",
"""Merhaba Sevgi Hanım,

{O} numaralı siparişiniz (Hakata 5 parça bıçak seti) planladığımızdan biraz geç gönderilecek, bunu haber vermek için yazıyorum. Seti sattığımız ceviz bıçak blokları marangozdan verniği çatlamış olarak geldi, yeni partiyi bekliyoruz. Planlanan gönderim 15 Aralık Salı, teslimat en geç 17 Aralık.

Bıçaklar bilenmiş, yalnızca bloklarını bekliyor; uzadığı için kusura bakmayın.

Selamlar
Barış Çelik
Çelik ve Ağız

Not: Yılbaşına özel, pazar gününe kadar mağazamızdaki tüm ürünlerde %20 indirim var; hediye arıyorsanız bir göz atın derim.""",
["BSM203"], "Permitted delay notice with a P.S. advertising 20% off the whole range."),

# 23 BSM203 follow us / newsletter
("review-request", "text", "{O} numaralı sipariş hakkında birkaç söz?",
"""Merhaba,

{O} numaralı siparişinizdeki masa örtüsünün sofranıza yakıştığını umuyoruz; görüşünüzü sormak istedik. Vaktiniz olursa Amazon'da ürünü değerlendirebilirsiniz; iyi ya da kötü her yorum bizim için değerli.

Hazır yazışıyorken: ocak ayında toprak tonlarında yeni keten masa örtüsü koleksiyonumuzu çıkarıyoruz. Bizi Instagram ve Facebook'ta (Keten Sandık) takip etmeyi unutmayın; bültenimize kaydolursanız lansmandan ilk siz haberdar olursunuz.

Sevgiyle
Keten Sandık""",
["BSM203"], "Neutral review request plus follow-us, newsletter and new-collection promotion."),

# 24 BSM204 small gift
("review-request", "html", "{O} numaralı siparişinizle ilgili görüşünüz",
"""<p>Merhaba Melis Hanım,</p>
<p><strong>{O}</strong> numaralı siparişinizdeki çayların aralık akşamlarınızı biraz daha keyifli hale getirdiğini umuyoruz. Bizim favorimiz Kış Vişnesi; yaklaşık 95 °C suda 5 dakika demlemenizi öneririz.</p>
<p>Görüşünüz bizim için çok önemli. Amazon'daki ürün yorumunuz yayınlandıktan sonra bu mesaja yanıt vermeniz yeterli; teşekkür olarak bir sonraki paketinize küçük bir hediye, sezonluk harmanımızdan bir kutu ekleyeceğiz.</p>
<p>Sevgiyle<br>
Demlik Çay Evi</p>""",
["BSM204"], "Offers a small gift once the review is published."),

# 25 BSM204 full refund
("review-request", "text", "Sipariş {O} – size özel bir teklifimiz var",
"""Merhaba Cem Bey,

SoundPeak X3 kablosuz kulaklığı aldığınız için teşekkür ederiz (sipariş {O}). Model bizde yeni, günlük kullanımda nasıl olduğunu merak ediyoruz: metroda, spor salonunda, görüşmelerde.

Bu yüzden bir teklifimiz var: yorumunuz Amazon'da yayınlanır yayınlanmaz ödediğiniz tutarın tamamını size iade edeceğiz. Yorumun hangi isimle yayınlandığını bu mesaja yanıt olarak yazmanız yeterli.

Bu arada kulaklık çoklu bağlantıyı destekliyor; telefonunuza ve dizüstü bilgisayarınıza aynı anda bağlı kalabiliyor. Talimatlar kitapçığın son sayfasında.

Saygılarımızla
SoundPeak Türkiye""",
["BSM204"], "Promises a full refund once the review is online."),

# 26 BSM205
("reply", "text", "Ynt: Su ısıtıcısı şikâyeti – {O}",
"""Merhaba Nurten Hanım,

{O} numaralı siparişinizdeki su ısıtıcısıyla ilgili sorunun çözülmesine ve yenisinin sağlam ulaşmasına çok sevindik. İlkinde contanın sızdırmasına biz de şaşırdık; bu modelde neredeyse hiç görülmez.

Bir ricamız daha olacak. Amazon'da ilk teslimatın hemen ardından yazdığınız tek yıldızlı yorum hâlâ duruyor. Sorun artık ortadan kalktığına göre, yorumu güncelleyebilir ya da tamamen kaldırabilir misiniz? Küçük bir mağaza için böyle bir puan gerçekten çok ağır.

Şimdiden teşekkürler
Demlik Mutfak""",
["BSM205"], "Asks to update or remove an existing one-star review."),

# 27 BSM206
("review-request", "text", "Nasıl buldunuz? – sipariş {O}",
"""Merhaba,

{O} numaralı siparişinizdeki merinos yünü battaniyenin bu soğuk akşamlarda sizi ısıttığını umuyoruz. Battaniyelerimizi Kastamonu'da eski tezgâhlarda dokuyoruz; her birinde küçük dokuma farklılıkları var, el işinin güzelliği de bu.

Alışverişinizden memnun kaldıysanız Amazon'da bir yorum yazmanız bizi çok mutlu eder. Bir sorun varsa, yorum yazmak yerine lütfen önce doğrudan bize ulaşın; mutlaka bir çözüm buluruz.

Kastamonu'dan selamlar
Dokuma Evi""",
["BSM206"], "Review only if satisfied, steering unhappy buyers to contact the seller instead."),

# 28 BSM206
("review-request", "html", "{O} numaralı siparişiniz için küçük bir rica",
"""<p>Merhaba Volkan Bey,</p>
<p><strong>{O}</strong> numaralı siparişinizdeki havya birkaç gündür çalışma masanızda iş görüyor olmalı. Setle gelen keski uçlu ucu ilk ısıtmadan önce kalaylarsanız şeklini daha uzun korur.</p>
<p>Bursa'da küçük bir ithalatçıyız ve her puan bizim için çok değerli. Bir dakikanızı ayırabilirseniz lütfen ürüne Amazon'da beş yıldız verin; bizi en çok motive eden şey bu.</p>
<p>Saygılarımızla<br>
Elektro Atölye</p>""",
["BSM206"], "Asks for a five-star rating."),

# 29 BSM108
("order-problem", "text", "[Önemli] Stokta kalmadı – sipariş {O}",
"""Merhaba Özlem Hanım,

çok özür dileriz ama {O} numaralı siparişinizdeki nane yeşili Zıpzıp denge bisikleti stokta kalmamış; son ürünü aynı anda mağazamızda sattık ve sistem stoğu zamanında düşemedi.

Sipariş tutarını Amazon'da NoInventory gerekçesiyle düzelttik, yani ödemeniz otomatik olarak size geri dönecek.

Her şeyin en hızlı şekilde halledilmesi ve siparişin sistemde asılı kalmaması için en iyisi, siparişi Siparişlerim bölümünden kendiniz iptal etmeniz; bir dakikanızı bile almaz.

Tekrar özür dileriz
Zıpzıp Oyuncak""",
["BSM108"], "Amount adjusted, but advises the buyer to cancel the out-of-stock order herself."),

# 30 BSM107 + BSM108
("order-problem", "text", "Sipariş {O} – stok sorunu",
"""Merhaba,

maalesef pek iyi olmayan bir haberimiz var. {O} numaralı siparişinizdeki TensioPro tansiyon aleti distribütörde şu an tükenmiş durumda ve yeni sevkiyat ocak sonundan önce beklenmiyor.

Amazon hesabınız üzerinden sipariş için iptal talebi oluşturursanız çok minnettar oluruz. Böylece bizim taraftaki işlemler de sorunsuz kapanır.

Verdiğimiz rahatsızlık için özür diler, iyi günler dileriz
Sağlık Market""",
["BSM107", "BSM108"], "Asks the buyer to request cancellation, no amount adjustment mentioned."),

# 31 BSM305
("delivery-delay", "text", "Sipariş {O} – yeni gönderim tarihi",
"""Merhaba,

{O} numaralı siparişiniz (Mırmır Premium kedi maması 7 kg, 2 adet) iki gün gecikmeyle, 10 Aralık Perşembe günü gönderilecek. Nakliye firması bu hafta üreticiden paleti teslim almadı, stoğumuz ancak bugün yenilendi.

Koliler ağır olduğu için ayrı ayrı gönderiyoruz; aynı gün ya da bir gün arayla gelebilirler.

Sevgiler
Mırmır Pet Shop

Bizden mesaj almak istemiyorsanız bu mesaja DUR yazarak yanıt verin, listemizden çıkaralım.""",
["BSM305"], "Delay notice ending with a reply-DUR opt-out instruction."),

# 32 BSM306 profanity
("reply", "text", "Ynt: Kargom nerede? – {O}",
"""Merhaba Sinan Bey,

{O} numaralı siparişinize baktık. Açık konuşayım, bu lanet olası kargo firması yine her şeyi berbat etti; paketi dört gün aktarma merkezinde bekletip bize tek bir bok söylemediler. Siktir edip başka firmaya geçeceğiz artık.

Kendi tarafımızdan şikâyet kaydı açtık; paketin yarın saat 16.00'ya kadar size ulaşacağı bilgisini aldık. Gelmezse hemen yazın.

Selamlar
Hırdavat Dükkanı Vida""",
["BSM306"], "Reply with Turkish profanity about the carrier."),

# 33 BSM104 German body
("delivery-delay", "text", "Bestellung {O} – kurze Verzögerung",
"""Guten Tag,

wir melden uns wegen Ihrer Bestellung {O}. Leider verlassen die Leinenservietten unsere Werkstatt einige Tage später als geplant, da unser Stofflieferant verspätet geliefert hat.

Der neue voraussichtliche Versandtermin ist der 14.12.2026, die Zustellung erwarten wir bis zum 17.12.2026. Wir bitten um Entschuldigung und danken für Ihre Geduld.

Mit freundlichen Grüßen
Beyaz Zambak Tekstil""",
["BSM104"], "Message in German for a tr-TR buyer."),

# 34 BSM309 national
("additional-information", "text", "Beden sorusu – sipariş {O}",
"""Merhaba Şule Hanım,

{O} numaralı siparişinizde trekking botunu 38 numara seçmişsiniz, ancak not kısmına "genelde 38,5 giyiyorum" yazmışsınız. Bu model dar kalıplı ve yarım numara küçük geliyor, bu yüzden 39 göndermemiz daha doğru olur mu diye teyit etmek istedik.

En kolayı bizi aramanız: 0532 614 27 90 (Pzt–Cmt 09.00–17.00), bir dakikada hangi numarayı paketleyeceğimize karar veririz. Elbette buradan yanıt da verebilirsiniz.

Sevgiler
Dağ Adımı Outdoor""",
["BSM309"], "Gives the shop's Turkish mobile number."),

# 35 BSM309 international
("reply", "html", "Ynt: Korniş montajı – {O}",
"""<p>Merhaba,</p>
<p><strong>{O}</strong> numaralı siparişinizdeki korniş hakkında: tavan bağlantı parçaları 3 numaralı poşette, beton vidaları ise 4 numaralı poşette. Asma tavanda sette bulunmayan kelebek dübeller kullanmanız gerekiyor.</p>
<p>Montajda zorlanırsanız teknik danışmanımız telefonda adım adım yardımcı olur: <strong>+90 212 347 58 14</strong>, hafta içi 09.00–18.00.</p>
<p>Saygılarımızla<br>
Korniş Dünyası</p>""",
["BSM309"], "Shop's own number in international format."),

# 36 BSM308 plain
("custom-design-verification", "text", "Tişört baskı tasarımı – sipariş {O}",
"""Merhaba,

{O} numaralı siparişinizdeki tişört baskısının tasarımı ekte: önde "Moda Gençlik Spor Kulübü" logosu, sırtta da gönderdiğiniz listeye göre numara ve isim.

Lütfen onaylayın ya da düzeltmelerinizi yazın. Düzeltilmiş logoyu vektör dosyası (.ai veya .svg) olarak göndermek daha kolaysa grafik@baskievi-moda.com.tr adresine iletebilirsiniz; vektör dosyaları buradan bazen açılmıyor.

Kolay gelsin
Baskı Evi Moda""",
["BSM308"], "Design proof asking to send files to a plain e-mail address."),

# 37 BSM308 "et"
("reply", "text", "Ynt: Hasar fotoğrafları – {O}",
"""Merhaba Filiz Hanım,

{O} numaralı siparişinizdeki kırık tabak için gerçekten çok üzgünüz. Hasarı kargo firmasına bildirebilmemiz için birkaç fotoğrafa ihtiyacımız var: tabak, kolinin dış görünüşü ve gönderi etiketi.

Fotoğrafları destek et porselenevi nokta com nokta tr adresine gönderebilirsiniz; konu satırına sipariş numarasını yazmanız yeterli. Kargo firması başvuruyu alır almaz yeni tabağı göndereceğiz.

Saygılarımızla
Porselen Evi""",
["BSM308"], "E-mail address spelled out with 'et' and 'nokta'."),

# 38 BSM302
("reply", "html", "Ynt: Mum mumu nereden geliyor? – {O}",
"""<p>Merhaba,</p>
<p><strong>{O}</strong> numaralı siparişinizdeki mumlarla ilgili sorunuz için teşekkürler. Soya mumunu RSPO sertifikalı tek bir tedarikçiden alıyoruz, kokular ftalat içermiyor. Fitiller metal çekirdeksiz, pamuktan.</p>
<p>Atölyemizin hikâyesini ve hammaddeleri nasıl seçtiğimizi burada anlattık: <a href="https://www.mumevi.com.tr/hakkimizda">Hakkımızda ve hammaddelerimiz – Mum Evi</a>.</p>
<p>Sevgiler<br>
İpek, Mum Evi</p>""",
["BSM302"], "Descriptive https link to the seller's own site."),

# 39 BSM301
("review-request", "html", "Sipariş {O} için değerlendirme",
"""<p>Merhaba,</p>
<p><strong>{O}</strong> numaralı siparişinizdeki ürünün işinizi gördüğünü umuyoruz. Vaktiniz olursa izlenimlerinizi paylaşmanızı rica ederiz; puanı ne olursa olsun her değerlendirme diğer alıcılara yardımcı oluyor.</p>
<p>Bazı müşterilerimiz meşe kesme tahtasının bakımını sordu: ayda bir kez yemeklik yağ ya da balmumlu yağ ile yağlayın, suda bekletmeyin ve bulaşık makinesine koymayın. Yüzeydeki küçük çizikler ince zımpara ile giderilebilir.</p>
<p><a href="http://www.amazon.com.tr/review/review-your-purchases/">Amazon.com.tr'de satın aldığınız ürünü değerlendirin</a></p>
<p>Teşekkürler, iyi günler<br>
Kestane Dükkân</p>""",
["BSM301"], "Descriptive Amazon link over plain http."),

# 40 BSM310
("delivery-delay", "html", "Sipariş {O} gelecek hafta gönderilecek",
"""<p>Merhaba Ece Hanım,</p>
<p><strong>{O}</strong> numaralı siparişinizdeki kupa bir pişirim daha gerektiriyor; şişe yeşili sır ilk denemede fazla mat çıktı ve standartlarımızı karşılamayan bir ürün göndermek istemedik. Planlanan gönderim tarihi 16 Aralık.</p>
<p>Kupanız ilk pişirimden sonra böyle görünüyor:</p>
<p><img src="https://static.kilatolye.com.tr/urunler/seramik-kupa-sise-yesili-350ml.jpg" alt="Seramik kupa şişe yeşili 350 ml – sipariş ettiğiniz ürün" width="300"></p>
<p>Sevgiler<br>
Kil Atölye</p>""",
["BSM310"], "Photo of the purchased product."),

# 41 BSM311
("delivery-scheduling", "html", "Köşe koltuk teslimatı – sipariş {O}",
"""<p>Merhaba,</p>
<p><strong>{O}</strong> numaralı siparişinizdeki köşe koltuk gelecek hafta teslimata hazır olacak. Aracımız 17–18 Aralık'ta Antalya'da. Lütfen şu aralıklardan birini seçin:</p>
<ul>
<li>17.12 Perşembe, 08.00–13.00</li>
<li>18.12 Cuma, 12.00–17.00</li>
</ul>
<p>Giriş kapınızın en az 80 cm genişliğinde olup olmadığını da yazar mısınız?</p>
<p><img src="https://static.koltukdunyasi.com.tr/mail/karli-cam-agaci-orman.jpg" alt="Karlı ormanda süslü çam ağacı" width="400"></p>
<p>Mutlu yıllar dileriz<br>
Koltuk Dünyası</p>""",
["BSM311"], "Stock image of a decorated pine tree unrelated to the shop."),

# 42 BSM402
("invoice", "html", "Sipariş {O} faturası",
"""<p><img src="https://static.matbaa-kalem.com.tr/mail/logo-kalem.png" alt="" width="140"></p>
<p>Merhaba,</p>
<p><strong>{O}</strong> numaralı siparişinize (350 gr kartvizit, 500 adet) ait 1187/12/2026 numaralı fatura ekte yer almaktadır. Fatura, siparişte belirttiğiniz firma bilgilerine düzenlenmiştir.</p>
<p>Saygılarımızla<br>
Kalem Matbaacılık Ltd. Şti.<br>
Vergi No: 4870331265</p>""",
["BSM402"], "Shop logo with empty alt."),

# 43 BSM403 emoji
("delivery-delay", "text", "Küçük bir gecikme – sipariş {O} 🎄",
"""Selam Defne!

{O} numaralı siparişindeki zencefilli kurabiyeler şu an ikinci turda fırında 🍪 İlk parti fazla yayıldı ve kontrolümüzden geçemedi. Pazartesi 14.12'de gönderiyoruz, en geç çarşamba sende olur.

Kraliyet kreması 24 saatte kuruyor, bu yüzden daha önce paketlemiyoruz. Söz veriyoruz, beklemeye değecek 😊

Mutfaktan sevgiler
Zencefil Fırın""",
["BSM403"], "Emoji in subject and body."),

# 44 BSM403 emoticon
("reply", "text", "Ynt: Eldiven bedeni – {O}",
"""Merhaba Kaan Bey,

{O} numaralı siparişinizdeki L beden eldivenler, başparmak hariç boğumların üzerinden ölçülen 21–23 cm çevreye uyuyor. Sizin ölçünüz 23,5 cm çıkıyorsa XL daha garanti olur; geyik derisi enine biraz esner ama parmak boyunda esnemez.

Beden değişimi hiç sorun değil, iade talebi oluşturmanız yeterli :)

Saygılarımızla
Eldivenci Usta ;-)""",
["BSM403"], "Text emoticons ':)' and ';-)'."),

# 45 BSM410
("delivery-delay", "html", "Sipariş {O} – güncel tarih",
"""<style>
h1 { font-size: 26px; }
h2 { font-size: 20px; }
p { font-size: 15px; }
.kucuk { font-size: 11px; }
</style>
<h1>Siparişinizle ilgili güncelleme</h1>
<h2>No. {O}</h2>
<p>Merhaba, ölçüye özel stor perdelerinizin dikimi biraz daha uzun sürecek; adaçayı yeşili kumaş bize bir hafta gecikmeyle ulaştı. Yeni gönderim tarihi 18.12.2026.</p>
<p>Ölçüler (en 92 cm × boy 140 cm) değişmedi.</p>
<p class="kucuk">Bu mesaj yalnızca siparişinizin hazırlanmasıyla ilgilidir. Perde Atölyesi Ölçü ve Desen.</p>""",
["BSM410"], "<style> block with four distinct font sizes."),

# 46 BSM412
("additional-information", "text", "Teslimat adresi – sipariş {O}",
"""Merhaba,

{O} numaralı siparişinizin teslimat adresinde daire numarası eksik; sadece "Gül Sok. No: 15, Çankaya/Ankara" yazıyor. Binada dört blok ve onlarca daire var, kurye doğru kapıyı bulamaz.


Daire numaranızı ve mümkünse blok harfini yazabilir misiniz? Yanıtınız gelene kadar gönderimi bekletiyoruz.


Bu arada sipariş notunuzdaki soruyu da yanıtlayalım: 2027 ajandasının kâğıdı kuşesiz, dolma kalem mürekkebi arkaya geçmiyor. Bez cildi hafif nemli bir bezle silebilirsiniz.

İyi günler
Kırtasiye Defter""",
["BSM412"], "Plain text with two blank lines in a row."),

# 47 BSM110 on return follow-up
("return-follow-up", "text", "[Önemli] İade talebiniz – sipariş {O}",
"""Merhaba,

{O} numaralı siparişinizdeki bisiklet standının iadesiyle ilgili yazıyoruz. İadeyi tamamlayabilmemiz için standın montajlı mı yoksa kutusunda mı gönderileceğini, ayrıca vidaların eksiksiz olup olmadığını bilmemiz gerekiyor.

Bu arada birkaç müşterimiz standın 2,6 inç lastikli bisikletleri alıp almadığını sordu; alıyor, ama tam sınırda.

Saygılarımızla
Pedal Bisiklet""",
["BSM110"], "Turkish [Important] tag on a return follow-up, which is not critical."),

# 48 BSM401
("return-follow-up", "html", "İade – sipariş {O}",
"""<p>Merhaba,</p>
<p><strong>{O}</strong> numaralı siparişinizdeki montun iade bildirimini aldık. İadeyi işleme alabilmemiz için montun dışarıda giyilip giyilmediğini, yoksa yalnızca evde mi denendiğini ve etiketlerin hâlâ üzerinde olup olmadığını öğrenmemiz gerekiyor.</p>
<p>Amazon iade talimatları için <a href="https://www.amazon.com.tr/gp/css/returns/homepage.html">buraya tıklayın</a>.</p>
<p>Saygılarımızla<br>
Rüzgâr Giyim</p>""",
["BSM401"], "Amazon link with non-descriptive text 'buraya tıklayın'."),

# 49 vary: violent threat
("reply", "text", "Ynt: Olumsuz yorumunuz – {O}",
"""Bak kardeşim,

{O} numaralı siparişle ilgili bize hakaret dolu mesajlar atıp durmaya devam edersen adresin elimizde, gelip seni bulur, kafanı kırarız. Bunu şaka sanma.

Ürün kusursuzdu, senin hatan yüzünden bozuldu ve başka bir şey konuşmayacağız.

Hırdavat Usta""",
["BSM306"], "Reply containing a violent threat against the buyer."),

# 50 vary: form
("additional-information", "html", "Teslimat tercihiniz – sipariş {O}",
"""<p>Merhaba,</p>
<p><strong>{O}</strong> numaralı siparişinizin teslimatını planlayabilmemiz için tercih ettiğiniz zaman dilimini aşağıdaki formdan seçmenizi rica ederiz.</p>
<form action="https://www.amazon.com.tr/gp/help/customer/display.html" method="post">
<p><label>Zaman dilimi: <select name="slot"><option>09.00–12.00</option><option>13.00–17.00</option></select></label></p>
<p><input type="submit" value="Tercihimi gönder"></p>
</form>
<p>Saygılarımızla<br>
Beyaz Kuğu Ev Eşyaları</p>""",
["BSM312"], "HTML form embedded in the message (active content)."),
]


def _build():
    out = []
    for i, (typ, fmt, subj, body, exp, note) in enumerate(_RAW, 1):
        oid = _oid(i)
        out.append({
            "id": "v18-%s-%03d" % (LANG, i),
            "language": LANG,
            "locale": LOCALE,
            "type": typ,
            "format": fmt,
            "subject": subj.replace("{O}", oid),
            "body": body.replace("{O}", oid),
            "order_id": oid,
            "expected": sorted(exp),
            "note": note,
        })
    return out


MESSAGES = _build()
