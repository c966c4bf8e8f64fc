"""v29 blind evaluation set, Turkish (tr-TR)."""

def O(n):
    a = (7300919 + n * 358213) % 9000000 + 1000000
    b = (1988345 + n * 227461) % 9000000 + 1000000
    return f"609-{a:07d}-{b:07d}"

def t(*p):
    return "\n\n".join(p)

MESSAGES = []

def m(n, typ, fmt, subj, body, exp, note, loc="tr-TR"):
    MESSAGES.append({"id": f"v29-tr-{n:03d}", "language": "tr", "locale": loc, "type": typ,
                     "format": fmt, "subject": subj, "body": body, "order_id": O(n),
                     "expected": sorted(exp), "note": note})

m(1, "delivery-delay", "text", f"Siparişinizde gecikme – {O(1)}", t(
    "Merhaba Zeynep Hanım,",
    f"{O(1)} numaralı siparişinizdeki el dokuması kilim atölyemizden planladığımızdan geç çıkacak. Yeni gönderim tarihimiz 15.12.2026 Salı; kargo genelde 1-2 günde ulaşıyor.",
    "Bekletdiğimiz için kusura bakmayın. Bu tarih size uymazsa bu mesaja yanıt vermeniz yeterli.".replace("Bekletdiğimiz", "Beklettiğimiz"),
    "Saygılarımızla\nHalil Usta Kilim Evi"), [], "Clean plain-text delivery delay.")

m(2, "delivery-delay", "html", f"{O(2)} – gönderim tarihi değişti",
    f"<p>Sayın Mehmet Bey,</p><p>tedarikçimizden kaynaklanan bir gecikme nedeniyle <strong>{O(2)}</strong> numaralı siparişinizin gönderimi ertelendi.</p>"
    "<table><tr><td>Eski gönderim tarihi</td><td>07.12.2026</td></tr><tr><td>Yeni gönderim tarihi</td><td>17.12.2026</td></tr></table>"
    "<p>Anlayışınız için teşekkür ederiz.</p><p>Müşteri Hizmetleri<br>Anadolu Bahçe Mobilyaları</p>",
    [], "Clean builder-HTML delivery delay with a date table.")

m(3, "order-problem", "text", f"[Önemli] {O(3)} numaralı sipariş hakkında", t(
    "Merhaba,",
    f"siparişinizdeki bakır cezve stokta kalan son üründü ve paketleme sırasında hasarlı olduğu anlaşıldı; bu yüzden gönderemiyoruz. {O(3)} numaralı siparişin tutarı düzeltildi, 420,00 TL ödeme yönteminize iade edilecek.",
    "Yaşattığımız hayal kırıklığı için özür dileriz.",
    "Kapalıçarşı Bakırcısı\nSelim Demirtaş"), [], "Clean order problem with [Önemli] and amount adjusted.")

m(4, "additional-information", "text", f"Nakış için bilgi gerekiyor ({O(4)})", t(
    "Merhaba Elif Hanım,",
    f"{O(4)} siparişinizdeki havlulara işlenecek isim ya da baş harfleri bize iletir misiniz? En fazla 12 karakter sığıyor. Bu bilgi gelmeden nakışa başlayamıyoruz.",
    "İyi günler dileriz,\nNakış Atölyesi Bursa"), [], "Clean request for information needed to complete the order.")

m(5, "return-follow-up", "text", f"İade talebiniz – {O(5)}", t(
    "Merhaba Burak Bey,",
    f"{O(5)} numaralı siparişteki sehpanın ayağında çizik olduğunu gönderdiğiniz fotoğraflarda gördük. Sehpayı iade etmek yerine elinizde tutmak isterseniz size 300,00 TL kısmi iade yapabiliriz.",
    "Bu teklif işinize gelirse yanıt olarak onay vermeniz yeterli.",
    "Sevgiler\nAhşap Sanat Mobilya"), [], "Clean return follow-up offering a partial refund.")

m(6, "return-follow-up", "text", f"{O(6)} iadesi için bir sorumuz var", t(
    "Merhaba,",
    f"iadenizi tamamlayabilmemiz için bir bilgiye ihtiyacımız var: {O(6)} siparişindeki mont etiketleri üzerinde mi, yoksa çıkarıldı mı?",
    "Teşekkürler,\nKuzey Giyim Müşteri Hizmetleri"), [], "Clean return follow-up asking for information.")

m(7, "invoice", "text", f"{O(7)} numaralı siparişinizin faturası", t(
    "Merhaba,",
    f"{O(7)} numaralı siparişinize ait e-Arşiv faturanız (Fatura No: EA/2026/12/00342) ektedir. Toplam tutar 2.349,90 TL, KDV %20 dahil.",
    "İyi günler",
    "Ege Elektronik Ticaret Ltd. Şti.\nAtatürk Cad. No: 112/4, 35220 Alsancak / İzmir\nKarşıyaka Vergi Dairesi – Vergi No: 3250781146\nMERSİS No: 0325078114600017"), [], "Clean invoice with Vergi No, MERSİS and a slashed invoice number.")

m(8, "review-request", "text", f"Ürün hakkında görüşünüz – {O(8)}", t(
    "Merhaba Ayşe Hanım,",
    f"{O(8)} numaralı siparişinizdeki Türk kahvesi setini bir süredir kullanıyorsunuzdur. Vaktiniz olursa Amazon'da ürün hakkında bir değerlendirme yazmanızdan memnuniyet duyarız; olumlu ya da olumsuz, her yorum diğer alıcılara yol gösteriyor.",
    "Selamlar\nFincan Dükkânı"), [], "Clean neutral plain-text review request.")

m(9, "review-request", "html", f"Siparişiniz {O(9)} hakkında",
    "<p><img src=\"https://www.gulbahcesabun.com.tr/img/gulbahce-sabun-logo.png\" alt=\"Gülbahçe Sabun logosu\" width=\"160\"></p>"
    f"<p>Merhaba,</p><p>{O(9)} numaralı siparişinizdeki zeytinyağlı sabunları denediyseniz, deneyiminizi Amazon'da paylaşmanız bizim için çok değerli.</p>"
    "<p><a href=\"https://www.amazon.com.tr/review/review-your-purchases\">Amazon.com.tr'de ürün değerlendirmesi yazın</a></p><p>Gülbahçe Sabun</p>",
    [], "Clean HTML review request with logo and descriptive https Amazon link.")

m(10, "delivery-scheduling", "text", f"Teslimat randevusu – {O(10)}", t(
    "Merhaba Can Bey,",
    f"{O(10)} numaralı siparişinizdeki köşe koltuk takımı teslimata hazır. Nakliye ekibimiz 14.12.2026 Pazartesi 09:00-13:00 ya da 16.12.2026 Çarşamba 14:00-18:00 arasında gelebilir.",
    "Hangi gün uygun olur? Takım büyük olduğu için asansörün çalıştığından emin olmanızı rica ederiz.",
    "Konfor Koltuk"), [], "Clean delivery scheduling with slots.")

m(11, "home-service-appointment", "text", f"Kurulum randevusu ({O(11)})", t(
    "İyi günler,",
    f"{O(11)} siparişinizle birlikte aldığınız klima montaj hizmeti için teknisyenimiz 12.12.2026 Cumartesi 10:00-12:00 veya 15.12.2026 Salı 16:00-18:00 saatlerinde gelebilir.",
    "Size hangisi uyar?",
    "Serin Klima Montaj\nKoordinatör: Emre Yalçın"), [], "Clean home-service appointment.")

m(12, "custom-design-verification", "text", f"Tasarım onayı – {O(12)}", t(
    "Merhaba Deniz,",
    f"{O(12)} siparişindeki düğün davetiyesinin prova dosyası ekte: isimler, tarih (20.06.2027) ve salon adı yazılı.",
    "Yazımları kontrol edip onay verir misin, ya da neyin değişmesi gerektiğini yazar mısın? Baskıya onayından sonra geçiyoruz.",
    "Kâğıt & Mürekkep Davetiye"), [], "Clean custom design proof verification.")

m(13, "fulfillment-question", "text", f"Site giriş kodu – {O(13)}", t(
    "Merhaba,",
    f"kargo görevlisi {O(13)} numaralı siparişinizi teslim etmek için sitenin kapısından giremediğini bildirdi. Kapı şifresini ya da paketin bırakılabileceği bir yeri yazabilir misiniz?",
    "Kargo takip no: 7301884561209, şikâyet kayıt no: KY-2026-118420.",
    "Teşekkürler\nPedal Bisiklet"), [], "Clean door-code question with reference numbers.")

m(14, "reply", "text", f"Ynt: Beden sorusu – {O(14)}", t(
    "Merhaba,",
    f"{O(14)} siparişinizdeki \"Alpine Trek Softshell Jacket – Men's Regular Fit\" normal kalıp; genelde L giyiyorsanız L rahat olacaktır.",
    "Göğüs genişliği L bedende 58 cm.",
    "İyi günler\nZirve Outdoor"), [], "Clean reply quoting an English product title.")

m(15, "reply", "text", f"Ynt: Süpürge çalışmıyor ({O(15)})", t(
    "Merhaba Serkan Bey,",
    f"{O(15)} siparişinizdeki süpürgenin arızalanmasına üzüldük. Ürün 2 yıl üretici garantisi kapsamında. Üretici garanti hattı (Arçelik Müşteri Hizmetleri): 444 0 888.",
    "Servisten sonuç alamazsanız bize buradan yazın.",
    "Beyaz Eşya Dünyası"), [], "Clean reply with manufacturer warranty line marked as such.")

m(16, "reply", "text", f"Ynt: Firma bilgileri – {O(16)}", t(
    "Merhaba,",
    f"istediğiniz üzere {O(16)} numaralı siparişle ilgili firma bilgilerimizi aşağıda paylaşıyoruz.",
    "Saygılarımızla\nGamze Aksoy, Muhasebe",
    "Karadeniz Çay ve Gıda San. Tic. A.Ş.\nCumhuriyet Mah. Fındık Sok. No: 8, 53100 Merkez / Rize\nRize Vergi Dairesi – Vergi No: 7340192865\nTicaret Sicil No: 9812, MERSİS No: 0734019286500015"), [], "Clean reply with company-details footer.")

m(17, "reply", "text", f"Ynt: İade ne durumda? {O(17)}", t(
    "Merhaba Gizem Hanım,",
    f"{O(17)} siparişinin iadesi 03.12.2026 saat 11:20'de depomuza ulaştı (iade no: RT-40917, kargo takip no: 1045587320019).",
    "649,90 TL tutarındaki geri ödeme 04.12.2026'da yapıldı; hesabınızda görünmesi 3-5 iş günü sürebilir.",
    "Selamlar\nNaturel Kozmetik"), [], "Clean reply with tracking/return numbers, dates, times, amounts.")

m(18, "fulfillment-question", "text", f"Siparişiniz yolda – {O(18)}", t(
    "Merhaba,",
    f"{O(18)} numaralı siparişiniz bugün depomuzdan çıktı ve Yurtiçi Kargo'ya teslim edildi.",
    "İyi günler\nÇiçek Tohum"), ["BSM201"], "Shipping confirmation.")

m(19, "additional-information", "text", f"Sipariş {O(19)}", t(
    "Merhaba!",
    f"{O(19)} numaralı siparişinizi aldık, şu anda özenle hazırlıyoruz.",
    "Oyuncak Kutusu"), ["BSM201"], "Order received and being prepared.")

m(20, "reply", "text", f"Teşekkürler – {O(20)}", t(
    "Merhaba Hakan Bey,",
    f"{O(20)} numaralı siparişiniz için çok teşekkür ederiz. Bizi tercih ettiğiniz için minnettarız!",
    "Sevgiyle\nLezzet Baharat"), ["BSM202"], "Thanks only.")

m(21, "fulfillment-question", "text", f"{O(21)}", t(
    "Merhaba,",
    f"{O(21)} numaralı siparişinizle ilgili herhangi bir sorun olursa buradayız, çekinmeden yazabilirsiniz.",
    "Anka Ev Tekstili"), ["BSM202"], "Only an offer to help.")

m(22, "delivery-delay", "text", f"Küçük bir gecikme – {O(22)}", t(
    "Merhaba,",
    f"{O(22)} numaralı siparişiniz 16.12.2026'da kargoya verilecek, iki gün gecikme için özür dileriz.",
    "Mumcu Atölyesi",
    "Not: Ay sonuna kadar tüm ürünlerimizde %20 indirim var, mağazamıza mutlaka göz atın."), ["BSM203"], "Delay with a P.S. promoting 20% off.")

m(23, "review-request", "text", f"Görüşünüz bizim için önemli – {O(23)}", t(
    "Merhaba,",
    f"{O(23)} siparişinizdeki çanta hakkında Amazon'da bir değerlendirme yazarsanız seviniriz.",
    "Yeni sezon koleksiyonumuzu kaçırmamak için bizi Instagram'da takip edin ve bültenimize abone olun!",
    "Deri Dünyası"), ["BSM203"], "Follow us / newsletter / new collection.")

m(24, "review-request", "text", f"Küçük bir sürpriz – {O(24)}", t(
    "Merhaba,",
    f"{O(24)} siparişinizdeki lokum kutusu hakkında Amazon'da yorum yapmanızı rica ederiz. Yorumunuz yayınlanınca size küçük bir teşekkür hediyesi göndereceğiz.",
    "Hacı Efendi Şekerlemeleri"), ["BSM204"], "Gift once the review is published.")

m(25, "review-request", "text", f"{O(25)} – ücret iadesi", t(
    "Merhaba,",
    f"{O(25)} siparişinizdeki kulaklık için Amazon'a değerlendirme yazın; yorum yayına girer girmez ödediğiniz tutarın tamamını iade ediyoruz.",
    "Ses Teknoloji"), ["BSM204"], "Full refund once the review is online.")

m(26, "reply", "text", f"Ynt: Değerlendirmeniz – {O(26)}", t(
    "Merhaba Oya Hanım,",
    f"{O(26)} siparişinizdeki eksik parçayı gönderdik ve teslim edildi. Sorun çözüldüğüne göre, verdiğiniz bir yıldızlı değerlendirmeyi güncelleyebilir ya da kaldırabilir misiniz?",
    "Teşekkürler\nYapı Market Plus"), ["BSM205"], "Asks to update or remove a one-star review.")

m(27, "review-request", "text", f"Memnun kaldınız mı? {O(27)}", t(
    "Merhaba,",
    f"{O(27)} siparişinizden memnunsanız Amazon'da bir yorum bırakın. Memnun değilseniz yorum yazmak yerine önce bize ulaşın, birlikte çözelim.",
    "Isıtıcı Dünyası"), ["BSM206"], "Review only if satisfied; unhappy buyers steered away.")

m(28, "review-request", "html", f"Beş yıldız? {O(28)}",
    f"<p>Merhaba,</p><p>küçük bir aile işletmesiyiz; {O(28)} numaralı siparişiniz için bize beş yıldız verirseniz çok mutlu oluruz.</p><p>Bal Küpü</p>",
    ["BSM206"], "Asks for five stars.")

m(29, "order-problem", "text", f"{O(29)} siparişinde sorun", t(
    "Merhaba,",
    f"{O(29)} siparişinizdeki halı stoklarımızda tükendi. Sipariş tutarı 1.150,00 TL olarak düzeltildi.",
    "En hızlısı, siparişi Amazon hesabınızdan kendiniz iptal etmeniz; böylece işlem hemen kapanır.",
    "Halı Sarayı"), ["BSM108"], "Adjustment stated but advises the buyer to cancel.")

m(30, "order-problem", "text", f"Stok sorunu – {O(30)}", t(
    "Merhaba,",
    f"{O(30)} siparişinizdeki ürün maalesef tükendi. Amazon üzerinden bir iptal talebi oluşturursanız çok memnun oluruz.",
    "Anlayışınız için teşekkürler\nKırtasiye Köşesi"), ["BSM107", "BSM108"], "Cancellation request without adjustment.")

m(31, "delivery-delay", "text", f"Yeni gönderim tarihi – {O(31)}", t(
    "Merhaba,",
    f"{O(31)} siparişiniz 18.12.2026'da kargoya verilecek.",
    "Bizden mesaj almak istemiyorsanız bu mesaja IPTAL yazarak yanıt verin, listeden çıkarılırsınız."), ["BSM305"], "Opt-out instruction.")

m(32, "reply", "text", f"Ynt: Paket nerede? {O(32)}", t(
    "Merhaba,",
    f"siktiğimin kargo firması {O(32)} siparişinizin paketini yine kaybetti. Yarın yenisini gönderiyoruz.",
    "Oto Yedek Parça Center"), ["BSM306"], "Turkish profanity.")

m(33, "delivery-delay", "text", f"Verzögerung Bestellung {O(33)}", t(
    "Guten Tag,",
    f"Ihre Bestellung {O(33)} wird leider erst am 17.12.2026 versendet. Wir bitten um Entschuldigung.",
    "Freundliche Grüße\nİstanbul Seramik"), ["BSM104"], "Message in German to a tr-TR buyer.")

m(34, "reply", "text", f"Ynt: Montaj – {O(34)}", t(
    "Merhaba,",
    f"{O(34)} siparişindeki dolabın montajı için bizi arayın, adım adım anlatalım: 0212 548 73 10.",
    "Mobilya Evi"), ["BSM309"], "Seller phone number, national format.")

m(35, "additional-information", "text", f"Adres eksik – {O(35)}", t(
    "Merhaba,",
    f"{O(35)} siparişinin teslimat adresinde daire numarası eksik. Buradan yanıt verin ya da WhatsApp'tan yazın: +90 532 614 28 09.",
    "Çiçekçi Lale"), ["BSM309"], "Seller phone number, international format.")

m(36, "reply", "text", f"Ynt: Kırık tabak {O(36)}", t(
    "Merhaba,",
    f"{O(36)} siparişindeki kırık tabağın fotoğrafını destek@porselenevi.com.tr adresine gönderirseniz yenisini yollarız.",
    "Porselen Evi"), ["BSM308"], "Plain e-mail address.")

m(37, "reply", "text", f"Ynt: Fatura bilgisi {O(37)}", t(
    "Merhaba,",
    f"{O(37)} siparişi için kurumsal fatura bilgilerinizi muhasebe (at) tekstilpazari (nokta) com adresine iletebilirsiniz.",
    "Tekstil Pazarı"), ["BSM308"], "Obfuscated e-mail with (at) and (nokta).")

m(38, "reply", "html", f"Ynt: Beden tablosu – {O(38)}",
    f"<p>Merhaba,</p><p>{O(38)} siparişiniz için doğru bedeni <a href=\"https://www.adimayakkabi.com.tr/beden-tablosu\">Adım Ayakkabı sitesindeki beden tablosundan</a> seçebilirsiniz.</p><p>Adım Ayakkabı</p>",
    ["BSM302"], "https link to the seller's site.")

m(39, "reply", "html", f"Ynt: Kullanım kılavuzu {O(39)}",
    f"<p>Merhaba,</p><p>{O(39)} siparişinizdeki kahve makinesinin kılavuzu <a href=\"http://www.amazon.com.tr/dp/B0CQ8ZK1T3\">Amazon.com.tr'deki ürün sayfasında</a> yer alıyor.</p><p>Kahve Makinem</p>",
    ["BSM301"], "http link to Amazon.")

m(40, "delivery-delay", "html", f"Gecikme – {O(40)}",
    f"<p>Merhaba,</p><p>{O(40)} siparişinizdeki battaniye 14.12.2026'da gönderilecek.</p>"
    "<p><img src=\"https://www.yumusakev.com.tr/urunler/orme-battaniye-krem.jpg\" alt=\"Siparişiniz: örme battaniye krem\" width=\"300\"></p><p>Yumuşak Ev</p>",
    ["BSM310"], "Photo of the purchased product.")

m(41, "review-request", "html", f"Değerlendirme – {O(41)}",
    f"<p>Merhaba,</p><p>vaktiniz olursa {O(41)} siparişiniz hakkında Amazon'da bir değerlendirme yazabilirsiniz.</p>"
    "<p><img src=\"https://www.kapadokyahediye.com.tr/gorseller/balon-gun-batimi.jpg\" alt=\"Gün batımında sıcak hava balonları\" width=\"400\"></p><p>Kapadokya Hediyelik</p>",
    ["BSM311"], "Unrelated stock image.")

m(42, "delivery-delay", "html", f"Gönderim ertelendi – {O(42)}",
    "<p><img src=\"https://www.zeytindali.com.tr/zeytindali-logo.png\" alt=\"\" width=\"140\"></p>"
    f"<p>Merhaba,</p><p>{O(42)} siparişinizdeki sızma zeytinyağı 19.12.2026'da kargoya verilecek.</p><p>Zeytin Dalı</p>",
    ["BSM402"], "Shop logo with empty alt.")

m(43, "additional-information", "text", f"Renk seçimi – {O(43)}", t(
    "Merhaba!",
    f"{O(43)} siparişinizdeki kupa için hangi rengi istersiniz: lacivert mi, bordo mu? 😊",
    "Kupa Atölyesi"), ["BSM403"], "Emoji.")

m(44, "reply", "text", f"Ynt: Adres değişikliği {O(44)}", t(
    "Merhaba,",
    f"{O(44)} siparişinin adresini bizim taraftan artık değiştiremiyoruz ama kargo firmasının uygulamasından yönlendirme yapabilirsiniz :D",
    "Puzzle Dünyası"), ["BSM403"], "Emoticon.")

m(45, "delivery-delay", "html", f"Gecikme bildirimi – {O(45)}",
    "<style>h1{font-size:25px} h3{font-size:17px} p{font-size:14px} .alt{font-size:10px}</style>"
    f"<h1>Gönderim tarihi değişti</h1><h3>Sipariş {O(45)}</h3><p>Merhaba, takviminiz 11.12.2026 yerine 16.12.2026'da gönderilecek.</p><p class=\"alt\">Matbaa Günce</p>",
    ["BSM410"], "Four explicit font sizes in a style block.")

m(46, "delivery-scheduling", "html", f"Teslimat günü – {O(46)}",
    f"<p>Merhaba,</p><p>{O(46)} siparişinizdeki buzdolabını 15.12.2026 09:00-13:00 arasında getirebiliriz.</p><p></p><p></p><p>Uygun mu?</p><p>Beyaz Nakliyat</p>",
    ["BSM412"], "Empty paragraphs between paragraphs.")

m(47, "review-request", "text", f"[Önemli] Görüşünüzü bekliyoruz – {O(47)}", t(
    "Merhaba,",
    f"{O(47)} siparişiniz hakkında Amazon'da bir değerlendirme yazarsanız seviniriz.",
    "Kitap Kurdu Sahaf"), ["BSM110"], "[Önemli] on a review request.")

m(48, "reply", "html", f"Ynt: Yedek parça {O(48)}",
    f"<p>Merhaba,</p><p>{O(48)} siparişinizdeki blender için yedek bıçak Amazon'da satılıyor, <a href=\"https://www.amazon.com.tr/s?k=blender+bicak\">buraya tıklayın</a>.</p><p>Mutfak Sepeti</p>",
    ["BSM401"], "Non-descriptive link text 'buraya tıklayın'.")

m(49, "delivery-delay", "html", f"Gönderim gecikmesi – {O(49)}",
    f"<div style=\"padding: 0 140px;\"><p>Merhaba,</p><p>{O(49)} siparişinizdeki fenerler 16.12.2026'da kargoya verilecek. Gecikme için özür dileriz.</p><p>Fener Sanat</p></div>",
    ["BSM405"], "140 px padding on each side.")

m(50, "home-service-appointment", "html", f"Montaj randevusu – {O(50)}",
    f"<p>Merhaba,</p><p>{O(50)} siparişinizdeki televizyon duvar montajı için uygun günü seçin:</p>"
    "<form><select name=\"gun\"><option>14.12.2026 10:00-12:00</option><option>15.12.2026 14:00-16:00</option></select><input type=\"submit\" value=\"Gönder\"></form>"
    "<p>Montaj Ekibi Ankara</p>",
    ["BSM312"], "A form in the message.")
