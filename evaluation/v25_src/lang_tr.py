"""Turkish messages for the v25 blind evaluation set."""
L, LOC = "tr", "tr-TR"
MESSAGES = []


def _m(n, typ, fmt, subject, body, exp, note):
    order = "568-%07d-%07d" % (5236200 + n * 53, 7714200 + n * 83)
    subject = subject.replace("{o}", order)
    body = body.replace("{o}", order)
    MESSAGES.append({"id": "v25-tr-%03d" % n, "language": L, "locale": LOC, "type": typ,
                     "format": fmt, "subject": subject, "body": body, "order_id": order,
                     "expected": sorted(exp), "note": note})


_m(1, "delivery-delay", "text", "{o} numaralı siparişinizde gecikme",
   "Merhaba Ayşe Hanım,\n\ntedarikçimizden gelmesi gereken keten kumaş geç ulaştığı için {o} numaralı siparişiniz 9 Mart yerine en geç 14.03.2026 tarihinde kargoya verilecek. Beklettiğimiz için kusura bakmayın.\n\nSevgiler,\nZeynep Aydın\nKeten Atölyesi", [], "Clean plain-text delivery delay.")
_m(2, "delivery-delay", "html", "Sipariş {o} – yeni gönderim tarihi",
   "<p>Sayın Mehmet Bey,</p><p><b>{o}</b> numaralı siparişinizdeki sehpanın vernik işlemi uzadığı için gönderim birkaç iş günü gecikecektir.</p><table><tr><td>Ürün</td><td>Meşe orta sehpa, 80 cm</td></tr><tr><td>Yeni gönderim tarihi</td><td>22.04.2026</td></tr></table><p>Saygılarımızla<br>Müşteri Hizmetleri<br>Ahşap Ev Mobilya Ltd. Şti.</p>", [], "Clean builder HTML delay with table.")
_m(3, "order-problem", "text", "[Önemli] {o} numaralı siparişinizle ilgili sorun",
   "Merhaba,\n\n{o} numaralı siparişinizi hazırlarken stoktaki son su ısıtıcısının kapağının çatlak olduğunu fark ettik, bu nedenle ürünü gönderemiyoruz. Sipariş tutarı 899,90 TL düşülerek düzeltildi; iade, Amazon'un olağan süreleri içinde hesabınıza yansıyacaktır.\n\nÇok özür dileriz.\nEmre Kaya\nMutfak Dünyası", [], "Clean order problem with amount adjusted, [Önemli] allowed.")
_m(4, "additional-information", "text", "Yüzük ölçüsü – {o}",
   "Merhaba,\n\n{o} numaralı siparişinizdeki alyansları hazırlayabilmemiz için ikinci yüzüğün ölçüsüne ihtiyacımız var; siparişte yalnızca bir ölçü (14) belirtilmiş. Bu mesajı yanıtlamanız yeterli.\n\nTeşekkürler,\nElif\nGümüş İz Kuyumculuk", [], "Clean request for information.")
_m(5, "return-follow-up", "text", "İadeniz hakkında – {o}",
   "Merhaba Burak Bey,\n\niade ettiğiniz sırt çantası elimize ulaştı. Tokalardan biri kırık olduğu için ürünü tam bedelle geri alamıyoruz. Size 1.499,00 TL'lik tutarın 1.150,00 TL'sini kısmi iade olarak önerebiliriz. Kabul ederseniz kısa bir yanıt yazmanız yeterli, iadeyi 2 iş günü içinde başlatırız.\n\nSaygılarımızla\nCan Öztürk\nDağ Çantası", [], "Clean partial refund offer.")
_m(6, "return-follow-up", "html", "{o} iadesi – eksik bilgi",
   "<p>Merhaba,</p><p>{o} numaralı siparişin iade paketinde iade formu yoktu. Hangi rengi (antrasit mi, zeytin yeşili mi) geri gönderdiğinizi yazabilir misiniz? Bu bilgi olmadan iadeyi tamamlayamıyoruz.</p><p>İyi günler<br>Battaniye Evi</p>", [], "Clean return question.")
_m(7, "invoice", "text", "{o} numaralı sipariş faturası",
   "Merhaba,\n\n{o} numaralı siparişinize ait 2026/03/0417 numaralı e-Arşiv faturanız ektedir. Toplam tutar: 4.249,00 TL (KDV %20 dahil, KDV tutarı 708,17 TL).\n\nSatıcı:\nTekno Yuva Elektronik A.Ş.\nBağdat Cad. No: 214 D: 5, 34728 Kadıköy/İstanbul\nKadıköy Vergi Dairesi – Vergi No: 8350421967\nMERSİS No: 0835042196700015\nTicaret Sicil No: 912345\n\nSaygılarımızla\nMuhasebe Birimi", [], "Clean invoice with Vergi No, MERSİS and slashed invoice number.")
_m(8, "review-request", "text", "Siparişiniz {o}",
   "Merhaba,\n\n{o} numaralı siparişinizdeki filtre kahve makinesinin işinizi gördüğünü umuyoruz. Vaktiniz olursa Amazon'da ürün hakkında bir değerlendirme yazarsanız seviniriz; olumlu ya da olumsuz her görüş diğer alıcılara yardımcı olur.\n\nİzmir'den selamlar\nKahve Köşesi", [], "Clean neutral review request.")
_m(9, "review-request", "html", "{o} numaralı siparişiniz hakkında görüşünüz",
   "<p><img src=\"https://cdn.bahcemarket.com.tr/bahce-market-logo.png\" alt=\"Bahçe Market logosu\" width=\"160\"></p><p>Merhaba,</p><p>Bahçe Market'ten alışveriş yaptığınız için teşekkür ederiz ({o}). İsterseniz budama makası hakkındaki görüşünüzü paylaşabilirsiniz – düşündüğünüz neyse.</p><p><a href=\"https://www.amazon.com.tr/review/create-review?asin=B0CX56IJKL\">Budama makası için Amazon.com.tr'de değerlendirme yazın</a></p><p>Sevgiyle<br>Bahçe Market</p>", [], "Clean HTML review request with logo and descriptive link.")
_m(10, "delivery-scheduling", "text", "Gardırop teslimatı – {o}",
   "Merhaba Fatma Hanım,\n\n{o} numaralı siparişinizdeki üç kapılı gardırop yaklaşık 120 kg ve iki kişiyle taşınıyor, bu yüzden bir teslimat saati belirlememiz gerekiyor. Aşağıdakilerden birini seçebilir misiniz?\n- 17.03.2026 Salı, 08.00–12.00\n- 18.03.2026 Çarşamba, 12.00–16.00\n- 20.03.2026 Cuma, 16.00–20.00\n\nYanıtınızı bekliyoruz.\nHasan Yıldız\nYıldız Mobilya Nakliye", [], "Clean delivery scheduling with slots.")
_m(11, "home-service-appointment", "html", "Bulaşık makinesi kurulumu – {o}",
   "<p>İyi günler,</p><p>{o} numaralı siparişinizdeki bulaşık makinesinin kurulumu için teknisyenimiz şu saatlerde gelebilir:</p><ul><li>5 Şubat 2026 Perşembe, 09.00–11.00</li><li>9 Şubat 2026 Pazartesi, 14.00–16.00</li></ul><p>Size uyan saati yanıt olarak yazmanızı rica ederiz.</p><p>Usta Servis</p>", [], "Clean home-service appointment.")
_m(12, "custom-design-verification", "text", "Gravür tasarımı onayınıza sunulmuştur – {o}",
   "Merhaba,\n\n{o} numaralı siparişinizdeki kesme tahtası için hazırladığımız gravür taslağı ektedir: “Demir Ailesi, 2019'dan beri” yazısı, tırnaklı yazı tipiyle. Lütfen yazımı kontrol edip “onaylıyorum” diye yanıtlayın ya da değişiklikleri yazın. Onayınız gelmeden işleme başlamayacağız.\n\nSelamlar\nMurat, Gravür Sanat", [], "Clean design proof.")
_m(13, "fulfillment-question", "text", "Bina giriş şifresi – {o}",
   "Merhaba,\n\nkurye {o} numaralı siparişinizi teslim ederken siteye giremediğini bildirdi. Bina ya da site kapısının şifresini paylaşabilir misiniz? Gönderi takip no: 7312045587123, depo referansı: SVK/2026/118.\n\nTeşekkürler\nNevresim Dünyası", [], "Clean door-code question with reference numbers.")
_m(14, "reply", "text", "Ynt: Renk sorusu – {o}",
   "Merhaba,\n\n{o} numaralı siparişinizdeki “Nordic Comfort Throw – Dusty Rose” modeli somon değil, kirli pembe bir tondadır. İlandaki fotoğraflar rengi oldukça doğru yansıtıyor.\n\nİyi günler\nSelin Arslan\nHygge Ev", [], "Clean reply quoting an English product title.")
_m(15, "reply", "text", "Ynt: Süpürge garantisi – {o}",
   "Merhaba,\n\n{o} numaralı siparişinizdeki süpürgenin garantisi doğrudan üretici tarafından yürütülüyor. Üreticinin garanti hattı (Vacuotech Türkiye): 0850 455 12 34, hafta içi 09.00–18.00. Aradığınızda ürünün altındaki seri numarasını hazır bulundurun.\n\nSaygılarımızla\nTemiz Ev Mağazası", [], "Clean reply with the manufacturer's warranty line.")
_m(16, "reply", "html", "Ynt: Fatura bilgileri – {o}",
   "<p>Merhaba Kerem Bey,</p><p>{o} numaralı siparişinizin faturasını şirketiniz adına kesebiliriz; yanıtınızda vergi dairesi ve vergi numaranızı yazmanız yeterli.</p><p>Saygılarımızla<br>Derya Koç, Müşteri Temsilcisi</p><p><small>Kağıt Dünyası Kırtasiye San. ve Tic. Ltd. Şti. · Atatürk Bulvarı No: 88/3, 06420 Çankaya/Ankara<br>Çankaya Vergi Dairesi · Vergi No: 5210348761 · MERSİS No: 0521034876100019</small></p>", [], "Clean reply with a company footer.")
_m(17, "reply", "text", "Ynt: İadem ne zaman yatacak? {o}",
   "Merhaba,\n\n{o} numaralı siparişinizin iadesi 03.02.2026 saat 14.25'te RMA-2026-00871 numarasıyla kaydedildi. İade paketiniz (takip no 4512789033654) 06.02.2026'da bize ulaştı. 649,90 TL tutarındaki iadeniz Amazon üzerinden 3–5 iş günü içinde yapılacaktır.\n\nİyi günler\nLila Butik", [], "Clean reply with numbers, dates and amounts.")
_m(18, "delivery-delay", "text", "Sipariş {o}",
   "Merhaba!\n\nMüjde: lambanız Bursa'daki depomuzdan çıktı, yola koyuldu. {o} numaralı siparişiniz 1–2 gün içinde elinizde olur.\n\nLamba Evi", ["BSM201"], "Shipping confirmation: left the warehouse.")
_m(19, "fulfillment-question", "html", "Siparişiniz {o} bize ulaştı",
   "<p>Merhaba,</p><p>{o} numaralı siparişinizi aldık, şu anda paketliyoruz. Bugün içinde Yurtiçi Kargo'ya teslim edilecek.</p><p>Renkli Çorap</p>", ["BSM201"], "Order received, being packed and handed to carrier.")
_m(20, "reply", "text", "Teşekkürler! {o}",
   "Merhaba,\n\nbizi tercih ettiğiniz ve alışverişiniz için çok teşekkür ederiz ({o}).\n\nYaprak Çay Evi", ["BSM202"], "Thanks only.")
_m(21, "additional-information", "text", "Sipariş {o}",
   "Merhaba,\n\n{o} numaralı siparişinizle ilgili bir sorun olursa her zaman buradayız, yazmanız yeterli.\n\nSelamlar\nBisiklet Durağı", ["BSM202"], "Only the offer to help.")
_m(22, "delivery-delay", "text", "Kısa bir gecikme – {o}",
   "Merhaba,\n\nkoli tedarikindeki gecikme nedeniyle {o} numaralı siparişiniz iki gün geç, en geç 12.05.2026'da kargoya verilecek.\n\nSaygılarımızla\nYapboz Dünyası\n\nNot: Ay sonuna kadar Amazon mağazamızdaki tüm ürünlerde %20 indirim var!", ["BSM203"], "Delay with promotional P.S.")
_m(23, "reply", "html", "Ynt: Kullanım kılavuzu – {o}",
   "<p>Merhaba,</p><p>{o} numaralı siparişinizin kılavuzu kutunun içinde, 3. sayfada.</p><p>Bizi Instagram'da takip etmeyi ve bültenimize abone olmayı unutmayın – mart ayında yeni koleksiyonumuz geliyor.</p><p>Sevgiler<br>Mum Atölyesi</p>", ["BSM203"], "Follow us, newsletter, new collection.")
_m(24, "review-request", "text", "Değerlendirmeniz – {o}",
   "Merhaba,\n\n{o} numaralı siparişinizdeki kremi değerlendirirseniz çok seviniriz. Yorumunuz Amazon'da yayınlandığında size teşekkür olarak küçük bir hediye göndereceğiz.\n\nDoğal Cilt", ["BSM204"], "Gift once the review is published.")
_m(25, "review-request", "text", "Size bir teklifimiz var – {o}",
   "Merhaba,\n\n{o} numaralı siparişinizdeki kulaklık için bir yorum yazın, yorumunuz yayına girer girmez ödediğiniz tutarın tamamını iade edelim.\n\nSes Dükkanı", ["BSM204"], "Full refund once the review is online.")
_m(26, "reply", "text", "Ynt: Yorumunuz – {o}",
   "Merhaba,\n\n{o} numaralı siparişinizdeki arızalı şarj aletini yenisiyle değiştirdik. Sorun çözüldüğüne göre bir yıldızlı yorumunuzu güncellemeniz ya da kaldırmanız mümkün mü?\n\nTeşekkürler\nElektro Toptan", ["BSM205"], "Asks to update or remove a one-star review.")
_m(27, "review-request", "text", "Memnun kaldınız mı? {o}",
   "Merhaba,\n\n{o} numaralı siparişinizden memnun kaldıysanız Amazon'da bir yorum bırakabilirsiniz. Memnun değilseniz lütfen yorum yazmadan önce bize ulaşın, mutlaka bir çözüm buluruz.\n\nOyuncak Sepeti", ["BSM206"], "Only satisfied buyers; unhappy steered away.")
_m(28, "review-request", "html", "Sipariş {o}",
   "<p>Merhaba,</p><p>termos bardağımızı tercih ettiğiniz için teşekkürler ({o}). Amazon'da vereceğiniz 5 yıldız küçük bir işletme olarak bizim için çok değerli.</p><p>Termos Köşesi</p>", ["BSM206"], "Asks for five stars.")
_m(29, "order-problem", "text", "Stokta kalmadı – {o}",
   "Merhaba,\n\n{o} numaralı siparişinizdeki blenderın son adedi maalesef tükendi. Sipariş tutarı düzeltildi. En hızlı çözüm, siparişi Amazon hesabınızdan kendiniz iptal etmeniz olacaktır.\n\nÖzür dileriz\nBlender Market", ["BSM108"], "Amount adjusted but advises the buyer to cancel.")
_m(30, "order-problem", "text", "{o} – ürün stokta yok",
   "Merhaba,\n\n{o} numaralı siparişinizdeki 42 numara ayakkabı şu an stokta bulunmuyor. Bir iptal talebi oluşturursanız çok memnun oluruz.\n\nSaygılarımızla\nAdım Ayakkabı", ["BSM107", "BSM108"], "Cancellation request without adjustment.")
_m(31, "review-request", "text", "Değerlendirme – {o}",
   "Merhaba,\n\n{o} numaralı siparişiniz için Amazon'da bir değerlendirme yazarsanız seviniriz.\n\nBizden mesaj almak istemiyorsanız bu mesaja IPTAL yazarak abonelikten çıkabilirsiniz.\n\nKırtasiye Köşesi", ["BSM305"], "Opt-out instruction.")
_m(32, "reply", "text", "Ynt: Şikayet {o}",
   "Ahmet Bey,\n\nüçüncü kez söylüyorum, {o} numaralı siparişteki kablo sağlamdı. Bozuk geldi diye saçmalamayı bırakın, hassiktir.\n\nKablo Market", ["BSM306"], "Turkish profanity.")
_m(33, "delivery-delay", "text", "Order {o} delayed",
   "Hello,\n\nyour order {o} will ship three days later than planned, on 24 March 2026, because our supplier is behind schedule.\n\nBest regards\nAhşap Oyuncak Team", ["BSM104"], "English message to a Turkish buyer.")
_m(34, "reply", "text", "Ynt: Teslimat {o}",
   "Merhaba,\n\n{o} numaralı siparişiniz için bizi 0532 417 28 90 numarasından arayabilirsiniz (hafta içi 09.00–17.00).\n\nSelamlar\nOya, Halı Evi", ["BSM309"], "Turkish national mobile number.")
_m(35, "delivery-scheduling", "text", "Teslimat zamanı – {o}",
   "Merhaba,\n\n{o} numaralı siparişinizdeki koltuk için teslimat zamanı seçmenizi rica ederiz. Sorularınız için sevkiyat birimimiz: +90 216 555 40 12.\n\nKoltuk Nakliyat", ["BSM309"], "International-format phone number.")
_m(36, "reply", "text", "Ynt: Fatura {o}",
   "Merhaba,\n\n{o} numaralı siparişin faturasını doğrudan da gönderebiliriz; muhasebe@kitapyaprak.com.tr adresine yazmanız yeterli.\n\nKitap Yaprak", ["BSM308"], "Plain e-mail address.")
_m(37, "additional-information", "text", "Yastık için fotoğraf – {o}",
   "Merhaba,\n\n{o} numaralı siparişinizdeki yastığı basabilmemiz için bir fotoğrafa ihtiyacımız var. Fotoğrafı foto (at) yastikci (nokta) com adresine gönderebilirsiniz.\n\nYastıkçı", ["BSM308"], "Obfuscated e-mail with (at) and (nokta).")
_m(38, "reply", "html", "Ynt: Beden tablosu – {o}",
   "<p>Merhaba,</p><p>{o} numaralı siparişiniz için beden tablosu sitemizde: <a href=\"https://www.modaverahat.com.tr/beden-tablosu\">Moda ve Rahat beden tablosu</a>.</p><p>İyi günler</p>", ["BSM302"], "https link to seller's own site.")
_m(39, "reply", "html", "Ynt: Montaj kılavuzu {o}",
   "<p>Merhaba,</p><p>{o} numaralı siparişinizdeki rafın montaj kılavuzu ürün sayfasında: <a href=\"http://www.amazon.com.tr/dp/B0D1QWE234\">Amazon.com.tr'deki kılavuzlu ürün sayfası</a>.</p><p>Raf Atölyesi</p>", ["BSM301"], "http link to Amazon.")
_m(40, "review-request", "html", "{o} – değerlendirme",
   "<p>Merhaba,</p><p><img src=\"https://cdn.lumi-aydinlatma.com.tr/urunler/ay-gece-lambasi.jpg\" alt=\"Lumi Ay gece lambası\" width=\"300\"></p><p>vaktiniz olursa {o} numaralı siparişinizdeki gece lambası için Amazon'da bir değerlendirme yazabilirsiniz.</p><p>Lumi Aydınlatma</p>", ["BSM310"], "Image of the purchased product.")
_m(41, "delivery-delay", "html", "Gecikme {o}",
   "<p><img src=\"https://cdn.ornek-gorsel.com.tr/stok/deniz-kumsal.jpg\" alt=\"Kumsalda gün batımı\" width=\"400\"></p><p>Merhaba,</p><p>{o} numaralı siparişiniz 3 gün geç, 28.06.2026'da kargoya verilecek.</p><p>Hırdavatçı Usta</p>", ["BSM311"], "Unrelated stock image.")
_m(42, "invoice", "html", "{o} faturası",
   "<p><img src=\"https://cdn.yesilpencere.com.tr/yesil-pencere-logo.png\" width=\"140\"></p><p>Merhaba,</p><p>{o} numaralı siparişinizin 118/2026 numaralı faturası ektedir.</p><p>Yeşil Pencere</p>", ["BSM402"], "Logo without alt.")
_m(43, "reply", "text", "Ynt: Renk – {o}",
   "Merhaba!\n\nTabii, {o} numaralı siparişinizdeki kutu mint yeşili olacak 😍 Başka sorunuz olursa yazın :)\n\nKutucu Ayşe", ["BSM403"], "Emoji and emoticon.")
_m(44, "delivery-delay", "html", "{o} – gecikme",
   "<style>h1{font-size:27px}h2{font-size:19px}.metin{font-size:15px}.alt{font-size:11px}</style><h1>Gönderim gecikmesi</h1><h2>Sipariş {o}</h2><p class=\"metin\">Merhaba, siparişiniz 12.09.2026 yerine 16.09.2026'da kargoya verilecek.</p><p class=\"alt\">Hırdavat Deposu</p>", ["BSM410"], "Four explicit sizes in a style block.")
_m(45, "additional-information", "text", "Gravür – {o}",
   "Merhaba,\n\n{o} numaralı siparişinizdeki saatin arkasına hangi yazıyı kazıyalım?\n\n\n\nSelamlar\nSaatçi Tık", ["BSM412"], "Several blank lines in text.")
_m(46, "invoice", "text", "[ÖNEMLİ] Faturanız – {o}",
   "Merhaba,\n\n{o} numaralı siparişinizin faturası ektedir (fatura no 2026/05/221).\n\nSaygılarımızla\nLoft Mobilya", ["BSM110"], "[ÖNEMLİ] on an invoice.")
_m(47, "reply", "html", "Ynt: Bakım önerileri – {o}",
   "<p>Merhaba,</p><p>{o} numaralı siparişinizdeki kesme tahtasının bakım önerileri için <a href=\"https://www.amazon.com.tr/dp/B0C9TAHTA1\">buraya tıklayın</a>.</p><p>Ahşap Mutfak</p>", ["BSM401"], "Non-descriptive link text 'buraya tıklayın'.")
_m(48, "invoice", "html", "Fatura {o}",
   "<p>Merhaba,</p><p>{o} numaralı siparişinizin faturası ektedir.<br><br><br>İyi günler dileriz.</p><p>Plak Evi</p>", ["BSM412"], "Run of three <br> tags.")
_m(49, "delivery-delay", "text", "Gönderim gecikmesi",
   "Merhaba,\n\n56852345679876543 numaralı siparişiniz biraz gecikecek; yeni gönderim tarihi 02.10.2026.\n\nÖzür dileriz\nYün Dükkanı", ["BSM102"], "Order number written without hyphens.")
MESSAGES[-1]["order_id"] = "568-5234567-9876543"
_m(50, "delivery-delay", "text", "Sipariş {o} gecikecek",
   "Merhaba Deniz Hanım,\n\nunfortunately your order {o} will be shipped on 7 November 2026 instead of 3 November, as we are still waiting for the glass panels from our supplier. We apologise for the inconvenience.\n\nBest regards\nVitray Sanat", ["BSM104"], "Greeting in Turkish, body paragraph in English.")
