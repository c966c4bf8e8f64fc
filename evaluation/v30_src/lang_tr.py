"""v30 evaluation messages, Turkish."""
LANG, LOC, P = "tr", "tr-TR", "619"
def oid(n):
    return "%s-%07d-%07d" % (P, 5000000 + n * 5147, 6000000 + n * 58883)
MESSAGES = []
def m(n, typ, fmt, subj, body, exp, note):
    o = oid(n)
    MESSAGES.append({"id": "v30-%s-%03d" % (LANG, n), "language": LANG, "locale": LOC, "type": typ,
        "format": fmt, "subject": subj.replace("{o}", o),
        "body": body.replace("{o}", o).replace("{d}", o.replace("-", "")),
        "order_id": o, "expected": sorted(exp), "note": note})
m(1, "delivery-delay", "text", "{o} numaralı siparişinizde gecikme",
  "Merhaba Emre Bey,\n\nceviz kaplama tedarikçimiz teslimatı geciktirdiği için {o} numaralı siparişinizdeki kitaplık 6 Mart yerine 12.03.2026 tarihinde kargoya verilecek. Yaşattığımız gecikme için özür dileriz.\n\nSaygılarımızla\nHakan Yıldız\nYıldız Ahşap Atölyesi", [], "Plain-text delivery delay.")
m(2, "delivery-delay", "html", "Sipariş {o} – yeni gönderim tarihi",
  "<p>Merhaba Zeynep Hanım,</p><p>{o} numaralı siparişinizdeki <b>Lale 35</b> abajur, sitede belirttiğimizden biraz geç hazır olacak. Gönderimi <b>22 Nisan Çarşamba</b> günü yapmayı planlıyoruz.</p><p>Anlayışınız için teşekkür ederiz.</p><p>Işıkevi Ekibi</p>", [], "HTML delivery delay without styling.")
m(3, "order-problem", "text", "[Önemli] {o} numaralı sipariş gönderilemiyor",
  "Merhaba Ayşe Hanım,\n\nstokta kalan son su ısıtıcısı depoda hasarlı çıktı, bu yüzden {o} numaralı siparişinizi gönderemiyoruz. Sipariş tutarı düzeltildi; ödediğiniz 1.249,90 TL aynı ödeme yöntemine iade edilecek.\n\nÖzür dileriz.\nDemir Elektrik Ev Aletleri Ltd. Şti.", [], "Order problem with amount adjusted and [Önemli] tag.")
m(4, "additional-information", "text", "Sipariş {o} – gravür bilgisi",
  "Merhaba,\n\n{o} numaralı siparişinizdeki bilekliğe gravür yapabilmemiz için yazılacak metni (en fazla 20 karakter) ve el yazısı mı yoksa büyük harf mi olacağını bize iletir misiniz?\n\nTeşekkürler,\nElif – Gümüş Tel Atölyesi", [], "Asks for engraving text.")
m(5, "return-follow-up", "text", "İadeniz hakkında – {o}",
  "Merhaba,\n\nçiziğin fotoğraflarını aldık, teşekkürler. Hoparlörü geri göndermek yerine elinizde tutmak isterseniz 400 TL kısmi iade yapabiliriz. Uygun olup olmadığını bu mesaja yanıt vererek bildirebilirsiniz.\n\nİyi günler\nCan Aksoy\nMüşteri Hizmetleri, SesDünyası A.Ş.\nSipariş no: {o}", [], "Partial refund offer.")
m(6, "return-follow-up", "text", "İade ile ilgili bir soru – {o}",
  "Merhaba,\n\n{o} numaralı siparişin iade paketi elimize ulaştı ancak şarj adaptörü kutuda yoktu. Evde kalmış olabilir mi, kontrol edebilir misiniz? Adaptör olmadan iadeyi tamamlayamıyoruz.\n\nSevgiler\nTeknoKutu Ekibi", [], "Return follow-up asking for missing item.")
m(7, "invoice", "text", "Fatura TR/2026/03/0412 – sipariş {o}",
  "Merhaba,\n\n{o} numaralı siparişinize ait TR/2026/03/0412 numaralı e-arşiv faturanız ektedir. Toplam tutar 3.540,00 TL (KDV %20 dahil, KDV tutarı 590,00 TL).\n\nSaygılarımızla\nSelin Kaya, Muhasebe\n\nAnadolu Ofis Ürünleri Tic. Ltd. Şti.\nAtatürk Cad. No: 45/3, 35210 Konak/İzmir\nKarşıyaka V.D. Vergi No: 1234567890 | MERSİS No: 0123456789000015", [], "Invoice with Vergi No, MERSIS and slashed invoice number.")
m(8, "review-request", "text", "Sipariş {o}",
  "Merhaba,\n\n{o} numaralı siparişinizdeki battaniye yaklaşık bir hafta önce teslim edildi. Vaktiniz olursa Amazon'da ürünle ilgili bir değerlendirme yazmanız diğer alıcılara yardımcı olur.\n\nSelamlar\nYün Köşesi", [], "Neutral text review request.")
m(9, "review-request", "html", "Kupanız nasıl? Sipariş {o}",
  '<p><img src="https://cdn.camurvesir.com.tr/camur-ve-sir-logo.png" alt="Çamur ve Sır Seramik" width="150"></p><p>Merhaba,</p><p>Çamur ve Sır\'dan alışveriş yaptığınız için teşekkürler ({o}). Deneyiminizi paylaşırsanız çok seviniriz.</p><p><a href="https://www.amazon.com.tr/review/create-review?asin=B0CZ56IJKL">Amazon.com.tr\'de kupa için değerlendirme yazın</a></p><p>Deniz ve Burak</p>', [], "HTML review request with logo and descriptive Amazon link.")
m(10, "delivery-scheduling", "text", "Gardırop teslimatı – sipariş {o}",
  "Merhaba,\n\n{o} numaralı siparişinizdeki gardırop yaklaşık 120 kg ve iki koli halinde, taşıma ekibiyle teslim ediliyor. Uygun zaman aralıkları:\n- 10 Şubat 2026 Salı, 09.00–12.00\n- 12 Şubat 2026 Perşembe, 14.00–18.00\n\nHangisi size uygunsa yanıt olarak yazmanız yeterli.\n\nİyi çalışmalar\nMerve, MobilyaNoktası", [], "Bulky delivery scheduling.")
m(11, "home-service-appointment", "text", "Bulaşık makinesi kurulumu – {o}",
  "Merhaba Murat Bey,\n\nteknisyenimiz bulaşık makinenizin kurulumu için 2 Kasım Pazartesi 10.00–13.00 veya 4 Kasım Çarşamba 15.00–18.00 arasında gelebilir. Hangi gün size uyar? Sipariş: {o}.\n\nSaygılarımızla\nKurulumPlus Teknik Servis", [], "Home-service appointment.")
m(12, "custom-design-verification", "text", "Tişört baskı tasarımı onayı – {o}",
  "Selam!\n\n{o} numaralı siparişinizdeki \"Takım Ece 2026\" baskısının tasarım taslağını ekte bulabilirsiniz. Yazımı ve renkleri kontrol edip her şey tamamsa \"onaylıyorum\" yazmanız yeterli, hemen baskıya alırız.\n\nOğuz\nBaskıhane", [], "Design proof for approval.")
m(13, "fulfillment-question", "text", "Site giriş kodu – sipariş {o}",
  "Merhaba,\n\n{o} numaralı siparişinizin teslimatında kurye site kapısından giremedi (gönderi no 730123456789012, talep no 2026/0311-4). Kapı şifresini paylaşabilir ya da farklı bir teslimat noktası belirtebilir misiniz?\n\nİyi günler\nPatiDükkan Müşteri Hizmetleri", [], "Door code question with reference numbers.")
m(14, "reply", "text", "Ynt: Çanta ölçüleri – {o}",
  "Merhaba Selin Hanım,\n\n\"Classic Leather Weekender Bag\" modelimizin ölçüleri 50 × 28 × 30 cm; kabin bagajı sınırlarının çoğuna uyuyor. {o} numaralı siparişinizdeki çanta kahverengi deri, iç astarı pamuklu.\n\nKolay gelsin\nDeri Sandık", [], "Reply quoting an English product title.")
m(15, "reply", "text", "Ynt: Kahve makinesi garantisi – {o}",
  "Merhaba,\n\n{o} numaralı siparişinizdeki kahve makinesi 2 yıl üretici garantilidir. Garanti başvuruları doğrudan üreticiye yapılıyor; üreticinin garanti destek hattı: 0850 222 33 44 (hafta içi 09.00–18.00).\n\nİyi günler\nKahveci Dükkan", [], "Manufacturer warranty hotline, marked.")
m(16, "reply", "text", "Ynt: Kurumsal fatura – {o}",
  "Merhaba,\n\n{o} numaralı sipariş için faturayı şirketiniz adına kesebiliriz; yalnızca firma unvanını, vergi dairesini ve vergi numarasını yanıtınızda teyit etmeniz yeterli.\n\nSaygılarımla\nGizem Arslan\nMüşteri İlişkileri Uzmanı\n\nKırtasiye Merkezi A.Ş.\nBağdat Cad. No: 210, 34728 Kadıköy/İstanbul\nKadıköy V.D. 9876543210 | Ticaret Sicil No: 123456", [], "Reply with company footer.")
m(17, "reply", "text", "Ynt: İade durumu – {o}",
  "Merhaba,\n\n{o} numaralı siparişin iadesi 18.05.2026 saat 09.42'de İADE-26-0518-07 numarasıyla kaydedildi. İade gönderiniz (takip no 1234567890123) yolda; elimize ulaştıktan sonra 2.199,00 TL üç iş günü içinde iade edilecek.\n\nİyi günler\nBisiklet Garajı", [], "Reply with return/tracking numbers, dates, amounts.")
m(18, "reply", "text", "Siparişiniz {o}",
  "Merhaba,\n\n{o} numaralı siparişinizin paketi bugün Bursa'daki depomuzdan çıktı ve kargo firmasına teslim edildi.\n\nSelamlar\nTekstil Evi", ["BSM201"], "Shipment confirmation.")
m(19, "reply", "text", "Siparişinizi aldık – {o}",
  "Merhaba!\n\n{o} numaralı siparişiniz bize ulaştı, şu an paketliyoruz.\n\nÇay Bahçesi Online", ["BSM201"], "Order received and being packed.")
m(20, "reply", "text", "Teşekkürler! {o}",
  "Merhaba,\n\nbizi tercih ettiğiniz için çok teşekkür ederiz (sipariş {o}).\n\nSevgilerle\nÇiçekçi Papatya", ["BSM202"], "Thanks only.")
m(21, "reply", "text", "Sipariş {o}",
  "Merhaba,\n\n{o} numaralı siparişinizle ilgili herhangi bir sorun olursa buradayız, bu mesaja yanıt vermeniz yeterli.\n\nFotoğrafhane Müşteri Hizmetleri", ["BSM202"], "Only offer to help.")
m(22, "delivery-delay", "text", "Gecikme – {o}",
  "Merhaba,\n\n{o} numaralı siparişiniz üç gün gecikmeyle, 26 Haziran 2026'da kargoya verilecek. Kusura bakmayın.\n\nSelamlar\nMum Atölyesi Lavanta\n\nNot: Ay sonuna kadar mağazamızdaki tüm ürünlerde %20 indirim var.", ["BSM203"], "Promotion in a postscript.")
m(23, "reply", "text", "Ynt: Renk sorusu – {o}",
  "Merhaba,\n\n{o} numaralı siparişinizdeki \"adaçayı\" rengi tamamen mat.\n\nBu arada yeni sonbahar koleksiyonumuz gelecek hafta çıkıyor; bizi Instagram'da takip edin ve bültenimize abone olun!\n\nBoyahane", ["BSM203"], "Follow us, newsletter, new collection.")
m(24, "review-request", "text", "Küçük bir rica – {o}",
  "Merhaba,\n\n{o} numaralı siparişinizdeki termos için bir değerlendirme yazar mısınız? Yorumunuz yayınlanır yayınlanmaz teşekkür olarak küçük bir hediye göndereceğiz.\n\nTermosçu", ["BSM204"], "Gift after review is published.")
m(25, "review-request", "text", "Sipariş {o} – yorum",
  "Merhaba,\n\nkulaklık yorumunuz Amazon'da göründüğü anda {o} numaralı siparişin tutarının tamamını iade edeceğiz.\n\nKolay gelsin\nSesKöşesi", ["BSM204"], "Full refund once review is online.")
m(26, "reply", "text", "Ynt: Değerlendirmeniz – {o}",
  "Merhaba,\n\n{o} numaralı siparişinizdeki hasarlı tavayı değiştirdik. Sorun çözüldüğüne göre bir yıldızlı yorumunuzu güncellemeyi ya da kaldırmayı düşünür müsünüz?\n\nSaygılarımızla\nMutfak Dünyası", ["BSM205"], "Asks to update or remove one-star review.")
m(27, "review-request", "text", "Sırt çantanız nasıl? {o}",
  "Merhaba,\n\n{o} numaralı siparişinizdeki sırt çantasından memnun kaldıysanız bir yorum bırakmanız bizi çok mutlu eder. Bir sorun varsa yorum yazmak yerine lütfen önce bize ulaşın, hemen çözelim.\n\nDağ Kampçısı", ["BSM206"], "Only satisfied buyers; unhappy steered away.")
m(28, "review-request", "text", "Puanınız? {o}",
  "Merhaba,\n\n{o} numaralı siparişinizdeki ürüne beş yıldız verirseniz çok minnettar oluruz. Küçük bir aile işletmesi için bu çok şey ifade ediyor.\n\nKaraca Bal Evi", ["BSM206"], "Asks for five stars.")
m(29, "order-problem", "text", "Siparişinizde sorun – {o}",
  "Merhaba,\n\nmaalesef {o} numaralı siparişinizdeki ayna stoklarımızda tükendi. Sipariş tutarı düzeltildi. En hızlı yol, siparişi Amazon hesabınızdan kendinizin iptal etmesi.\n\nÖzür dileriz\nDekorSepeti", ["BSM108"], "Advises buyer to cancel despite adjustment.")
m(30, "order-problem", "text", "Sipariş {o} – stok sorunu",
  "Sayın Fatma Hanım,\n\nseçtiğiniz nevresim takımı (sipariş {o}) stoklarımızda kalmadı. Sipariş için bir iptal talebi oluşturursanız memnun oluruz.\n\nSaygılarımızla\nUyku Evi", ["BSM107", "BSM108"], "Cancellation request without adjustment.")
m(31, "delivery-delay", "text", "Yeni gönderim tarihi – {o}",
  "Merhaba,\n\n{o} numaralı siparişiniz iki gün geç, 8 Ekim 2026 Perşembe günü kargoya verilecek.\n\nOyuncak Kutusu\n\nBizden mesaj almak istemiyorsanız RET yazıp yanıtlayın.", ["BSM305"], "Opt-out instruction.")
m(32, "reply", "text", "Ynt: Şikayet – {o}",
  "Mehmet Bey,\n\no kahrolası kargocu {o} numaralı siparişin paketini yine fırlatmış, siktiğimin kargosu, bizim suçumuz yok. Yeni lambayı 9 Mart Pazartesi gönderiyoruz.\n\nLamba Dünyası", ["BSM306"], "Turkish profanity.")
m(33, "delivery-delay", "text", "Delay – order {o}",
  "Hello,\n\nyour order {o} will ship a few days late, on 16 March 2026. We apologise for any inconvenience.\n\nBest regards,\nMobilya Stil", ["BSM104"], "English message to tr-TR buyer.")
m(34, "reply", "text", "Ynt: Teslimat – {o}",
  "Merhaba,\n\n{o} numaralı siparişle ilgili bizi doğrudan arayabilirsiniz: 0532 123 45 67 (hafta içi 09.00–17.00).\n\nSelamlar\nOto Parça Kaplan", ["BSM309"], "Seller mobile, national format.")
m(35, "reply", "text", "Ynt: Beden değişimi – {o}",
  "Merhaba,\n\n{o} numaralı siparişteki beden değişimini telefonla en hızlı şekilde hallederiz: +90 212 345 67 89.\n\nİyi günler\nModa Şahin", ["BSM309"], "International phone format.")
m(36, "reply", "text", "Ynt: Fatura düzeltme – {o}",
  "Merhaba,\n\n{o} numaralı siparişin fatura düzeltmesi için bilgileri destek@baskipiksel.com.tr adresine gönderin, hemen hazırlayalım.\n\nBaskı Piksel", ["BSM308"], "Plain e-mail address.")
m(37, "reply", "text", "Ynt: Hasar fotoğrafları – {o}",
  "Merhaba,\n\n{o} numaralı siparişin hasar fotoğraflarını sikayet [at] camevi [nokta] com adresine gönderebilirsiniz.\n\nCamevi", ["BSM308"], "Obfuscated e-mail address with [at]/[nokta].")
m(38, "reply", "html", "Ynt: Montaj talimatı – {o}",
  '<p>Merhaba,</p><p>{o} numaralı siparişinizle ilgili tüm montaj kılavuzlarımız web sitemizde: <a href="https://www.perdeustasi.com.tr/kilavuzlar">stor perde montaj kılavuzları</a>.</p><p>Selamlar<br>Perde Ustası</p>', ["BSM302"], "https link to seller site.")
m(39, "review-request", "html", "Değerlendirme – {o}",
  '<p>Merhaba,</p><p>vaktiniz olursa {o} numaralı siparişi değerlendirebilirsiniz: <a href="http://www.amazon.com.tr/review/create-review?asin=B0AD77OPQ3">Amazon.com.tr\'de ürün değerlendirmesi</a>.</p><p>Keten Atölyesi</p>', ["BSM301"], "http link to Amazon.")
m(40, "delivery-delay", "html", "Gecikme – {o}",
  '<p>Merhaba,</p><p>{o} numaralı siparişinizdeki berjer 19 Ocak 2027\'de kargoya verilecek.</p><p><img src="https://cdn.berjerci.com.tr/urunler/berjer-kadife-yesil.jpg" alt="Yeşil kadife berjer" width="300"></p><p>Berjerci</p>', ["BSM310"], "Image of purchased product.")
m(41, "reply", "html", "Ynt: Tatil arası – {o}",
  '<p>Merhaba,</p><p>{o} numaralı siparişiniz tatilimizden sonra, 4 Ağustos 2026\'da gönderilecek.</p><p><img src="https://images.example-stock.com/kumsal-gun-batimi.jpg" alt="Gün batımında kumsal" width="300"></p><p>Kehribar Dükkanı</p>', ["BSM311"], "Unrelated stock beach image.")
m(42, "reply", "html", "Ynt: Gönderim tarihi – {o}",
  '<p><img src="https://cdn.degirmendukkani.com/logo.png" alt=""></p><p>Merhaba,</p><p>{o} numaralı siparişiniz 11 Eylül Cuma günü gönderilecek.</p><p>Değirmen Dükkanı</p>', ["BSM402"], "Logo with empty alt.")
m(43, "review-request", "text", "Kahveniz nasıldı? {o}",
  "Merhaba!\n\n{o} numaralı siparişinizdeki kahve hakkında Amazon'da yorum yazarsanız çok seviniriz 😍👍\n\nKavurmahane", ["BSM403"], "Emoji.")
m(44, "delivery-delay", "html", "Gönderim tarihi değişti – {o}",
  '<style>.baslik{font-size:27px}.alt{font-size:18px}.metin{font-size:15px}.dip{font-size:10px}</style><p class="baslik">Gönderim ertelendi</p><p class="alt">Sipariş {o}</p><p class="metin">Merhaba, siparişiniz 23 Şubat 2026\'da kargoya verilecek.</p><p class="dip">Özür dileriz. Soba Dünyası</p>', ["BSM410"], "Four font sizes in style block.")
m(45, "delivery-delay", "text", "Teslimat gecikmesi – {o}",
  "Merhaba,\n\n\n\n{o} numaralı siparişiniz ancak 2 Aralık 2026'da gönderilebilecek.\n\n\nKusura bakmayın,\nÖrgü Evi", ["BSM412"], "Multiple blank lines.")
m(46, "reply", "html", "Ynt: Ölçüler – {o}",
  '<p>Merhaba,</p><p>{o} numaralı siparişinizdeki sehpa 60 × 60 cm, yüksekliği 45 cm.<br><br><br>Selamlar<br>Marangoz Dede</p>', ["BSM412"], "Run of br tags.")
m(47, "return-follow-up", "text", "[Önemli] İade – {o}",
  "Merhaba,\n\n{o} numaralı siparişin iadesini tamamlamak için ürünün hangi renkte gönderildiğini yazabilir misiniz? Paketin üzerindeki etiket okunmuyor.\n\nYeşil Pencere", ["BSM110"], "[Önemli] on a return follow-up.")
m(48, "review-request", "html", "Yorumunuz – {o}",
  '<p>Merhaba,</p><p>{o} numaralı sipariş hakkındaki düşüncelerinizi paylaşmak için <a href="https://www.amazon.com.tr/review/create-review?asin=B0XX33SS44">buraya tıklayın</a>.</p><p>Balıkçı Sport</p>', ["BSM401"], "'buraya tıklayın' link text.")
m(49, "reply", "text", "Ynt: Kargo – {o}",
  "Merhaba,\n\n{o} numaralı siparişinizin paketi ezik geldiyse fucking kargo firması yüzünden, biz sağlam gönderdik. Yeni ürünü 3 Nisan Cuma göndereceğiz.\n\nKumaş Sepeti", ["BSM306"], "English profanity in a Turkish message.")
m(50, "delivery-delay", "html", "Gecikme – {o}",
  '<p>Merhaba,</p><p>{o} numaralı siparişiniz 5 Mayıs 2026\'da gönderilecek.</p><p>Cilt Bakım Atölyesi</p><img src="https://t.ciltbakim.com.tr/open.gif?uid=8812&amp;m=4471" width="1" height="1" alt="">', ["BSM307", "BSM402"], "Tracking pixel with empty alt.")
