# v9 blind evaluation set, Turkish (tr-TR). Standard library only, fixed seed.
import random
import textwrap

LANG = "tr"
LOCALE = "tr-TR"
_PREFIX = "409"


def _order_ids(n):
    rng = random.Random(40953)
    seen = set()
    out = []
    while len(out) < n:
        oid = "%s-%07d-%07d" % (_PREFIX, rng.randrange(10**7), rng.randrange(10**7))
        if oid not in seen:
            seen.add(oid)
            out.append(oid)
    return out


def T(s):
    return textwrap.dedent(s).strip("\n")


IMG = "https://m.media-amazon.com/images/S/seller-assets"

# (type, format, subject, body, expected, note); "#ORD#" is replaced by the order number.
_RAW = [
    # ---------------- 17 clean ----------------
    ("delivery-delay", "text",
     "Siparişinizde gecikme – #ORD#",
     T("""
     Merhaba Zeynep Hanım,

     #ORD# numaralı siparişinizdeki el dövmesi bakır cezve biraz gecikecek. Ustamız geçen hafta rahatsızlandığı için kalaylama işi birkaç gün aksadı.

     Yeni kargoya veriliş tarihimiz 16 Aralık 2026 Çarşamba. Siparişiniz en geç 18 Aralık'ta elinizde olur. Aceleye getirip yarım iş göndermektense birkaç gün beklemeyi tercih ettik, anlayışınız için teşekkür ederiz.

     Saygılarımızla
     Hüseyin Demirci
     Bakırhane – Gaziantep
     """),
     [], "Plain-text delivery delay with a new dispatch date; clean."),
    ("delivery-delay", "html",
     "#ORD# numaralı sipariş – yeni gönderim tarihi",
     T("""
     <table width="100%" cellpadding="8" cellspacing="0">
       <tr><td>
         <p><strong>Sayın Murat Bey,</strong></p>
         <p>#ORD# numaralı siparişinizdeki <em>Kuzey Outdoor Pusula 3</em> çadır, tedarikçimizden gelecek yeni partiyle birlikte stoklarımıza girecektir. Sevkiyatın 08.01.2027 tarihinde depomuza ulaşması planlanıyor.</p>
         <p>Tahmini gönderim tarihi: <strong>11.01.2027</strong>. Siparişinizdeki diğer ürünleri de çadırla aynı kolide göndereceğiz.</p>
         <p>Bekletmek zorunda kaldığımız için özür dileriz.</p>
         <p>Saygılarımızla<br>Müşteri Hizmetleri<br>Kuzey Outdoor</p>
       </td></tr>
     </table>
     """),
     [], "Builder-style HTML table announcing a later ship date, no styling; clean."),
    ("order-problem", "text",
     "[Önemli] Ürün gönderilemiyor – #ORD#",
     T("""
     Merhaba,

     üzülerek bildiririz ki #ORD# numaralı siparişinizi gönderemiyoruz. "Kütahya Çini Kase 20 cm" ürününün son adedi kalite kontrolde çatlak çıktı ve bu desende yeni üretim yapılmayacak.

     Sipariş tutarının tamamı, "stokta yok" (NoInventory) gerekçesiyle düzeltilmiştir. 689,00 TL iadeniz Amazon'un süreçlerine göre, genellikle birkaç iş günü içinde hesabınıza yansır.

     Yaşattığımız aksaklık için özür dileriz.

     Gülşen Aydın
     Anadolu Seramik
     """),
     [], "Order problem confirming the full amount was adjusted (NoInventory), [Önemli] allowed; clean."),
    ("additional-information", "text",
     "Teslimat noktası bilgisi – #ORD#",
     T("""
     Merhaba Emre Bey,

     #ORD# numaralı siparişiniz için teslimat noktası olarak kargo şubesi seçmişsiniz, ancak adreste şube adı yok ve mahallenizde aynı firmanın iki şubesi bulunuyor.

     Hangi şubeden teslim almak istediğinizi ya da adrese teslimatın uygun olup olmadığını yazabilir misiniz? Bu bilgi olmadan gönderiyi oluşturamıyoruz.

     Teşekkürler,
     Kuzey Outdoor – Sipariş Ekibi
     """),
     [], "Asks for the pickup branch needed to ship; clean."),
    ("return-follow-up", "text",
     "İade talebiniz – #ORD#",
     T("""
     Merhaba Elif Hanım,

     #ORD# numaralı siparişinizdeki keten masa örtüsü için iade talebinizi aldık. Dikiş yerinde küçük bir renk farkı olduğunu yazmışsınız.

     Ürün bunun dışında işinizi görüyorsa, örtüyü geri göndermenize gerek kalmadan 150,00 TL kısmi iade yapabiliriz. Yine de tamamen iade etmek isterseniz bu mesaja yanıt vermeniz yeterli, iade süreci normal şekilde devam eder.

     Sevgiler
     Elif Kaya
     Nakış Atölyesi Elif
     """),
     [], "Return follow-up offering a partial refund; clean."),
    ("return-follow-up", "html",
     "#ORD# iadesiyle ilgili bir soru",
     T("""
     <p>Merhaba,</p>
     <p><b>#ORD#</b> numaralı siparişte iki farklı aplik vardı: siyah ve pirinç renk <i>Lamba Evi Nova</i>. İade talebinde yalnızca "1 adet" yazıyor, renk belirtilmemiş.</p>
     <p>Hangisini iade ediyorsunuz? İadeyi doğru kaydedip tutarı eksiksiz geri ödeyebilmemiz için bu bilgiye ihtiyacımız var.</p>
     <p>İyi günler<br>Lamba Evi Müşteri Hizmetleri</p>
     """),
     [], "Return follow-up asking which item is returned; clean."),
    ("invoice", "text",
     "#ORD# numaralı siparişinizin faturası",
     T("""
     Merhaba,

     #ORD# numaralı Amazon siparişinize ait e-Arşiv faturanız ektedir. Fatura No: EVM2026/12/000457, düzenleme tarihi 04.12.2026.

     Toplam tutar: 12.499,00 TL (KDV %20 dahil), KDV tutarı: 2.083,17 TL.

     Faturadaki bilgilerde düzeltme gerekirse bu mesaja yanıt vermeniz yeterli.

     --
     Evim Mobilya San. ve Tic. Ltd. Şti.
     Mobilyacılar Sitesi 3. Cad. No: 18, 16400 İnegöl/Bursa
     İnegöl Vergi Dairesi – Vergi No: 3810457926
     MERSİS No: 0381045792600014 | Ticaret Sicil No: 12874
     """),
     [], "Invoice with Vergi No, MERSİS and an invoice number with slashes; clean."),
    ("review-request", "text",
     "Siparişiniz #ORD# hakkında görüşünüz",
     T("""
     Merhaba Deniz,

     kamp ocağın (sipariş #ORD#) eline ulaşalı bir hafta oldu. Vaktin olursa Amazon'da ürünle ilgili bir değerlendirme yazar mısın? Olumlu ya da olumsuz, her yorum başka alıcıların karar vermesine yardımcı oluyor.

     Kolay gelsin,
     Can
     Kuzey Outdoor
     """),
     [], "Neutral plain-text review request; clean."),
    ("review-request", "html",
     "Cezveniz nasıl? Sipariş #ORD#",
     T("""
     <p><img src="%s/bakirhane-logo.png" alt="Bakırhane logosu" width="150" height="60"></p>
     <p>Merhaba,</p>
     <p>#ORD# numaralı siparişiniz için teşekkür ederiz. Deneyiminiz nasıl olursa olsun, ürünle ilgili görüşünüzü paylaşırsanız seviniriz.</p>
     <p><a href="https://www.amazon.com.tr/review/review-your-purchases/?asin=B0C9XQ4T7M">Amazon.com.tr'de cezve için değerlendirme yazın</a></p>
     <p>Selamlar<br>Hüseyin ve Ayşe<br>Bakırhane</p>
     """ % IMG),
     [], "HTML review request with the shop's logo (alt names shop) and a descriptive https Amazon link; clean."),
    ("delivery-scheduling", "text",
     "Gardırop teslimatı için randevu – #ORD#",
     T("""
     Merhaba Serkan Bey,

     #ORD# numaralı siparişinizdeki 6 kapaklı gardırop koliler hâlinde yaklaşık 160 kg ve iki kişilik ekiple, kata çıkarılarak teslim ediliyor. Nakliye firmasının bölgeniz için uygun saatleri şunlar:

     - 17 Aralık 2026 Perşembe, 09:00–13:00
     - 17 Aralık 2026 Perşembe, 14:00–18:00
     - 19 Aralık 2026 Cumartesi, 10:00–14:00

     Size uyan saati ve kaçıncı katta oturduğunuzu, binada asansör olup olmadığını yazarsanız randevuyu hemen oluşturalım.

     Saygılarımızla
     Okan Yıldız, Sevkiyat Sorumlusu
     Evim Mobilya
     """),
     [], "Scheduling a bulky delivery with dates and time slots; clean."),
    ("home-service-appointment", "text",
     "Kurulum randevusu – #ORD#",
     T("""
     Merhaba,

     #ORD# numaralı siparişinizle birlikte bulaşık makinesi kurulum hizmeti de almışsınız. Teknisyenimiz Ali Bey şu saatlerde gelebilir:

     1) 15 Aralık Salı, 10:00–12:00 arası
     2) 16 Aralık Çarşamba, 15:00–17:00 arası

     Kurulum yaklaşık bir buçuk saat sürüyor. Uygun saati seçip su vanası ile prizin makinenin yerleşeceği boşluğa yakın olduğunu teyit eder misiniz?

     İyi çalışmalar
     Usta Eller Teknik Servis
     """),
     [], "Home-service appointment slots; clean."),
    ("custom-design-verification", "html",
     "Nakış tasarımı onayınıza sunulmuştur – #ORD#",
     T("""
     <p>Merhaba Ayşe Hanım,</p>
     <p><b>#ORD#</b> numaralı siparişinizdeki havlular için nakış tasarımını ekte gönderiyorum (<i>tasarim_#ORD#.pdf</i>): "A &amp; K" baş harfleri, el yazısı stili, lacivert iplik, harf yüksekliği 4 cm.</p>
     <p>Lütfen yazımı ve yerleşimi kontrol edin. Onayınızın ardından nakışa başlıyoruz; değişiklik isterseniz tasarımı bugün içinde düzeltirim.</p>
     <p>Sevgiyle<br>Elif Kaya<br>Nakış Atölyesi Elif</p>
     """),
     [], "Custom design proof attached for approval; clean."),
    ("additional-information", "text",
     "Site giriş kodu – teslimat #ORD#",
     T("""
     Merhaba,

     #ORD# numaralı siparişinizin teslimatını 15.12.2026 için planlıyoruz (referans no EVM-2026-08841, nakliye talep no NT-7300491). Adresinizde "Yeşilvadi Sitesi B Blok" yazıyor ama site girişi ve bina kapısı için şifre belirtilmemiş.

     Nakliyeyi ayarlamadan önce kapı şifresini ya da ekibin girişte kime haber vermesi gerektiğini yazabilir misiniz?

     Teşekkürler,
     Evim Mobilya Sipariş Takip
     """),
     [], "Door-code question with waybill and tracking numbers; clean."),
    ("reply", "text",
     "Ynt: İndüksiyonda çalışır mı? #ORD#",
     T("""
     Merhaba Selin Hanım,

     evet, #ORD# numaralı siparişinizdeki tencerenin adı üreticinin orijinal başlığıyla "Copper Core Induction Saucepan 18 cm" olarak geçiyor, ama indüksiyon ocakta sorunsuz çalışır; tabanında manyetik çelik katman var.

     İlk kullanımdan önce ılık su ve deterjanla yıkayıp iyice kurulamanız yeterli.

     İyi günler
     Hüseyin Demirci
     Bakırhane
     """),
     [], "Reply quoting an English product title inside Turkish sentences; clean."),
    ("reply", "text",
     "Ynt: Kahve makinesi ısıtmıyor – #ORD#",
     T("""
     Merhaba,

     #ORD# numaralı siparişinizdeki kahve makinesinin ısıtmayı bıraktığını duyduğumuza üzüldük. Cihaz 2 yıl üretici garantisi kapsamında ve en hızlı çözüm, markanın yetkili servisine doğrudan başvurmak.

     Üretici garanti destek hattı (Karaca): 0850 252 41 60, hafta içi 09:00–18:00.

     Başvururken cihazın altındaki etiketteki seri numarası ile Amazon hesabınızdaki sipariş belgesi işinizi görecektir.

     Saygılarımızla
     Burcu Şahin
     Mutfak Dünyası
     """),
     [], "Reply giving the manufacturer's warranty line, marked as such; clean."),
    ("reply", "html",
     "Ynt: Satıcı firma bilgileri – #ORD#",
     T("""
     <p>Merhaba,</p>
     <p>#ORD# numaralı siparişle ilgili sorunuz için teşekkürler. Satıcı firmamızın bilgileri aşağıda; aynı bilgiler faturanızda da yer alıyor.</p>
     <p>İyi günler<br>Gülşen Aydın</p>
     <hr>
     <p><small>Anadolu Seramik Tic. Ltd. Şti.<br>
     Zafertepe Mah. Çinigar Cad. No: 27, 43100 Merkez/Kütahya<br>
     Kütahya Vergi Dairesi – Vergi No: 6812354702<br>
     MERSİS No: 0068123547000019</small></p>
     """),
     [], "Reply with a company-details footer in <small>; clean."),
    ("reply", "text",
     "Ynt: İadem ulaştı mı? #ORD#",
     T("""
     Merhaba Fatma Hanım,

     #ORD# numaralı siparişi kontrol ettim. 418830572914 takip numaralı iade paketiniz 02.12.2026 saat 11:47'de bize ulaştı; 1.349,90 TL tutarındaki iadeniz de 03.12.2026 saat 09:15'te başlatıldı (iade kayıt no: IAD-2026-1187).

     Bankalar bu tutarları genellikle 3–5 iş günü içinde yansıtıyor, yani en geç 10 Aralık'ta hesabınızda görmeniz gerekir.

     İyi günler
     Cem Arslan
     Lamba Evi
     """),
     [], "Reply with tracking/return numbers, dates, times and amounts; clean."),
    # ---------------- 31 violations ----------------
    ("fulfillment-question", "text",
     "#ORD# numaralı siparişiniz yolda",
     T("""
     Merhaba,

     #ORD# numaralı siparişiniz bu sabah İnegöl'deki depomuzdan çıktı ve kargo firmasına teslim edildi. 1–3 iş günü içinde adresinize ulaşması bekleniyor.

     İyi günler
     Evim Mobilya
     """),
     ["BSM201"], "Shipping confirmation: left the warehouse, handed to the carrier."),
    ("fulfillment-question", "html",
     "Siparişiniz bize ulaştı – #ORD#",
     T("""
     <p>Merhabalar!</p>
     <p>#ORD# numaralı siparişiniz elimize ulaştı, şu an hazırlıyoruz: fincanlar kâğıda sarıldı, el boyaması tabaklar da bu gece kurumasını tamamlayacak.</p>
     <p>Sevgiyle<br>Anadolu Seramik ekibi</p>
     """),
     ["BSM201"], "Order confirmation: order received and being prepared."),
    ("fulfillment-question", "text",
     "Teşekkürler! #ORD#",
     T("""
     Merhaba,

     Bakırhane'den alışveriş yaptığınız ve küçük bir atölyeye güvendiğiniz için çok teşekkür ederiz (sipariş #ORD#). Bu bizim için gerçekten çok değerli!

     Hüseyin
     """),
     ["BSM202"], "Thanks-only message."),
    ("fulfillment-question", "text",
     "Sipariş #ORD#",
     T("""
     Merhaba,

     #ORD# numaralı siparişinizle ilgili herhangi bir sorun olursa çekinmeden yazın, pazartesiden cumartesiye kadar buradayız.

     Lamba Evi Ekibi
     """),
     ["BSM202"], "Only says the seller is there if a problem comes up."),
    ("delivery-delay", "text",
     "Küçük bir gecikme – #ORD#",
     T("""
     Merhaba,

     #ORD# numaralı siparişinizi uygun boyutta koliler gelmediği için iki gün geç, 11 Aralık'ta kargoya vereceğiz. Kusura bakmayın!

     Selamlar
     Kuzey Outdoor

     Not: Yılbaşına kadar Amazon'daki tüm ürünlerimizde %20 indirim var, kaçırmayın.
     """),
     ["BSM203"], "Permitted delay with a P.S. advertising 20 % off the whole range."),
    ("reply", "text",
     "Ynt: Önlük bedeni – #ORD#",
     T("""
     Merhaba Gizem Hanım,

     #ORD# numaralı siparişinizdeki önlüğün boyun askısı ayarlanabiliyor; 1,60 m boyunda birine de 1,90 m boyunda birine de rahatça olur.

     Bu arada bizi Instagram'da takip edip bültenimize abone olmayı unutmayın, ocak ayında yeni keten masa örtüsü koleksiyonumuzu tanıtıyoruz.

     Elif
     Nakış Atölyesi Elif
     """),
     ["BSM203"], "Useful reply that also invites following, the newsletter and a new collection."),
    ("review-request", "text",
     "Siparişiniz hakkında yorumunuz – #ORD#",
     T("""
     Merhaba,

     #ORD# numaralı siparişinizdeki abajurun evinize yakıştığını umuyoruz. Amazon.com.tr'de birkaç satırlık bir değerlendirme yazarsanız çok seviniriz.

     Yorumunuz yayınlanır yayınlanmaz bize haber verin, teşekkür olarak size küçük bir hediye gönderelim.

     Lamba Evi
     """),
     ["BSM204"], "Review request promising a small gift once the review is published."),
    ("review-request", "html",
     "Yorumunuza karşılık ücret iadesi – #ORD#",
     T("""
     <p>Merhaba Kerem Bey,</p>
     <p>size bir teklifimiz var: #ORD# numaralı siparişinizdeki bıçak seti için Amazon'da bir değerlendirme yazın, yorum ürün sayfasında görünür görünmez <b>ödediğiniz tutarın tamamını iade edelim</b>.</p>
     <p>Yorum yayınlandığında bu mesaja yanıt vermeniz yeterli.</p>
     <p>Saygılarımızla<br>Mutfak Dünyası</p>
     """),
     ["BSM204"], "Full refund offered once the review is online."),
    ("reply", "text",
     "Ynt: Kırık fincan – #ORD#",
     T("""
     Merhaba Nur Hanım,

     #ORD# numaralı siparişiniz için yeni fincanı dün ücretsiz olarak gönderdik; kırık olanı geri yollamanıza gerek yok.

     Sorun çözüldüğüne göre, verdiğiniz tek yıldızlı değerlendirmeyi güncelleyebilir ya da kaldırabilir misiniz? Mağaza puanımızı epey aşağı çekiyor.

     Saygılarımla
     Gülşen Aydın
     """),
     ["BSM205"], "Asks to update or remove a one-star review."),
    ("review-request", "text",
     "Değerlendirme ricası – #ORD#",
     T("""
     Merhaba,

     #ORD# numaralı siparişinizdeki komodinden memnun kaldıysanız Amazon'da bir değerlendirme yazmanız bizi çok mutlu eder.

     Bir sorun varsa lütfen yorum yazmak yerine önce bize ulaşın, hemen çözelim.

     Saygılarımızla
     Evim Mobilya
     """),
     ["BSM206"], "Asks only satisfied buyers to review; steers unhappy ones to the seller."),
    ("review-request", "html",
     "Beş yıldız? Sipariş #ORD#",
     T("""
     <p>Merhaba,</p>
     <p>küçük bir atölyenin büyük ricası: #ORD# numaralı siparişinizdeki havlular hoşunuza gittiyse Amazon'da bize <b>5 yıldız</b> verir misiniz? Bizim gibi bir atölye için her beş yıldız çok şey ifade ediyor.</p>
     <p>Teşekkürler!<br>Elif</p>
     """),
     ["BSM206"], "Asks for a five-star rating."),
    ("order-problem", "text",
     "#ORD# – ürün stokta kalmadı",
     T("""
     Merhaba,

     maalesef #ORD# numaralı siparişinizdeki pirinç renk Lamba Evi Nova aplik tükendi ve üretici yeni parti üretmeyecek. Sipariş tutarının tamamını NoInventory (stokta yok) gerekçesiyle düzelttik.

     Her şeyin bir an önce kapanması için en hızlı yol, Amazon hesabınızdan siparişi sizin iptal etmeniz olacaktır.

     Özür dileriz
     Lamba Evi
     """),
     ["BSM108"], "Amount adjusted, but advises the buyer to cancel because stock ran out."),
    ("order-problem", "text",
     "Sipariş #ORD#",
     T("""
     Merhaba Hülya Hanım,

     çok üzgünüz ama #ORD# numaralı siparişinizdeki adaçayı yeşili nevresim takımı az önce tükendi ve uzun süre gelmeyecek.

     Amazon üzerinden bir iptal talebi oluşturursanız çok memnun oluruz, böylece süreç en hızlı şekilde kapanır.

     Selamlar
     Elif, Nakış Atölyesi Elif
     """),
     ["BSM107", "BSM108"], "Out of stock: asks for a cancellation request, no adjustment confirmed."),
    ("delivery-delay", "text",
     "#ORD# numaralı siparişte gecikme",
     T("""
     Merhaba,

     #ORD# numaralı siparişinizi çekmece raylarının tedarikini beklediğimiz için ancak 14.12.2026'da kargoya verebileceğiz. Gecikme için özür dileriz.

     Bizden bu tür mesajlar almak istemiyorsanız bu mesaja RET yazarak yanıt verin, listemizden çıkaralım.

     Evim Mobilya
     """),
     ["BSM305"], "Delay message with a reply-RET opt-out instruction."),
    ("reply", "text",
     "Ynt: Paketim nerede?! #ORD#",
     T("""
     Merhaba,

     #ORD# numaralı siparişe baktım. Bu kargocuların amına koyayım, paketi yine kaybetmişler; üç gündür aktarma merkezinde duruyor, kimse telefonu açmıyor. Yarına kadar kıpırdamazsa yenisini göndereceğiz.

     Tolga
     Kuzey Outdoor
     """),
     ["BSM306"], "Reply containing Turkish profanity."),
    ("delivery-delay", "text",
     "Order #ORD# – shipping update",
     T("""
     Hello,

     we are sorry to let you know that your order #ORD# will leave our workshop a few days later than planned. The glaze on the bowls needs a second firing, so we now expect to ship on 15 December 2026.

     Best regards,
     Gülşen
     Anadolu Seramik
     """),
     ["BSM104"], "Message to a Turkish buyer written entirely in English."),
    ("additional-information", "text",
     "Fırın teslimatı – #ORD#",
     T("""
     Merhaba,

     #ORD# numaralı siparişinizdeki ankastre fırının teslimatı için binanızda yük asansörü olup olmadığını öğrenmemiz gerekiyor.

     En kolayı ofisimizi aramanız: 0532 418 77 09 (hafta içi 09:00–17:00).

     İyi günler
     Evim Mobilya
     """),
     ["BSM309"], "Seller's phone number in national format."),
    ("reply", "html",
     "Ynt: Lamba arızası – #ORD#",
     T("""
     <p>Merhaba,</p>
     <p>#ORD# numaralı siparişinizdeki lambanın arızasıyla ilgili teknik ekibimizi <b>+90 212 555 48 17</b> numarasından arayabilirsiniz; arkadaşımız adaptör testini sizinle birlikte yapacak.</p>
     <p>İyi günler<br>Cem, Lamba Evi</p>
     """),
     ["BSM309"], "Seller's phone number in international format."),
    ("reply", "text",
     "Ynt: Kurumsal fatura – #ORD#",
     T("""
     Merhaba,

     #ORD# numaralı siparişin faturasını elbette şirketiniz adına düzenleyebiliriz. Vergi numaranızı ve şirket unvanınızı muhasebe@bakirhane.com.tr adresine gönderirseniz muhasebemiz gerisini halleder.

     Hüseyin Demirci
     """),
     ["BSM308"], "Plain e-mail address in the text."),
    ("reply", "text",
     "Ynt: Hasar fotoğrafları – #ORD#",
     T("""
     Merhaba,

     #ORD# numaralı siparişle ilgili talebinizi değerlendirebilmemiz için masa tablasındaki çiziğin fotoğraflarına ihtiyacımız var. Fotoğrafları destek et evimmobilya nokta com adresine, konu satırına sipariş numarasını yazarak gönderebilirsiniz.

     Saygılarımızla
     Evim Mobilya
     """),
     ["BSM308"], "E-mail address obfuscated with 'et' and 'nokta'."),
    ("reply", "html",
     "Ynt: Bakır cezvenin bakımı – #ORD#",
     T("""
     <p>Merhaba,</p>
     <p>#ORD# numaralı siparişinizdeki cezveyi bulaşık makinesinde yıkamayın; limon ve karbonatla arada bir parlatmanız yeterli.</p>
     <p>Diğer bakım önerilerini <a href="https://www.bakirhane.com.tr/blog/bakir-bakimi">Bakır mutfak eşyalarının bakımı rehberimizde</a> topladık.</p>
     <p>Selamlar<br>Hüseyin Demirci</p>
     """),
     ["BSM302"], "Descriptive https link to the seller's own blog."),
    ("delivery-delay", "html",
     "Yeni gönderim tarihi – #ORD#",
     T("""
     <p>Merhaba,</p>
     <p>#ORD# numaralı siparişinizi, daha önce bildirdiğimizden iki gün sonra, 16.12.2026'da kargoya vereceğiz. Güncel durumu her zaman <a href="http://www.amazon.com.tr/gp/css/order-history">Amazon.com.tr'deki Siparişlerim sayfasında</a> görebilirsiniz.</p>
     <p>Özür dileriz<br>Nakış Atölyesi Elif</p>
     """),
     ["BSM301"], "Descriptive http (not https) link to Amazon."),
    ("review-request", "html",
     "Fincanınız hakkında – #ORD#",
     T("""
     <p>Merhaba,</p>
     <p>#ORD# numaralı siparişinizdeki fincan takımını nasıl buldunuz? Amazon'da bir değerlendirme yazarsanız seviniriz.</p>
     <p><img src="%s/kutahya-cini-fincan-takimi-2li.jpg" alt="Kütahya çini fincan takımı, 2'li" width="300" height="300"></p>
     <p>Selamlar<br>Anadolu Seramik</p>
     """ % IMG),
     ["BSM310"], "Includes a photo of the purchased cup set."),
    ("delivery-delay", "html",
     "Yılbaşı yoğunluğu nedeniyle gecikme – #ORD#",
     T("""
     <p>Merhaba,</p>
     <p>yılbaşı öncesi kargo firmalarındaki yoğunluk nedeniyle #ORD# numaralı siparişinizi ancak 18.12.2026'da gönderebileceğiz.</p>
     <p><img src="%s/stock-yilbasi-agaci.jpg" alt="Süslenmiş yılbaşı ağacı" width="400" height="250"></p>
     <p>Mutlu yıllar!<br>Lamba Evi</p>
     """ % IMG),
     ["BSM311"], "Stock Christmas-tree image unrelated to the shop."),
    ("delivery-delay", "html",
     "Sipariş #ORD# – gönderim ertelendi",
     T("""
     <p><img src="%s/evim-mobilya-logo.png" width="180" height="50"></p>
     <p>Merhaba,</p>
     <p>#ORD# numaralı siparişinizdeki şifonyer, fabrikadaki cila işlemi geciktiği için 14.12.2026 yerine 21.12.2026'da gönderilecek.</p>
     <p>Saygılarımızla<br>Evim Mobilya</p>
     """ % IMG),
     ["BSM402"], "Shop logo without an alt attribute."),
    ("delivery-scheduling", "text",
     "Yemek masası teslimatı – #ORD#",
     T("""
     Selam!

     #ORD# numaralı siparişinizdeki meşe yemek masası yola çıkmaya hazır 🚚 19 Aralık Cumartesi 09:00–13:00 arası uyar mı, yoksa 21 Aralık Pazartesi öğleden sonrayı mı tercih edersiniz?

     Haber bekliyoruz 🙏
     Okan, Evim Mobilya
     """),
     ["BSM403"], "Emoji in a delivery-scheduling message."),
    ("additional-information", "text",
     "Gravür için isim – #ORD#",
     T("""
     Merhaba,

     #ORD# numaralı siparişinizde kesme tahtasına kazınacak ismi yazmamışsınız. Hangi ismi kazıyalım, tarih de ekleyelim mi? :)

     Selamlar
     Ayşe, Bakırhane
     """),
     ["BSM403"], "Text emoticon ':)' in an otherwise permitted request."),
    ("delivery-delay", "html",
     "Gönderim bilgisi – #ORD#",
     T("""
     <style>
       h1 { font-size: 24px; }
       h2 { font-size: 18px; }
       p { font-size: 14px; }
       .kucuk { font-size: 11px; }
     </style>
     <h1>Nakış Atölyesi Elif</h1>
     <h2>Sipariş #ORD#</h2>
     <p>Merhaba, nevresim takımınızı 15.12.2026'da kargoya vereceğiz; kumaş boyahaneden planladığımızdan bir gün geç döndü.</p>
     <p>Gecikme için özür dileriz.</p>
     <p class="kucuk">Nakış Atölyesi Elif, Kıbrıs Şehitleri Cad. No: 92/4, 35220 Alsancak/İzmir</p>
     """),
     ["BSM410"], "Four explicit font sizes in a <style> block."),
    ("delivery-delay", "html",
     "Gecikme – sipariş #ORD#",
     T("""
     <p>Merhaba,</p>
     <p>#ORD# numaralı siparişinizi 14.12.2026 yerine 17.12.2026'da göndereceğiz; lamba camlarını cam atölyesinden bekliyoruz.</p>
     <p></p>
     <p>&nbsp;</p>
     <p></p>
     <p>Anlayışınız için teşekkür ederiz.</p>
     <p>Lamba Evi</p>
     """),
     ["BSM412"], "Empty paragraphs between paragraphs in HTML."),
    ("return-follow-up", "text",
     "[Önemli] İadeniz hakkında – #ORD#",
     T("""
     Merhaba,

     #ORD# numaralı siparişin iadesi için gönderdiğiniz pakette yalnızca bir eldiven çifti vardı. Diğer çifti de gönderecek misiniz, yoksa yalnızca bu çift için mi iade istiyorsunuz?

     Teşekkürler
     Kuzey Outdoor
     """),
     ["BSM110"], "[Önemli] tag on a return follow-up, which is not critical."),
    ("review-request", "html",
     "Sipariş #ORD# hakkında değerlendirme",
     T("""
     <p>Merhaba,</p>
     <p>#ORD# numaralı siparişiniz teslim edileli bir hafta oldu. Vaktiniz olursa ürünü Amazon'da değerlendirebilirsiniz; değerlendirme sayfası için <a href="https://www.amazon.com.tr/review/review-your-purchases/?asin=B0D2M7KX31">buraya tıklayın</a>.</p>
     <p>Saygılarımızla<br>Mutfak Dünyası</p>
     """),
     ["BSM401"], "Link text 'buraya tıklayın' (click here) does not say where it goes."),
    # ---------------- 2 that vary ----------------
    ("delivery-scheduling", "html",
     "Teslimat saatinizi seçin – #ORD#",
     T("""
     <p>Merhaba,</p>
     <p>#ORD# numaralı siparişinizdeki kanepenin teslimatı için size uygun saat aralığını seçip gönderin:</p>
     <form>
       <p><input type="radio" name="slot" value="1"> 17.12.2026, 09:00–13:00</p>
       <p><input type="radio" name="slot" value="2"> 17.12.2026, 14:00–18:00</p>
       <p><input type="submit" value="Gönder"></p>
     </form>
     <p>Saygılarımızla<br>Evim Mobilya</p>
     """),
     ["BSM312"], "An HTML form with radio buttons and a submit button."),
    ("delivery-delay", "html",
     "Gönderim tarihi değişti – #ORD#",
     T("""
     <p><img src="http://m.media-amazon.com/images/S/seller-assets/anadolu-seramik-logo.png" alt="Anadolu Seramik logosu" width="150" height="60"></p>
     <p>Merhaba,</p>
     <p>#ORD# numaralı siparişinizdeki çini tabaklar ikinci fırınlamadan sonra 15.12.2026'da kargoya verilecek.</p>
     <p>Saygılarımızla<br>Anadolu Seramik</p>
     """),
     ["BSM413"], "Shop logo loaded over http."),
]

_IDS = _order_ids(len(_RAW))

MESSAGES = []
for _i, (_type, _fmt, _subj, _body, _exp, _note) in enumerate(_RAW, 1):
    _oid = _IDS[_i - 1]
    _raw = _oid.replace("-", "")
    MESSAGES.append({
        "id": "v9-%s-%03d" % (LANG, _i),
        "language": LANG,
        "locale": LOCALE,
        "type": _type,
        "format": _fmt,
        "subject": _subj.replace("#ORD#", _oid).replace("#RAW#", _raw),
        "body": _body.replace("#ORD#", _oid).replace("#RAW#", _raw),
        "order_id": _oid,
        "expected": sorted(_exp),
        "note": _note,
    })
