"""v31 evaluation messages, Turkish (tr-TR)."""

_L = "tr"


def _m(n, locale, typ, fmt, subject, body, order_id, expected, note):
    return {
        "id": "v31-tr-%03d" % n,
        "language": _L,
        "locale": locale,
        "type": typ,
        "format": fmt,
        "subject": subject,
        "body": body.strip(),
        "order_id": order_id,
        "expected": sorted(expected),
        "note": note,
    }


MESSAGES = [
    _m(1, "tr-TR", "delivery-delay", "text",
       "629-3018475-2264190 numaralı siparişinizde gecikme",
       """
Merhaba Ayşe Hanım,

629-3018475-2264190 numaralı siparişinizdeki el dokuması Uşak halısı, atölyemizde son yıkama ve kurutma aşamasında. Havaların nemli gitmesi nedeniyle kuruma beklediğimizden uzun sürüyor.

Halınızı 16.12.2026 Çarşamba günü gönderebileceğimizi öngörüyoruz. Bu tarih size uymazsa bu mesajı yanıtlamanız yeterli.

Anlayışınız için teşekkür ederiz.

Saygılarımızla,
Kilim Evi Atölyesi, Uşak
""",
       "629-3018475-2264190", [], "Clean plain-text delivery delay for a hand-made rug."),

    _m(2, "tr-TR", "delivery-delay", "html",
       "Sipariş 629-8802153-4417936 – güncel gönderim tarihi",
       """
<p>Sayın Mehmet Bey,</p>
<p><strong>629-8802153-4417936</strong> numaralı siparişinizdeki oyun bilgisayarı, ekran kartı tedarikindeki gecikme yüzünden henüz toplanamadı.</p>
<table>
<tr><td>Eski tahmini gönderim</td><td>09.12.2026</td></tr>
<tr><td>Yeni tahmini gönderim</td><td>18.12.2026</td></tr>
</table>
<p>Parça depomuza ulaşır ulaşmaz montaj ve 24 saatlik test yapılacak. Gecikme için özür dileriz.</p>
<p>İyi günler dileriz,<br>TeknoKasa Bilgisayar</p>
""",
       "629-8802153-4417936", [], "Clean HTML delivery delay with a date table."),

    _m(3, "tr-TR", "order-problem", "text",
       "[Önemli] 629-5547021-0093862 numaralı siparişinizle ilgili sorun",
       """
Merhaba,

Çok üzgünüz; siparişinizdeki bakır cezve seti (629-5547021-0093862) stok sayımında hatalı göründüğü için elimizde kalmamış.

Sipariş tutarını Amazon sistemi üzerinden stok yokluğu gerekçesiyle tamamen düzelttik. 689,90 TL'lik iade, ödeme yönteminize bağlı olarak birkaç iş günü içinde hesabınıza yansıyacaktır.

Yaşattığımız aksaklık için tekrar özür dileriz.

Bakırcı Usta, Gaziantep
""",
       "629-5547021-0093862", [], "Clean order problem with [Önemli] and the amount adjustment confirmed."),

    _m(4, "tr-TR", "additional-information", "text",
       "Siparişiniz için bir bilgiye ihtiyacımız var (629-2293860-7715403)",
       """
Merhaba Emre Bey,

629-2293860-7715403 numaralı siparişinizdeki özel ölçü cam masa tablası için kenar işlemesini seçmemişsiniz. Düz rodaj mı, yoksa bizote (pahlı) kenar mı istersiniz?

Bu bilgi olmadan camı kesime gönderemiyoruz. Yanıtınızı bekliyoruz.

Kolay gelsin,
Şeffaf Cam Dekorasyon
""",
       "629-2293860-7715403", [], "Clean request for information needed to complete the order."),

    _m(5, "tr-TR", "return-follow-up", "html",
       "İade talebiniz – sipariş 629-6671348-2258017",
       """
<p>Merhaba Zeynep Hanım,</p>
<p>629-6671348-2258017 numaralı siparişinizdeki elbisenin eteğinde küçük bir dikiş kaçığı olduğunu iade talebinizden öğrendik.</p>
<p>Elbiseyi geri göndermek yerine saklamak isterseniz, size <strong>150,00 TL kısmi iade</strong> yapabiliriz. Bu teklif uygunsa mesajı "kabul" diye yanıtlamanız yeterli. Tercihiniz tam iade ise iade süreci olduğu gibi devam eder.</p>
<p>Saygılarımızla,<br>Nazende Butik</p>
""",
       "629-6671348-2258017", [], "Clean return follow-up offering a partial refund."),

    _m(6, "tr-TR", "return-follow-up", "text",
       "629-0184937-5562284 iadesi hakkında kısa bir soru",
       """
Merhaba,

629-0184937-5562284 numaralı siparişinizdeki akıllı saati iade etmek istediğinizi gördük. İadeyi tamamlayabilmemiz için saatin telefonunuzla eşleşmesini kaldırıp kaldırmadığınızı öğrenmemiz gerekiyor; aksi halde cihaz kilitli kalıyor.

Ayrıca şarj kablosunun kutuda olup olmadığını da yazabilir misiniz?

Teşekkürler,
Saatçi Dükkanı Online
""",
       "629-0184937-5562284", [], "Clean return follow-up asking for information needed to complete it."),

    _m(7, "tr-TR", "invoice", "text",
       "629-4458106-9930471 numaralı siparişinizin faturası",
       """
Sayın Müşterimiz,

629-4458106-9930471 numaralı siparişinize ait FTR/2026/004512 numaralı e-arşiv faturanız ektedir.

Fatura tutarı: 2.418,00 TL (KDV %20 dahil)

Satıcı: Anadolu Yedek Parça Ticaret Ltd. Şti.
Adres: İvedik OSB, 1354. Cadde No: 22, Yenimahalle / Ankara
Vergi Dairesi: Ostim, Vergi No: 0680412297
MERSİS No: 0068041229700015

İyi çalışmalar dileriz.
""",
       "629-4458106-9930471", [], "Clean invoice with tax office, tax number, MERSİS and an invoice number with slashes."),

    _m(8, "tr-TR", "review-request", "text",
       "Siparişiniz hakkında görüşünüz (629-7725390-1184652)",
       """
Merhaba Can Bey,

Satın aldığınız kamp sandalyesini birkaç gündür kullanıyorsunuzdur. Vaktiniz olursa Amazon'da ürün hakkında bir değerlendirme yazmanızı rica ederiz; olumlu ya da olumsuz, her yorum diğer alıcılara yol gösteriyor.

Sipariş no: 629-7725390-1184652

Selamlar,
Doğa Kamp Malzemeleri
""",
       "629-7725390-1184652", [], "Clean neutral review request in plain text."),

    _m(9, "tr-TR", "review-request", "html",
       "629-1360827-4473915 numaralı siparişiniz için değerlendirme",
       """
<p><img src="https://cdn.lavantabahcesi.com.tr/eposta/lavanta-bahcesi-logo.png" alt="Lavanta Bahçesi logosu" width="170" height="55"></p>
<p>Merhaba Elif Hanım,</p>
<p>629-1360827-4473915 numaralı siparişinizdeki doğal sabunlar hakkındaki fikirlerinizi merak ediyoruz. Dilerseniz deneyiminizi Amazon'da paylaşabilirsiniz.</p>
<p><a href="https://www.amazon.com.tr/review/create-review?asin=B0CQ7TR2LM">Amazon.com.tr'de ürün değerlendirmesi yazın</a></p>
<p>Sevgiyle,<br>Lavanta Bahçesi</p>
""",
       "629-1360827-4473915", [], "Clean HTML review request with shop logo and descriptive Amazon link."),

    _m(10, "tr-TR", "delivery-scheduling", "text",
       "Teslimat randevusu – 629-9043175-6628804",
       """
Merhaba Hakan Bey,

629-9043175-6628804 numaralı siparişinizdeki üçlü koltuk takımı kamyonetle ve iki personelle teslim edilecek. Aşağıdaki zaman aralıklarından birini seçebilir misiniz?

1) 11 Aralık Cuma, 09:00 - 13:00
2) 12 Aralık Cumartesi, 13:00 - 17:00
3) 14 Aralık Pazartesi, 18:00 - 21:00

Binanızda asansör var mı, varsa koltuklar sığar mı? Bu bilgiyi de eklerseniz çok iyi olur.

İnegöl Mobilya Dünyası
Sevkiyat Birimi
""",
       "629-9043175-6628804", [], "Clean bulky-delivery scheduling with time slots."),

    _m(11, "tr-TR", "home-service-appointment", "html",
       "Klima montajı randevusu – sipariş 629-3892416-0057723",
       """
<p>Merhaba Selin Hanım,</p>
<p>629-3892416-0057723 numaralı siparişinizle birlikte klima montaj hizmeti satın aldınız. Yetkili montaj ekibimiz için önerdiğimiz tarihler:</p>
<ul>
<li>15.12.2026 Salı, 10:00 – 12:00</li>
<li>16.12.2026 Çarşamba, 14:00 – 16:00</li>
</ul>
<p>Montaj yaklaşık iki saat sürer; dış ünitenin konacağı balkona erişim gerekiyor. Size uygun olan saati bu mesaja yanıt olarak bildirebilirsiniz.</p>
<p>Saygılarımızla,<br>SoğukHava Klima Servis</p>
""",
       "629-3892416-0057723", [], "Clean home-service appointment with dates and slots."),

    _m(12, "tr-TR", "custom-design-verification", "text",
       "Tasarım onayı – 629-6204753-3381196",
       """
Merhaba Deniz Hanım,

Düğün davetiyeleriniz için hazırladığımız taslak ekte (davetiye_taslak_2.pdf). Sipariş: 629-6204753-3381196.

Lütfen şunları kontrol edin:
- isimler: Deniz & Burak
- tarih ve saat: 20 Şubat 2027, 19:30
- mekân: Çırağan Bahçe, Beşiktaş

Onay verdiğinizde 150 adet baskıya geçeceğiz. Değişiklik isterseniz yazmanız yeterli.

Kâğıt Atölyesi
""",
       "629-6204753-3381196", [], "Clean design proof verification."),

    _m(13, "tr-TR", "fulfillment-question", "text",
       "Site giriş bilgisi – sipariş 629-0517264-8849317",
       """
Merhaba,

629-0517264-8849317 numaralı siparişinizin kargosu (takip no: 7310294485162, şube referansı KRG-2026-88413) sitenizin girişinde güvenlik tarafından kabul edilmedi.

Kuryenin siteye girebilmesi için blok ve daire numaranızı, varsa kapı şifresini yazabilir misiniz? Ya da paketin güvenliğe bırakılmasını isterseniz onu da belirtin.

İyi günler,
Evcil Dostlar Pet Shop
""",
       "629-0517264-8849317", [], "Clean door-code/access question with tracking and reference numbers."),

    _m(14, "tr-TR", "reply", "text",
       "Ynt: 629-2871940-5526038 numaralı sipariş",
       """
Merhaba Burak Bey,

Sorunuz için teşekkürler. Siparişinizdeki "Barista Pro Milk Frother – Stainless Steel" hem elektrikli ocakta hem indüksiyonda kullanılabilir. Kutudan Almanca ve İngilizce kılavuz çıkıyor, Türkçe kılavuzu isterseniz PDF olarak gönderebiliriz.

Sipariş no: 629-2871940-5526038

Selamlar,
Kahve Köşesi
""",
       "629-2871940-5526038", [], "Clean reply quoting an English product title in Turkish sentences."),

    _m(15, "tr-TR", "reply", "text",
       "Ynt: Garanti – 629-7159326-0038841",
       """
Merhaba Gülay Hanım,

Blenderınızın motoru çalışmıyorsa cihaz 2 yıllık üretici garantisi kapsamındadır. Garanti başvurusu doğrudan üretici firmanın yetkili servisine yapılıyor.

Üretici garanti danışma hattı (Mutfakçı A.Ş.): 0850 460 27 27

Servisi ararken sipariş numaranızı (629-7159326-0038841) ve cihazın altındaki seri numarasını hazır bulundurmanızı öneririz.

Kolaylıklar dileriz,
Ev Aletleri Pazarı
""",
       "629-7159326-0038841", [], "Clean reply with the manufacturer's warranty hotline marked as such."),

    _m(16, "tr-TR", "reply", "html",
       "Ynt: Firma bilgileri – sipariş 629-4006518-7712359",
       """
<p>Merhaba,</p>
<p>629-4006518-7712359 numaralı siparişinizin satıcısı ve faturayı düzenleyen firma biziz; kurumsal fatura için ihtiyaç duyduğunuz bilgiler aşağıdadır.</p>
<p>Saygılarımızla,<br>Müşteri Hizmetleri</p>
<p><small>Ege Zeytinyağı Gıda San. ve Tic. A.Ş.<br>Atatürk Cad. No: 118, 35220 Konak / İzmir<br>Vergi Dairesi: Konak · Vergi No: 3250719846 · Ticaret Sicil No: 184572<br>Çalışma saatleri: Hafta içi 09:00 – 18:00</small></p>
""",
       "629-4006518-7712359", [], "Clean reply with a company-details footer."),

    _m(17, "tr-TR", "reply", "text",
       "Ynt: İade ödemem ne zaman? (629-8364702-1195582)",
       """
Merhaba Onur Bey,

İade paketiniz (iade kodu IAD-55217, kargo takip no 1108745523918) 03.12.2026 saat 16:45'te depomuza ulaştı. Kontrolün ardından 04.12.2026 saat 11:20'de 1.349,00 TL tutarındaki iadeniz başlatıldı.

629-8364702-1195582 numaralı siparişe ait tutar, bankanıza göre 3-7 iş günü içinde kartınıza yansır.

İyi günler,
Spor Ayakkabı Merkezi
""",
       "629-8364702-1195582", [], "Clean reply with return/tracking numbers, dates, times and amounts."),

    # ---- violations ----
    _m(18, "tr-TR", "fulfillment-question", "text",
       "Siparişiniz yola çıktı! 629-1825406-3360975",
       """
Merhaba Ece Hanım,

629-1825406-3360975 numaralı siparişinizdeki kahve fincanları bugün öğleden sonra depomuzdan çıktı ve kargo firmasına teslim edildi. 1-2 iş günü içinde elinizde olur.

Porselen Dünyası
""",
       "629-1825406-3360975", ["BSM201"], "Shipping confirmation: left the warehouse and handed to the carrier."),

    _m(19, "tr-TR", "additional-information", "html",
       "Siparişinizi aldık – 629-5093371-8824406",
       """
<p>Merhaba!</p>
<p>629-5093371-8824406 numaralı siparişiniz bize ulaştı, şu anda hazırlanıyor. Baharatlarınızı taze öğütüp vakumlu paketlerle kutuluyoruz.</p>
<p>Afiyetle kullanmanız dileğiyle,<br>Mısır Çarşısı Baharat</p>
""",
       "629-5093371-8824406", ["BSM201"], "Order confirmation: order received and being prepared."),

    _m(20, "tr-TR", "fulfillment-question", "text",
       "Teşekkürler – 629-6738215-0047829",
       """
Değerli Müşterimiz,

Bizi tercih ettiğiniz için yürekten teşekkür ederiz. Sizin gibi müşterilerimiz sayesinde büyüyoruz.

Sipariş no: 629-6738215-0047829

Sevgilerle,
Örgü Sepeti
""",
       "629-6738215-0047829", ["BSM202"], "Thanks-only message."),

    _m(21, "tr-TR", "additional-information", "text",
       "629-2409653-7781130 numaralı siparişiniz",
       """
Merhaba,

Siparişinizle ilgili herhangi bir sorun yaşarsanız bize buradan yazmaktan çekinmeyin, her zaman yardıma hazırız.

629-2409653-7781130

Oto Aksesuar Market
""",
       "629-2409653-7781130", ["BSM202"], "Only an offer to help if a problem comes up."),

    _m(22, "tr-TR", "delivery-scheduling", "text",
       "Buzdolabı teslimatı – 629-9571804-2236647",
       """
Merhaba Serkan Bey,

629-9571804-2236647 numaralı siparişinizdeki buzdolabını 10 Aralık Perşembe 09:00-12:00 veya 11 Aralık Cuma 14:00-18:00 arasında teslim edebiliriz. Hangisi uygun?

Beyaz Eşya Deposu

Not: Yılbaşına özel tüm küçük ev aletlerinde %20 indirim başladı, kaçırmayın!
""",
       "629-9571804-2236647", ["BSM203"], "Delivery scheduling with a note announcing a 20% sale."),

    _m(23, "tr-TR", "review-request", "text",
       "Görüşleriniz bizim için değerli – 629-3316029-5590718",
       """
Merhaba Pınar Hanım,

629-3316029-5590718 numaralı siparişinizdeki bebek battaniyesi hakkında Amazon'da bir değerlendirme yazarsanız çok seviniriz.

Bu arada yeni organik pamuk koleksiyonumuzu görmek için bizi Instagram'da takip etmeyi ve e-bültenimize abone olmayı unutmayın.

Minik Adımlar Bebe
""",
       "629-3316029-5590718", ["BSM203"], "Review request with new collection, follow-us and newsletter promotion."),

    _m(24, "tr-TR", "review-request", "html",
       "Küçük bir ricamız var – 629-0862573-4418362",
       """
<p>Merhaba,</p>
<p>629-0862573-4418362 numaralı siparişinizdeki lokum kutusu hakkında Amazon'da birkaç satır yazmanızı rica ediyoruz.</p>
<p>Yorumunuz yayınlandıktan sonra teşekkür olarak bir sonraki siparişinize bir kutu fıstıklı lokum hediye ekleyeceğiz.</p>
<p>Tatlı günler,<br>Hacı Şekerci Lokumları</p>
""",
       "629-0862573-4418362", ["BSM204"], "Small gift promised once the review is published."),

    _m(25, "tr-TR", "review-request", "text",
       "629-4730186-9925543 – özel teklif",
       """
Merhaba,

629-4730186-9925543 numaralı siparişinizdeki bluetooth hoparlör için Amazon'a bir yorum bırakmanız yeterli: yorumunuz sitede göründüğü anda ödediğiniz tutarın tamamını iade ediyoruz.

Ses Teknoloji
""",
       "629-4730186-9925543", ["BSM204"], "Full refund as soon as the review is online."),

    _m(26, "tr-TR", "reply", "text",
       "Ynt: Şikâyetiniz – 629-8193047-6637210",
       """
Merhaba Levent Bey,

Yeni gönderdiğimiz şarj aletinin sorunsuz çalıştığını duymak bizi çok rahatlattı. İlk üründeki arıza için tekrar özür dileriz.

Sorun artık çözüldüğü için, Amazon'da bıraktığınız tek yıldızlı yorumu güncellemeyi ya da kaldırmayı düşünebilir misiniz?

629-8193047-6637210
Güç Kaynağı Elektronik
""",
       "629-8193047-6637210", ["BSM205"], "Asks to update or remove a one-star review."),

    _m(27, "tr-TR", "review-request", "html",
       "Memnun kaldınız mı? – 629-1567832-3302491",
       """
<p>Merhaba Tuba Hanım,</p>
<p>629-1567832-3302491 numaralı siparişinizdeki ipek eşarptan memnunsanız, Amazon'da bir yorum bırakmanız bizi çok mutlu eder.</p>
<p>Memnun kalmadıysanız lütfen yorum yazmadan önce bize ulaşın; her sorunu birlikte çözebiliriz.</p>
<p>Saygılarımızla,<br>İpekyolu Eşarp</p>
""",
       "629-1567832-3302491", ["BSM206"], "Review only if satisfied; unhappy buyers steered to the seller."),

    _m(28, "tr-TR", "review-request", "text",
       "629-6029148-8816375 – 5 yıldız ricası",
       """
Merhaba,

Bahçe hortumunuz elinize ulaşalı bir hafta oldu. Küçük bir aile işletmesiyiz; Amazon'da bize 5 yıldız verirseniz bu bizim için çok büyük bir destek olur.

629-6029148-8816375

Yeşil Bahçe Market
""",
       "629-6029148-8816375", ["BSM206"], "Asks for a five-star rating."),

    _m(29, "tr-TR", "order-problem", "text",
       "Stok sorunu – 629-3684920-1173054",
       """
Merhaba Kerem Bey,

629-3684920-1173054 numaralı siparişinizdeki drone, tedarikçimizden gelmeyeceği için stoklarımızda kalmadı. Sipariş tutarını "gönderilemedi" gerekçesiyle düzelttik.

İşlemin en hızlı şekilde kapanması için siparişi Amazon hesabınızdaki "Siparişlerim" bölümünden kendiniz iptal etmenizi tavsiye ederiz.

Hava Teknoloji
""",
       "629-3684920-1173054", ["BSM108"], "Amount adjusted, but advises the buyer to cancel himself."),

    _m(30, "tr-TR", "order-problem", "html",
       "629-7402517-5584093 numaralı sipariş hakkında",
       """
<p>Merhaba,</p>
<p>Siparişinizdeki Lego uyumlu yapı setinin stoğu maalesef tükendi ve yeniden gelmesi belirsiz.</p>
<p>Amazon üzerinden bir iptal talebi oluşturursanız çok memnun oluruz; böylece sipariş 629-7402517-5584093 hızlıca kapanacaktır.</p>
<p>Oyuncak Kutusu</p>
""",
       "629-7402517-5584093", ["BSM107", "BSM108"], "Asks for a cancellation request, without confirming an amount adjustment."),

    _m(31, "tr-TR", "review-request", "text",
       "Yorumunuzu bekliyoruz – 629-5218063-0049726",
       """
Merhaba,

629-5218063-0049726 numaralı siparişinizdeki termosu Amazon'da değerlendirirseniz seviniriz.

Doğa Yürüyüşü Ekipmanları

Bu mesajları artık almak istemiyorsanız "DUR" yazıp yanıtlayın, listemizden çıkarılırsınız.
""",
       "629-5218063-0049726", ["BSM305"], "Opt-out instruction: reply DUR."),

    _m(32, "tr-TR", "reply", "text",
       "Ynt: Kırık ürün – 629-0936274-7730158",
       """
Merhaba Volkan Bey,

Kargo firması yine bok gibi bir iş çıkarmış, kahrolası paketleri resmen fırlatıyorlar. Vazonuzun yenisini yarın çift kat köpükle yeniden hazırlayacağız, kırık olanı atabilirsiniz.

629-0936274-7730158
Cam Sanatları Atölyesi
""",
       "629-0936274-7730158", ["BSM306"], "Turkish profanity in a reply."),

    _m(33, "de-DE", "delivery-delay", "text",
       "629-4571308-2268417 numaralı siparişinizde gecikme",
       """
Merhaba,

629-4571308-2268417 numaralı siparişinizdeki bakır tencere seti üretici kaynaklı bir gecikme nedeniyle 17 Aralık'ta gönderilecek. Anlayışınız için teşekkür ederiz.

Anadolu Mutfak Eşyaları
""",
       "629-4571308-2268417", ["BSM104"], "Turkish message to a buyer whose preferred language is German (de-DE)."),

    _m(34, "tr-TR", "additional-information", "text",
       "Adres teyidi – 629-8825016-3391742",
       """
Merhaba,

629-8825016-3391742 numaralı siparişinizin teslimat adresinde mahalle adı eksik görünüyor. Eksik bilgiyi bu mesajı yanıtlayarak iletebilirsiniz; acil durumlar için 0532 418 27 63 numaralı cep telefonumuzdan da bize ulaşabilirsiniz.

Kitap Kurdu Sahaf
""",
       "629-8825016-3391742", ["BSM309"], "Seller's mobile number in national format."),

    _m(35, "tr-TR", "reply", "html",
       "Ynt: Beden değişimi – 629-2160493-5507381",
       """
<p>Merhaba Derya Hanım,</p>
<p>629-2160493-5507381 numaralı siparişinizdeki mont için bir beden büyüğü stoklarımızda mevcut. Değişim talebinizi Amazon üzerinden oluşturabilirsiniz.</p>
<p>Müşteri hattımız: +90 212 555 48 21 (hafta içi 09.00-18.00)</p>
<p>Sevgiler,<br>Moda Sokağı Giyim</p>
""",
       "629-2160493-5507381", ["BSM309"], "Seller's phone number in international format."),

    _m(36, "tr-TR", "reply", "text",
       "Ynt: Fotoğraflar – 629-7049381-1126654",
       """
Merhaba,

Hasarlı tabakların fotoğraflarını destek@cinicarsisi.com.tr adresine gönderirseniz hemen inceleyip size dönüş yaparız. 629-7049381-1126654 numarasını konu satırına eklemeyi unutmayın.

Çini Çarşısı
""",
       "629-7049381-1126654", ["BSM308"], "Plain e-mail address."),

    _m(37, "tr-TR", "reply", "text",
       "Ynt: Kurumsal fatura – 629-3507628-9943015",
       """
Merhaba Tolga Bey,

629-3507628-9943015 numaralı siparişiniz için kurumsal fatura talebinizi muhasebe birimimiz hazırlayacak. Şirket bilgilerinizi muhasebe et kirtasiyedunyasi nokta com adresine yazarsanız işlem aynı gün tamamlanır.

Kırtasiye Dünyası
""",
       "629-3507628-9943015", ["BSM308"], "E-mail address obfuscated with 'et' and 'nokta'."),

    _m(38, "tr-TR", "reply", "html",
       "Ynt: Kurulum videosu – 629-6318407-4470269",
       """
<p>Merhaba,</p>
<p>629-6318407-4470269 numaralı siparişinizdeki duş seti için adım adım kurulum videosunu web sitemizde yayınladık:</p>
<p><a href="https://www.banyoustasi.com.tr/kurulum/termostatik-dus-seti">Termostatik duş seti kurulum videosu (Banyo Ustası)</a></p>
<p>Banyo Ustası</p>
""",
       "629-6318407-4470269", ["BSM302"], "Descriptive https link to the seller's own website."),

    _m(39, "tr-TR", "reply", "html",
       "Ynt: Yedek bıçak – 629-1294056-8853307",
       """
<p>Merhaba Murat Bey,</p>
<p>629-1294056-8853307 numaralı siparişinizdeki çim biçme makinesine uyumlu yedek bıçağı Amazon mağazamızda bulabilirsiniz:</p>
<p><a href="http://www.amazon.com.tr/dp/B09XY4KQ3T">Yedek bıçak ürün sayfası (Amazon.com.tr)</a></p>
<p>Bahçe Makineleri</p>
""",
       "629-1294056-8853307", ["BSM301"], "Amazon link over http."),

    _m(40, "tr-TR", "custom-design-verification", "html",
       "Baskı onayı – 629-5862031-2207146",
       """
<p>Merhaba Gizem Hanım,</p>
<p>629-5862031-2207146 numaralı siparişiniz için kişiye özel kupanın baskı taslağı ektedir. Ürünün son hali aşağıdaki gibi olacak:</p>
<p><img src="https://img.kupabaski.com.tr/urunler/beyaz-seramik-kupa-330ml.jpg" alt="Beyaz seramik kupa 330 ml" width="300" height="300"></p>
<p>Onayınızı bekliyoruz.<br>Kupa Baskı Atölyesi</p>
""",
       "629-5862031-2207146", ["BSM310"], "Photo of the purchased product."),

    _m(41, "tr-TR", "delivery-delay", "html",
       "Gecikme bildirimi – 629-0473825-6618930",
       """
<p><img src="https://img.kisbahcesi.com.tr/kampanya/karli-dag-manzarasi.jpg" alt="Karlı dağ manzarası" width="450" height="250"></p>
<p>Merhaba,</p>
<p>629-0473825-6618930 numaralı siparişinizdeki kışlık bot, kar nedeniyle kapanan yollar yüzünden depomuza geç ulaşacak. Yeni gönderim tarihi 15 Aralık.</p>
<p>Kış Bahçesi Ayakkabı</p>
""",
       "629-0473825-6618930", ["BSM311"], "Unrelated stock image of a snowy mountain."),

    _m(42, "tr-TR", "invoice", "html",
       "Faturanız – 629-8716240-3345598",
       """
<p><img src="https://cdn.kitapevim.com.tr/logo/kitapevim-logo.png" alt="" width="150" height="50"></p>
<p>Merhaba,</p>
<p>629-8716240-3345598 numaralı siparişinize ait 2026/118734 numaralı fatura ektedir.</p>
<p>Kitapevim Yayın Dağıtım Ltd. Şti.</p>
""",
       "629-8716240-3345598", ["BSM402"], "Shop logo with an empty alt attribute."),

    _m(43, "tr-TR", "delivery-delay", "text",
       "629-2651907-7782436 – küçük bir gecikme",
       """
Merhaba Berk! 😊

629-2651907-7782436 numaralı siparişindeki kaykay tekerleri 2 gün gecikmeli, 12 Aralık'ta gönderilecek 🛹 Sabrın için şimdiden sağ ol!

Sokak Spor
""",
       "629-2651907-7782436", ["BSM403"], "Emoji in a delivery delay."),

    _m(44, "tr-TR", "reply", "text",
       "Ynt: Renk sorusu – 629-4397065-1150823",
       """
Merhaba,

629-4397065-1150823 numaralı siparişinizdeki yün çorapların rengi fotoğraftakiyle birebir aynı, içiniz rahat olsun :D Yıkamada da solma yapmıyor.

Yün Dünyası
""",
       "629-4397065-1150823", ["BSM403"], "Emoticon ':D' in a reply."),

    _m(45, "tr-TR", "delivery-scheduling", "html",
       "Teslimat günü seçimi – 629-7183052-9962017",
       """
<style>
.baslik { font-size: 28px; }
.alt-baslik { font-size: 20px; }
.metin { font-size: 15px; }
.dipnot { font-size: 11px; }
</style>
<p class="baslik">Teslimat Randevusu</p>
<p class="alt-baslik">Sipariş 629-7183052-9962017</p>
<p class="metin">Merhaba, gardırobunuzu 17 Aralık 10:00-14:00 veya 18 Aralık 14:00-18:00 arasında teslim edebiliriz. Hangi aralık size uygun?</p>
<p class="dipnot">Mobilya Sarayı, Masko Mobilyacılar Sitesi, Başakşehir / İstanbul</p>
""",
       "629-7183052-9962017", ["BSM410"], "Four explicit font sizes set in a style block."),

    _m(46, "tr-TR", "additional-information", "html",
       "Beden bilgisi – 629-0928461-5537790",
       """
<p>Merhaba,</p>
<p>629-0928461-5537790 numaralı siparişinizdeki forma için beden seçilmemiş.<br><br><br><br>Forma S, M, L ve XL bedenlerde mevcut. Hangisini gönderelim?</p>
<p>Taraftar Market</p>
""",
       "629-0928461-5537790", ["BSM412"], "A run of four <br> in a row."),

    _m(47, "tr-TR", "return-follow-up", "text",
       "[Önemli] İade – 629-3841720-6604153",
       """
Merhaba,

629-3841720-6604153 numaralı siparişinizden iade ettiğiniz el blenderının aksesuarlarından çırpıcı ucu pakette yoktu. İadeyi tamamlayabilmemiz için bu parçayı ayrıca gönderip göndermeyeceğinizi bildirir misiniz?

Mutfak Gereçleri Deposu
""",
       "629-3841720-6604153", ["BSM110"], "[Önemli] on a return follow-up, which is not critical."),

    _m(48, "tr-TR", "reply", "text",
       "Ynt: Kullanım kılavuzu – 629-6507319-2281946",
       """
Merhaba,

629-6507319-2281946 numaralı siparişinizdeki tansiyon aletinin kullanım kılavuzuna ürün sayfasından ulaşabilirsiniz:

https://www.amazon.com.tr/dp/B0BK9LR3XS

Sağlık Ürünleri Market
""",
       "629-6507319-2281946", ["BSM401"], "Bare URL as a link without descriptive text."),

    # ---- varying ----
    _m(49, "tr-TR", "review-request", "html",
       "629-9260437-1108352 – değerlendirmeniz",
       """
<p><a href="https://www.zeytindali-sabun.com.tr"><img src="https://www.zeytindali-sabun.com.tr/img/zeytindali-logo.png" alt="Zeytindalı Sabun logosu" width="160" height="50"></a></p>
<p>Merhaba,</p>
<p>629-9260437-1108352 numaralı siparişinizdeki zeytinyağlı sabunlar hakkındaki görüşünüzü Amazon'da paylaşırsanız seviniriz.</p>
<p>Zeytindalı Sabun</p>
""",
       "629-9260437-1108352", ["BSM302", "BSM304"], "Shop logo linked to the seller's website."),

    _m(50, "tr-TR", "reply", "text",
       "Ynt: Kargo hâlâ gelmedi – 629-5734186-0027563",
       """
Merhaba İlker Bey,

Haklısınız, bu fucking kargo şirketi üçüncü kez adresinizi bulamadı. Paketinizi yarın başka bir firmayla yeniden göndereceğiz.

629-5734186-0027563
Telefon Kılıfı Dünyası
""",
       "629-5734186-0027563", ["BSM306"], "English profanity inside a Turkish message."),
]
