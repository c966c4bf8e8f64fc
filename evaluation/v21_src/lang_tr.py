# v21 blind set, Turkish (tr-TR). Standard library only.
_RAW = []


def _m(typ, fmt, subject, body, expected, note):
    _RAW.append((typ, fmt, subject, body, expected, note))


# 1-17 clean
_m("delivery-delay", "text", "{O} numaralı siparişinizde küçük bir gecikme",
   "Merhaba Elif Hanım,\n\n{O} numaralı siparişiniz hakkında yazıyoruz. Denizli'deki atölyeden beklediğimiz pamuklu pike takımı geçen haftaki sevkiyata yetişmedi; bu yüzden paketiniz pazartesi yerine 17.12.2026 Perşembe günü yola çıkabilecek.\n\nGecikme için kusura bakmayın. Bu tarih size uymazsa bu mesajı yanıtlamanız yeterli.\n\nSevgiyle,\nZeynep Aydın\nPamukEv Tekstil",
   [], "Plain-text delivery delay with a new ship date, clean.")
_m("delivery-delay", "html", "Sipariş {O} – kargoya veriliş tarihi değişti",
   "<p>Sayın Müşterimiz,</p><p><strong>{O}</strong> numaralı siparişinizin hazırlanması planladığımızdan uzun sürecek. Matkap bataryalarının tedarikçisi teslimatı geciktirdi.</p><table cellpadding=\"6\"><tr><td>İlk planlanan gönderim</td><td>09.12.2026</td></tr><tr><td>Yeni gönderim tarihi</td><td>15.12.2026</td></tr></table><p>Anlayışınız için teşekkür ederiz.</p><p>Müşteri Hizmetleri<br>YapıMarket Online</p>",
   [], "Builder HTML delivery delay with a date table, clean.")
_m("order-problem", "text", "[Önemli] {O} – stok sorunu, sipariş tutarı düzeltildi",
   "Merhaba Murat Bey,\n\nelimizdeki son antrasit çaydanlık paketleme öncesi kontrolde kusurlu çıktı ve yerine koyabileceğimiz ürün kalmadı. Bu ürünü {O} numaralı siparişten çıkardık; sipariş tutarı 649,00 TL düşülerek güncellendi (düzeltme nedeni: stokta yok). Diğer ürünleriniz normal şekilde gönderilecek.\n\nYaşattığımız aksaklık için özür dileriz.\n\nSaygılarımla\nKaan Yıldız\nMutfak Dünyası",
   [], "Order problem with [Önemli] and amount adjusted, clean.")
_m("additional-information", "text", "Gravür bilgisi – sipariş {O}",
   "Merhaba,\n\n{O} numaralı siparişinizdeki saate gravür yapabilmemiz için yazılacak metne ihtiyacımız var. En fazla 24 karakter sığıyor, boşluklar dahil. El yazısı mı olsun, düz harf mi?\n\nBu bilgi gelmeden maalesef işe başlayamıyoruz.\n\nİyi günler dileriz\nHakan Demir\nGravür Atölyesi Demir",
   [], "Asks for engraving text needed to complete the order, clean.")
_m("return-follow-up", "text", "İade talebiniz hakkında – {O}",
   "Merhaba Ayşe Hanım,\n\n{O} numaralı siparişteki montun cebi söküldüğü için iade talebi oluşturmuşsunuz. Mont bunun dışında işinizi görüyorsa, 250,00 TL kısmi iade yapabiliriz ve mont sizde kalır; bir terzi bunu on dakikada halleder. Tam iade tercih ederseniz süreç aynen devam eder.\n\nHangisini istediğinizi yazmanız yeterli.\n\nSelamlar\nSeda Kaya\nKaya Moda",
   [], "Return follow-up offering a partial refund, clean.")
_m("return-follow-up", "text", "İade {O} – bir bilgi eksik",
   "Merhaba,\n\n{O} numaralı siparişin iade kolisinde iki hoparlörden yalnızca biri vardı. Diğerini ayrı mı gönderdiniz? Öyleyse kargo takip numarasını rica ediyoruz, aksi halde iadeyi sistemde kapatamıyoruz.\n\nTeşekkürler\nSesDükkanı İade Birimi",
   [], "Return follow-up asking for information, clean.")
_m("invoice", "text", "{O} numaralı siparişinizin faturası",
   "Merhaba,\n\n{O} numaralı siparişinize ait FTR/2026/12/0457 numaralı e-Arşiv faturayı ekte bulabilirsiniz. Toplam 4.320,00 TL, KDV (%20) 720,00 TL dahildir.\n\nSaygılarımızla\nGökhan Arslan\nMuhasebe\n\nOfisMobilya Arslan Ltd. Şti.\nOrganize Sanayi Bölgesi 3. Cad. No:8, 16140 Nilüfer/Bursa\nNilüfer V.D. Vergi No 1234567890 · Mersis No 0123456789000015 · Ticaret Sicil No 98765",
   [], "Invoice with slashes in the number, Vergi No, Mersis No, clean.")
_m("review-request", "text", "Kahve makineniz nasıl gidiyor? Sipariş {O}",
   "Merhaba,\n\n{O} numaralı siparişinizdeki kahve makinesi bir süredir sizde. Vaktiniz olursa Amazon'da bir ürün değerlendirmesi yazmanızdan memnuniyet duyarız; olumlu ya da olumsuz, her yorum diğer alıcılara yol gösteriyor.\n\nSevgiler\nKavrulmuş Çekirdek Kahve",
   [], "Neutral plain-text review request, clean.")
_m("review-request", "html", "Görüşlerinizi merak ediyoruz – sipariş {O}",
   "<p><img src=\"https://m.media-amazon.com/images/S/seller/logo-cini-atolyesi-iznik.png\" alt=\"İznik Çini Atölyesi logosu\" width=\"140\"></p><p>Merhaba,</p><p>atölyemizden alışveriş yaptığınız için teşekkürler (sipariş {O}). Kaseler hakkındaki izlenimlerinizi paylaşırsanız seviniriz.</p><p><a href=\"https://www.amazon.com.tr/review/create-review?asin=B0CTR12KX9\">Amazon.com.tr'de değerlendirme yazın</a></p><p>Nur ve Selim<br>İznik Çini Atölyesi</p>",
   [], "HTML review request with shop logo and descriptive Amazon link, clean.")
_m("delivery-scheduling", "text", "Gardırop teslimatı için gün seçimi – {O}",
   "Merhaba,\n\n{O} numaralı siparişinizdeki gardırop yaklaşık 95 kg ve nakliye firmamız tarafından eve taşınarak teslim edilecek. Ekibimiz şu aralıklarda gelebilir:\n\n- Salı 15.12.2026, 08.00–12.00\n- Çarşamba 16.12.2026, 12.00–16.00\n- Cuma 18.12.2026, 08.00–12.00\n\nHangisi uygunsa yazar mısınız? Binada asansör var mı?\n\nSaygılarımla\nEmre Çelik\nÇelik Mobilya",
   [], "Bulky delivery scheduling with time slots, clean.")
_m("home-service-appointment", "text", "Çamaşır makinesi kurulumu – randevu, sipariş {O}",
   "Merhaba,\n\n{O} numaralı sipariş kapsamında teknisyenimiz çamaşır makinenizi kuracak. 10.12.2026 Perşembe 14.00–16.00 ya da 12.12.2026 Cumartesi 09.00–11.00 arası uygun. Su vanası ve gidere erişim olmasını rica ederiz.\n\nUygun saati bu mesaja yanıt vererek onaylayabilirsiniz.\n\nBeyazEşya Kurulum Servisi",
   [], "Home-service appointment with slots, clean.")
_m("custom-design-verification", "text", "Onayınıza tasarım – sipariş {O}",
   "Merhaba Derya Hanım,\n\n{O} numaralı siparişinizdeki kapı tabelasının taslağı ekte (tasarim_tabela_v2.pdf): “Yılmaz Ailesi” yazısı, ceviz renk, oyma harfler. Yazım ve yerleşimi kontrol eder misiniz? Her şey yolundaysa “onaylıyorum” yazmanız yeterli, üretime geçiyoruz. Düzeltmeler ücretsiz.\n\nKolay gelsin\nBurcu, TabelaEvi",
   [], "Custom design proof for approval, clean.")
_m("fulfillment-question", "text", "Site giriş kodu – sipariş {O}",
   "Merhaba,\n\nÇamlıca Sitesi'ne nakliye ekibimiz ancak giriş şifresi önceden bildirilirse girebiliyor (iş emri 4471/12, referans KL-88213). Kapı şifresini ve blok numarasını paylaşabilir misiniz? Aksi halde {O} numaralı siparişinizin teslimatını planlayamıyoruz.\n\nİyi günler\nBisikletçi Pedal Sipariş Ekibi",
   [], "Door-code question with reference numbers, clean.")
_m("reply", "text", "Ynt: Beden sorusu – {O}",
   "Merhaba,\n\n{O} numaralı siparişteki “Trail Runner Pro GTX” modeli standart kalıp; günlük 43 giyiyorsanız aynı numara uygun olur. İç taban 27,5 cm.\n\nSelamlar\nSporPark",
   [], "Reply quoting an English product title, clean.")
_m("reply", "text", "Ynt: Saç kurutma makinesi arızası – {O}",
   "Merhaba,\n\n{O} numaralı siparişteki saç kurutma makinesinin ısıtmayı bırakmasına üzüldük. Ürün 2 yıl üretici garantili; en hızlısı üretici Brivo'nun garanti hattını aramanız: 0850 455 12 12 (hafta içi 09.00–18.00). Sorun olursa yazın, yardımcı oluruz.\n\nSaygılarımızla\nElektroDükkan Ankara",
   [], "Reply with the manufacturer's warranty line marked as such, clean.")
_m("reply", "text", "Ynt: Fatura bilgileri – {O}",
   "Merhaba,\n\ntabii, {O} numaralı siparişin faturasını şirketiniz adına kesebiliriz. Tam unvanı ve vergi dairesini teyit etmeniz yeterli, vergi numarasını mesajınızdan aldık.\n\nSaygılarımla\nZeynep Aydın\n\n--\nPamukEv Tekstil San. ve Tic. Ltd. Şti.\nSaraylar Mah. 452. Sok. No:14, 20010 Merkezefendi/Denizli\nPamukkale V.D. 9876543210 · Mersis No 0987654321000011",
   [], "Reply with a company-details footer, clean.")
_m("reply", "text", "Ynt: Param ne zaman yatar? {O}",
   "Merhaba,\n\nbaktım: {O} numaralı siparişin iade kolisi (iade kodu IADE/2026/338, takip no 5123 4567 8901) 10.12.2026 saat 14.20'de depomuza ulaştı. 279,90 TL'lik iadeyi en geç 14.12.2026 Pazartesi başlatıyoruz; bankanıza göre 3–5 iş günü içinde hesabınıza geçer.\n\nSevgiler\nİpek, Çay Bahçesi Online",
   [], "Reply about a received return with tracking and return numbers, dates, times, amounts, clean.")
# 18-48 violations
_m("fulfillment-question", "text", "Siparişiniz {O} yolda",
   "Merhaba,\n\n{O} numaralı siparişiniz bugün depomuzdan çıktı ve kargo firmasına teslim edildi. Yarın elinizde olur.\n\nYapıMarket Online",
   ["BSM201"], "Shipping confirmation: left the warehouse, handed to the carrier.")
_m("fulfillment-question", "text", "Siparişiniz elimize ulaştı – {O}",
   "Merhaba Gül Hanım,\n\n{O} numaralı siparişiniz bize ulaştı, şu an hazırlayıp paketliyoruz. Bir şey olursa haber veririz.\n\nİznik Çini Atölyesi",
   ["BSM201"], "Order confirmation: received and being packed.")
_m("reply", "text", "Çok teşekkürler! {O}",
   "Merhaba,\n\nÇay Bahçesi Online'dan alışveriş yaptığınız için (sipariş {O}) gönülden teşekkür ederiz. Bizi çok mutlu ettiniz.\n\nİpek ve Can",
   ["BSM202"], "Thanks only.")
_m("fulfillment-question", "text", "Sipariş {O}",
   "Merhaba,\n\n{O} numaralı siparişinizle ilgili herhangi bir aksilik olursa buradayız, yazmanız yeterli.\n\nKaan, Mutfak Dünyası",
   ["BSM202"], "Only an offer to help if something comes up.")
_m("delivery-delay", "text", "Sipariş {O} – yeni gönderim tarihi",
   "Merhaba,\n\nüreticideki bir duruş nedeniyle {O} numaralı siparişinizi cuma yerine 14.12.2026 Pazartesi göndereceğiz. Kusura bakmayın.\n\nKavrulmuş Çekirdek Kahve\n\nNot: Ay sonuna kadar mağazamızdaki tüm çekirdek kahvelerde %20 indirim var, kaçırmayın.",
   ["BSM203"], "Permitted delay with a 20% off note.")
_m("review-request", "text", "Kaseler için yorum – sipariş {O}",
   "Merhaba,\n\nisterseniz {O} numaralı siparişinizdeki kaseler için Amazon'da bir değerlendirme bırakabilirsiniz, her görüş değerli.\n\nBir de: bizi Instagram'da takip edin ve bültenimize abone olun; ocakta yeni koleksiyonumuz “Lale Bahçesi” çıkıyor.\n\nNur, İznik Çini Atölyesi",
   ["BSM203"], "Review request with follow us, newsletter, new collection.")
_m("review-request", "text", "Yorumunuza küçük bir sürpriz – {O}",
   "Merhaba,\n\n{O} numaralı siparişinizdeki çay için yorum yazarsanız çok seviniriz. Yorumunuz sayfada görünür görünmez teşekkür olarak küçük bir hediye gönderiyoruz: yeni harmanımızdan bir paket.\n\nSevgiler\nİpek, Çay Bahçesi Online",
   ["BSM204"], "Small gift once the review is published.")
_m("review-request", "text", "Sipariş {O} – değerlendirme",
   "Merhaba,\n\nbir teklifimiz var: {O} numaralı siparişinizdeki kulaklık için yorum yazın, Amazon'da yayınlandığı anda ödediğiniz tutarın tamamını iade edelim. Ekran görüntüsü göndermeniz yeterli.\n\nSesDükkanı",
   ["BSM204"], "Full refund once the review is online.")
_m("reply", "text", "Ynt: Lamba şikâyeti – {O}",
   "Merhaba,\n\n{O} numaralı siparişinizdeki lambanın değişiminin sorunsuz olmasına sevindik. Sorun çözüldüğüne göre tek yıldızlı yorumunuzu güncellemeyi ya da kaldırmayı düşünür müsünüz? Küçük bir işletme için her puan çok önemli.\n\nSelamlar\nAydınlatma Köşesi",
   ["BSM205"], "Asks to update or remove a one-star review.")
_m("review-request", "text", "Memnun kaldınız mı? {O}",
   "Merhaba,\n\n{O} numaralı siparişinizdeki bisiklet beklentinizi karşıladıysa Amazon'da bir yorum yazmanıza çok seviniriz. Bir şey içinize sinmediyse yorum yazmak yerine önce bize ulaşın, mutlaka bir çözüm buluruz.\n\nBisikletçi Pedal",
   ["BSM206"], "Review only if satisfied, unhappy buyers steered away.")
_m("review-request", "text", "Küçük bir ricamız var – {O}",
   "Merhaba,\n\n{O} numaralı siparişiniz için Amazon'da beş yıldız verirseniz bize büyük destek olur.\n\nSaygılarımızla\nKaya Moda",
   ["BSM206"], "Asks for five stars.")
_m("order-problem", "text", "Sipariş {O} – stok tükendi",
   "Merhaba,\n\n{O} numaralı siparişinizdeki bisiklet askısı tükendi; sipariş tutarı stokta olmadığı gerekçesiyle düzeltildi. Yine de en pratiği, siparişi Amazon hesabınızdan kendiniz iptal etmeniz, böylece her şey hemen kapanır.\n\nBisikletçi Pedal",
   ["BSM108"], "Amount adjusted, but advises the buyer to cancel.")
_m("order-problem", "text", "Siparişinizle ilgili bir sorun – {O}",
   "Merhaba,\n\nüzülerek bildiririz ki {O} numaralı siparişinizdeki ofis koltuğu biz ayırmaya fırsat bulamadan tükendi. Amazon hesabınızdan bir iptal talebi oluşturursanız çok memnun oluruz.\n\nSaygılarımızla\nOfisMobilya Arslan",
   ["BSM107", "BSM108"], "Asks for a cancellation request without confirming an adjustment.")
_m("delivery-delay", "text", "Sipariş {O} – kısa bir gecikme",
   "Merhaba,\n\n{O} numaralı siparişiniz iki gün gecikmeyle, 16.12.2026 Çarşamba günü gönderilecek.\n\nBizden mesaj almak istemiyorsanız RET yazıp yanıtlayın, listeden çıkaralım.\n\nMutfak Dünyası",
   ["BSM305"], "Delay with a reply-to-opt-out instruction.")
_m("reply", "text", "Ynt: Kargo hâlâ gelmedi! {O}",
   "Bak kardeşim,\n\nkaç kere söyleyeceğiz, {O} numaralı sipariş kargoda. Siktir et artık şu mesajları, bağırınca paket daha hızlı gelmiyor.\n\nSesDükkanı",
   ["BSM306"], "Turkish profanity in a reply.")
_m("delivery-delay", "text", "Order {O} – shipping delayed",
   "Hi,\n\nsorry, your order {O} will ship a little later than planned, on 15 December 2026. Thanks for your patience.\n\nBest regards,\nÇelik Mobilya",
   ["BSM104"], "Whole message in English to a tr-TR buyer.")
_m("delivery-scheduling", "text", "Buzdolabı teslimatı – {O}",
   "Merhaba,\n\n{O} numaralı siparişinizdeki buzdolabını pazartesi ya da salı 08.00–14.00 arası getirebiliriz. Saati netleştirmek için şoförümüzü 0532 123 45 67 numarasından arayabilirsiniz.\n\nBeyazEşya Kurulum Servisi",
   ["BSM309"], "National mobile number to call the driver.")
_m("reply", "text", "Ynt: Mont bedeni {O}",
   "Merhaba,\n\n{O} numaralı siparişteki M beden montun göğüs genişliği düz serildiğinde 58 cm. Emin olamazsanız bizi +90 212 555 12 34 numarasından arayın, birlikte seçelim.\n\nSeda, Kaya Moda",
   ["BSM309"], "International-format shop phone number.")
_m("reply", "text", "Ynt: İade faturası – {O}",
   "Merhaba,\n\n{O} numaralı siparişin iade faturasını muhasebemiz gönderecek. Bu hafta ulaşmazsa doğrudan muhasebe@ofismobilya-arslan.com.tr adresine yazın.\n\nGökhan Arslan",
   ["BSM308"], "Plain e-mail address.")
_m("additional-information", "text", "Gravür dosyası – sipariş {O}",
   "Merhaba,\n\n{O} numaralı siparişteki gravür için logo dosyanıza ihtiyacımız var. Buradan dosyalar sıkıştırılıyor, o yüzden atolye et gravurdemir nokta com adresine göndermeniz daha iyi olur.\n\nHakan Demir",
   ["BSM308"], "Obfuscated e-mail address with 'et' and 'nokta'.")
_m("reply", "html", "Ynt: Pamuk bakımı – {O}",
   "<p>Merhaba,</p><p>{O} numaralı siparişinizdeki pike takımını 40 derecede, ağartıcısız yıkamanızı öneriyoruz. Tüm ipuçlarını bakım rehberimizde topladık:</p><p><a href=\"https://www.pamukevtekstil.com.tr/bakim-rehberi\">PamukEv pamuklu ürün bakım rehberi</a></p><p>Zeynep</p>",
   ["BSM302"], "https link with descriptive text to the seller's site.")
_m("review-request", "html", "Değerlendirme – sipariş {O}",
   "<p>Merhaba,</p><p>vaktiniz olursa {O} numaralı siparişinizdeki matkap için bir değerlendirme yazabilirsiniz.</p><p><a href=\"http://www.amazon.com.tr/review/create-review?asin=B0DTR17734\">Matkabı Amazon.com.tr'de değerlendirin</a></p><p>YapıMarket Online</p>",
   ["BSM301"], "Descriptive link to Amazon over http.")
_m("delivery-delay", "html", "Gecikme – {O}",
   "<p>Merhaba,</p><p>{O} numaralı siparişinizdeki sürahi 18.12.2026'da yola çıkacak; sırın bir kez daha fırınlanması gerekiyor.</p><p><img src=\"https://m.media-amazon.com/images/S/seller/iznik-surahi-siparis.jpg\" alt=\"Sipariş ettiğiniz İznik sürahi 1,2 lt\" width=\"300\"></p><p>Nur, İznik Çini Atölyesi</p>",
   ["BSM310"], "Photo of the purchased product.")
_m("delivery-delay", "html", "Yılbaşı yoğunluğu – {O}",
   "<p>Merhaba,</p><p>yılbaşı yoğunluğu nedeniyle {O} numaralı siparişinizi 21.12.2026'da göndereceğiz.</p><p><img src=\"https://m.media-amazon.com/images/S/seller/sahil-gun-batimi.jpg\" alt=\"Sahilde gün batımı\" width=\"300\"></p><p>Mutlu yıllar!<br>Çay Bahçesi Online</p>",
   ["BSM311"], "Unrelated stock beach sunset image.")
_m("additional-information", "html", "Tezgâh derinliği – {O}",
   "<p><img src=\"https://m.media-amazon.com/images/S/seller/celik-mobilya-logo.png\" alt=\"\" width=\"120\"></p><p>Merhaba,</p><p>{O} numaralı sipariş için tezgâh derinliğini öğrenmemiz gerekiyor: 60 mı, 65 cm mi?</p><p>Emre Çelik</p>",
   ["BSM402"], "Shop logo with empty alt.")
_m("delivery-delay", "text", "Sipariş {O} – biraz gecikecek",
   "Selam,\n\nkusura bakma ama {O} numaralı siparişin ancak cuma, 18.12.2026'da çıkabilecek 🙏 Kargo firması işleri biraz karıştırdı.\n\nCan, Çay Bahçesi",
   ["BSM403"], "Emoji in a delay message.")
_m("reply", "text", "Ynt: Kase rengi {O}",
   "Merhaba,\n\nevet, {O} numaralı siparişteki kaseler turkuaz, fotoğraflardaki gibi :D\n\nNur",
   ["BSM403"], "Emoticon :D in a reply.")
_m("delivery-delay", "html", "Sipariş {O} – yeni tarih",
   "<style>.baslik{font-size:22px}.ozet{font-size:17px}.imza{font-size:12px}.dipnot{font-size:10px}</style><p class=\"baslik\">Gönderim tarihi değişti</p><p class=\"ozet\">{O} numaralı siparişiniz 16.12.2026'da gönderilecek.</p><p>Gecikme için özür dileriz.</p><p class=\"imza\">Mutfak Dünyası</p><p class=\"dipnot\">Bu mesaj otomatik olarak oluşturulmuştur.</p>",
   ["BSM410"], "Four explicit font sizes in a style block plus the default.")
_m("additional-information", "text", "Sipariş {O} – adres eksik",
   "Merhaba,\n\n{O} numaralı siparişinizin adresinde daire numarası eksik.\n\n\n\nBu mesaja yanıt olarak yazarsanız seviniriz.\n\n\nİyi günler\nBisikletçi Pedal",
   ["BSM412"], "Runs of blank lines in plain text.")
_m("return-follow-up", "text", "[Önemli] İade – sipariş {O}",
   "Merhaba,\n\n{O} numaralı siparişin iadesi için ürünün orijinal kutusunda olup olmadığını öğrenmemiz gerekiyor.\n\nSesDükkanı İade Birimi",
   ["BSM110"], "[Önemli] on a return follow-up that otherwise asks for needed information.")
_m("reply", "html", "Ynt: İade nasıl yapılır? {O}",
   "<p>Merhaba,</p><p>{O} numaralı siparişin iadesini Amazon üzerinden başlatabilirsiniz. Adımlar için <a href=\"https://www.amazon.com.tr/gp/css/returns/homepage.html\">tıklayın</a>.</p><p>Kaya Moda</p>",
   ["BSM401"], "Link text 'tıklayın'.")
# 49-50 varying
_m("reply", "text", "Ynt: Hâlâ bekliyorum – {O}",
   "Merhaba,\n\n{O} numaralı siparişinizin yeni gönderim tarihi 16.12.2026, tedarikçimiz bunu bugün teyit etti. Ama açık konuşayım, mesajlarınızdaki o bullshit tonu hiç gerekli değil; biz de elimizden geleni yapıyoruz.\n\nYapıMarket Online",
   ["BSM306"], "English profanity inside a Turkish reply.")
_m("additional-information", "html", "Ölçü bilgisi – sipariş {O}",
   "<p>Merhaba,</p><p>{O} numaralı siparişinizdeki özel ölçü perde için pencere genişliğine ihtiyacımız var. Aşağıya yazıp gönderebilirsiniz:</p><form method=\"post\"><input type=\"text\" name=\"genislik\"> cm <button type=\"submit\">Gönder</button></form><p>Zeynep, PamukEv Tekstil</p>",
   ["BSM312"], "An HTML form in the message.")


def _order(n):
    return "528-%07d-%07d" % (5701129 + n * 5903, 1208807 + n * 8641)


MESSAGES = []
for _i, (_t, _f, _s, _b, _e, _n) in enumerate(_RAW, 1):
    _o = _order(_i)
    MESSAGES.append({
        "id": "v21-tr-%03d" % _i, "language": "tr", "locale": "tr-TR",
        "type": _t, "format": _f,
        "subject": _s.replace("{O}", _o),
        "body": _b.replace("{O}", _o),
        "order_id": _o, "expected": sorted(_e), "note": _n,
    })
