"""v19 blind evaluation set: Turkish (tr-TR). Standard library only."""

LANG = "tr"
LOCALE = "tr-TR"
PREFIX = "508"


def _oid(i):
    a = (2236067 + i * 104711) % 9000000 + 1000000
    b = (1732050 + i * 130379) % 9000000 + 1000000
    return "%s-%07d-%07d" % (PREFIX, a, b)


_RAW = [
# 1 clean delay text
("delivery-delay", "text",
 "{o} numaralı siparişinizde birkaç günlük gecikme",
 "Merhaba Ayşe Hanım,\n\n"
 "Sipariş ettiğiniz masif meşe TV ünitesi ({o}) henüz vernik kurumasını tamamlamadı. Bu mevsimde atölyede "
 "nem yüksek olduğundan süreç beklediğimizden uzun sürüyor; yapış yapış bir mobilyayı yola çıkarmak istemeyiz.\n\n"
 "Şu anki plana göre ünite 17.12.2026 Perşembe günü gönderime hazır olacak, yani ilanda belirtilen süreden "
 "yaklaşık 5 gün sonra. Bu tarih size uymazsa bu mesajı yanıtlamanız yeterli.\n\n"
 "İzmir'den selamlar\n"
 "Kerem Aydın\n"
 "Ege Ahşap Atölyesi",
 [], "Clean delivery delay in plain text with a new ship date."),
# 2 clean delay html
("delivery-delay", "html",
 "Sipariş {o} – teslimat gecikmesi hakkında",
 "<table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td>"
 "<p>Sayın Müşterimiz,</p>"
 "<p><b>{o}</b> numaralı siparişinizdeki Comandante C40 kahve değirmeni, tedarikçimizin sevkiyatı ertelemesi "
 "nedeniyle planlanandan yaklaşık bir hafta geç gönderilecektir. Ürünün en geç 16.12.2026 tarihinde depomuzdan "
 "çıkmasını bekliyoruz.</p>"
 "<p>Yaşanan aksaklık için özür dileriz. Siparişinizde bir değişiklik yapmak isterseniz bu mesajı yanıtlayabilirsiniz.</p>"
 "<p>Saygılarımızla<br>Müşteri Hizmetleri<br>Kahve Değirmeni Kadıköy</p>"
 "</td></tr></table>",
 [], "Clean builder-HTML delay notice with a future ship date."),
# 3 clean order-problem [Önemli]
("order-problem", "text",
 "[Önemli] {o} numaralı siparişinizle ilgili sorun",
 "Merhaba Mehmet Bey,\n\n"
 "{o} numaralı siparişinizi hazırlarken elimizdeki son TRW GDB1550 disk balata setinin hasarlı olduğunu fark ettik; "
 "distribütör yeni stoğu ocak sonundan önce vermiyor.\n\n"
 "Bu nedenle ürünü gönderemiyoruz. Sipariş tutarında stok yokluğu gerekçesiyle 1.249,90 TL'lik tam düzeltme "
 "yaptık; iade Amazon'un olağan süreleri içinde hesabınıza yansıyacaktır.\n\n"
 "Kusura bakmayın.\n"
 "Hakan Yıldız\n"
 "Yıldız Oto Yedek Parça",
 [], "Clean order problem with amount adjusted; [Önemli] allowed on this critical type."),
# 4 clean additional info
("additional-information", "text",
 "Gravür yazısı eksik – {o}",
 "Merhaba,\n\n"
 "{o} siparişinde kesme tahtasına gravür seçilmiş ama yazı alanı boş gelmiş. Tahtaya ne yazılmasını "
 "istediğinizi (en fazla 30 karakter) bu mesaja yanıt olarak iletir misiniz? Cevabınızı alana kadar üretimi bekletiyoruz.\n\n"
 "Selin – Ege Ahşap Atölyesi",
 [], "Clean request for missing engraving text."),
# 5 clean partial refund
("return-follow-up", "text",
 "İade talebiniz hk. – {o}",
 "Sayın Zeynep Hanım,\n\n"
 "keten yatak örtüsüyle ilgili iade talebiniz ({o}) bize ulaştı. Anladığımız kadarıyla kenarda hafif bir renk "
 "farkı var. Örtüyü kullanmaya devam etmek isterseniz, ürünü geri göndermenize gerek kalmadan 450,00 TL kısmi iade "
 "yapabiliriz. İstemezseniz iade normal şekilde ilerler.\n\n"
 "Hangisini tercih ettiğinizi yazmanız yeterli.\n\n"
 "Sevgiler\n"
 "Elif Demir\n"
 "Keten ve Yün Tekstil",
 [], "Clean return follow-up offering a partial refund."),
# 6 clean return question
("return-follow-up", "html",
 "İade için bir sorumuz var – {o}",
 "<p>Merhaba,</p>"
 "<p><b>{o}</b> siparişindeki şarj cihazının iadesini tamamlayabilmemiz için bir bilgiye ihtiyacımız var: cihaz "
 "prize takılıp kullanıldı mı? Kullanıldıysa arızayı kısaca anlatır mısınız (ışık yanmıyor, ısınıyor vb.), "
 "teknik servis neye bakacağını bilsin.</p>"
 "<p>İyi günler<br>ElektroPazar Destek</p>",
 [], "Clean return follow-up asking for information to complete the return."),
# 7 clean invoice
("invoice", "text",
 "{o} siparişinize ait e-Arşiv fatura (TR/2026/12/0311)",
 "Merhaba,\n\n"
 "{o} numaralı siparişinize ait TR/2026/12/0311 numaralı e-Arşiv faturanız ektedir. Fatura, sipariş sırasında "
 "verdiğiniz firma bilgilerine düzenlenmiştir. Toplam: 3.499,00 TL (KDV %20 dahil, KDV tutarı 583,17 TL).\n\n"
 "Satıcı:\n"
 "ElektroPazar Elektronik Tic. Ltd. Şti.\n"
 "Atatürk Cad. No: 45/3, 35220 Konak/İzmir\n"
 "Konak V.D. 4650123987\n"
 "MERSİS No: 0465012398700017\n"
 "Ticaret Sicil No: 218734\n\n"
 "Saygılarımızla\n"
 "Muhasebe Birimi",
 [], "Clean invoice with tax office, Vergi No, MERSIS and a slash invoice number."),
# 8 clean review request text
("review-request", "text",
 "Değirmen nasıl gidiyor? ({o})",
 "Merhaba,\n\n"
 "{o} siparişinizdeki değirmen elinize geçeli birkaç gün oldu. Bir dakikanız olursa Amazon'da ürünle ilgili "
 "bir değerlendirme yazmanız bizi çok sevindirir; samimi yorumlar başkalarının da doğru seçim yapmasına yardımcı oluyor.\n\n"
 "Kahve Değirmeni Kadıköy",
 [], "Clean neutral review request in plain text."),
# 9 clean review html logo
("review-request", "html",
 "Görüşünüzü merak ediyoruz – {o}",
 "<table width=\"100%\"><tr><td>"
 "<img src=\"https://static.egeahsap.com.tr/mail/ege-ahsap-logo.png\" alt=\"Ege Ahşap Atölyesi\" width=\"160\" height=\"50\">"
 "</td></tr><tr><td>"
 "<p>Merhaba,</p>"
 "<p>{o} siparişindeki raf çoktan duvara asılmıştır diye düşünüyoruz. Beğendiyseniz de beğenmediyseniz de "
 "fikrinizi duymak isteriz.</p>"
 "<p><a href=\"https://www.amazon.com.tr/review/review-your-purchases/?asin=B0CT5H9W2M\">Amazon.com.tr'de ürün değerlendirmesi yazın</a></p>"
 "<p>Selamlar<br>Kerem ve Selin<br><small>Ege Ahşap Atölyesi, İzmir</small></p>"
 "</td></tr></table>",
 [], "Clean HTML review request with shop logo (alt names shop) and descriptive Amazon link."),
# 10 clean delivery scheduling
("delivery-scheduling", "text",
 "Gardırop teslimatı için randevu ({o})",
 "Merhaba Emre Bey,\n\n"
 "{o} siparişinizdeki gardırop ambalajıyla birlikte yaklaşık 140 kg geliyor, bu yüzden kendi nakliye ekibimiz "
 "kapıya değil eve kadar taşıyarak teslim ediyor. Uygun saatlerimiz:\n"
 "Salı 15.12.2026, 09.00-12.00\n"
 "Çarşamba 16.12.2026, 13.00-17.00\n"
 "Cumartesi 19.12.2026, 10.00-14.00\n\n"
 "Hangisi size uyar? Binada asansör olup olmadığını da yazarsanız seviniriz.\n\n"
 "İyi çalışmalar\n"
 "Burak Şahin, Sevkiyat Sorumlusu\n"
 "Şahin Mobilya",
 [], "Clean delivery scheduling of a bulky item with slots."),
# 11 clean home service
("home-service-appointment", "text",
 "Bulaşık makinesi kurulumu – {o}",
 "Merhaba,\n\n"
 "{o} siparişinizle birlikte bulaşık makinesi kurulum hizmeti de almışsınız. Teknisyenimiz Murat Bey "
 "14 Aralık Pazartesi 10.00-12.00 veya 17 Aralık Perşembe 15.00-17.00 arasında gelebilir. Birini seçmeniz "
 "yeterli, bir gün önce teyit ederiz.\n\n"
 "Kolay gelsin\n"
 "Beyaz Eşya Kurulum Servisi",
 [], "Clean home-service appointment with two windows."),
# 12 clean design proof
("custom-design-verification", "html",
 "Tasarım onayınız gerekiyor – {o}",
 "<p>Merhaba,</p>"
 "<p>{o} siparişindeki kapı isimliğinin tasarımı ekteki dosyada (tasarim_isimlik_0412.pdf): “Yılmaz Ailesi” yazısı, "
 "meşe, frezelenmiş harfler, 30 × 12 cm.</p>"
 "<p>“Onaylıyorum” diye yanıtlamanız ya da düzeltmelerinizi yazmanız yeterli; onayınızı almadan frezeye başlamıyoruz.</p>"
 "<p>Selin<br>Ege Ahşap Atölyesi</p>",
 [], "Clean design proof with attachment."),
# 13 clean door code
("fulfillment-question", "text",
 "Site giriş kodu gerekiyor – {o}",
 "Merhaba,\n\n"
 "kurye, {o} siparişindeki adreste siteye giriş yapamadığını bildirdi (gönderi no 730211884512, bizim referansımız "
 "SVK-2026-3381). Site kapı şifresini ya da blok/daire numarasını yazabilir misiniz? Aksi halde paket şubeye geri dönecek.\n\n"
 "Saygılarımızla\n"
 "ElektroPazar Sipariş Takip",
 [], "Clean door-code question with reference numbers."),
# 14 clean reply foreign title
("reply", "text",
 "Ynt: Rafın ölçüleri – {o}",
 "Merhaba,\n\n"
 "{o} siparişinizdeki “Nordic Oak Floating Shelf 80 cm” 22 cm derinliğinde ve tuğla duvarda 15 kg'a kadar taşıyor. "
 "Alçıpan duvar için kelebek dübel öneriyoruz, kutudan çıkıyor.\n\n"
 "Kerem\n"
 "Ege Ahşap Atölyesi",
 [], "Clean reply quoting an English product title inside Turkish sentences."),
# 15 clean warranty line
("reply", "text",
 "Ynt: Kahve makinesi garantisi – {o}",
 "Merhaba,\n\n"
 "{o} siparişinizdeki makine 2 yıl üretici garantisi kapsamında. En hızlı çözüm için üreticinin garanti hattını "
 "(Arçelik Çağrı Merkezi, garanti işlemleri) 444 0 888 numarasından arayabilirsiniz. Seri numarası su haznesinin altındaki etikette yazıyor.\n\n"
 "Selamlar\n"
 "Kahve Değirmeni Kadıköy",
 [], "Clean reply giving the manufacturer's warranty line, marked as such."),
# 16 clean company footer
("reply", "html",
 "Ynt: Kurumsal fatura – {o}",
 "<p>Merhaba Deniz Hanım,</p>"
 "<p>tabii ki, {o} siparişinin faturasını şirketiniz adına kesebiliriz. Yanıt olarak firma unvanı, adres, "
 "vergi dairesi ve vergi numarasını yazmanız yeterli.</p>"
 "<p>İyi günler<br>Elif Demir</p>"
 "<p><small>Keten ve Yün Tekstil – Elif Demir<br>Bağdat Cad. No: 112/4, 34728 Kadıköy/İstanbul<br>"
 "Kadıköy V.D. 29843015762 · MERSİS No: 0298430157600012</small></p>",
 [], "Clean reply with a company-details footer."),
# 17 clean tracking/return
("reply", "text",
 "Ynt: İade durumu {o}",
 "Merhaba,\n\n"
 "{o} siparişine ait iadeniz 09.12.2026 saat 11.42'de elimize ulaştı (iade no IAD-2026-0871, kargo takip no "
 "1Z4F82E30412345678). Ürün kontrol edildi, eksiksiz. 799,90 TL tutarındaki iadeyi bugün saat 16.00'ya kadar "
 "başlatıyoruz; hesabınıza 3-5 iş günü içinde geçer.\n\n"
 "Hakan Yıldız\n"
 "Yıldız Oto Yedek Parça",
 [], "Clean reply with return and tracking numbers, date, time and amount."),
# 18 BSM201
("fulfillment-question", "text",
 "Paketiniz yola çıktı – {o}",
 "Merhaba,\n\n"
 "{o} numaralı siparişiniz bu sabah depomuzdan çıktı ve Yurtiçi Kargo'ya teslim edildi. Genelde 1-2 iş günü içinde elinizde olur.\n\n"
 "Yıldız Oto Yedek Parça",
 ["BSM201"], "Shipping confirmation: left the warehouse, handed to the carrier."),
# 19 BSM201
("fulfillment-question", "text",
 "Sipariş {o}",
 "Selam!\n\n"
 "{o} siparişin bize düştü, hemen işe koyulduk: çekirdekler yarın kavruluyor, ardından paketliyoruz.\n\n"
 "Kahve Değirmeni ekibi",
 ["BSM201"], "Order received and being prepared."),
# 20 BSM202
("fulfillment-question", "text",
 "Teşekkürler! ({o})",
 "Sayın Zeynep Hanım,\n\n"
 "Keten ve Yün Tekstil'den alışveriş yaptığınız ve küçük bir aile işletmesine güvendiğiniz için yürekten teşekkür ederiz ({o}).\n\n"
 "Elif Demir",
 ["BSM202"], "Thanks-only message."),
# 21 BSM202
("fulfillment-question", "text",
 "{o}",
 "Merhaba,\n\n"
 "{o} siparişinizle ilgili herhangi bir aksilik olursa buradayız, bu mesajı yanıtlamanız yeterli.\n\n"
 "Şahin Mobilya",
 ["BSM202"], "Only the offer to help if something comes up."),
# 22 BSM203 P.S.
("delivery-delay", "text",
 "Küçük bir gecikme – {o}",
 "Merhaba,\n\n"
 "yılbaşı yoğunluğu yüzünden {o} siparişinizi ancak 21.12.2026 Pazartesi günü gönderebileceğiz. Gecikme için kusura bakmayın.\n\n"
 "Kahve Değirmeni Kadıköy\n\n"
 "Not: Yılbaşına kadar tüm ürünlerimizde %20 indirim var, göz atmayı unutmayın!",
 ["BSM203"], "Delay notice with a P.S. promoting 20% off everything."),
# 23 BSM203 follow us
("invoice", "html",
 "Faturanız – {o}",
 "<p>Merhaba,</p>"
 "<p>{o} siparişinizin faturası ektedir.</p>"
 "<p>Bizi Instagram ve Facebook'ta takip etmeyi unutmayın; ocakta yosun yeşili ve kum tonlarında yeni koleksiyonumuz geliyor, "
 "bültenimize kayıt olanlar ilk görenler olacak.</p>"
 "<p>Elif – Keten ve Yün Tekstil</p>",
 ["BSM203"], "Invoice with follow-us, newsletter and new-collection promotion."),
# 24 BSM204
("review-request", "text",
 "Stand nasıl, memnun musunuz? {o}",
 "Merhaba,\n\n"
 "{o} siparişindeki stant işinizi görüyor mu? Amazon'da yorum yazarsanız kullanıcı adınızı bize iletin; yorum "
 "yayınlanır yayınlanmaz atölyeden küçük bir teşekkür hediyesi göndereceğiz.\n\n"
 "Ege Ahşap Atölyesi",
 ["BSM204"], "Small gift once the review is published."),
# 25 BSM204
("review-request", "text",
 "{o} – değerlendirme",
 "Merhaba,\n\n"
 "size bir teklifimiz var: {o} siparişinizdeki kablo için bir değerlendirme yazın, Amazon'da görünür olduğu anda "
 "ödediğiniz tutarın tamamını iade edelim. Ürün de sizde kalsın.\n\n"
 "ElektroPazar",
 ["BSM204"], "Full refund once the review is online."),
# 26 BSM205
("reply", "text",
 "Ynt: Şikâyet {o}",
 "Merhaba Serkan Bey,\n\n"
 "{o} siparişiyle gönderdiğimiz yeni filtrenin sorunu çözmesine çok sevindik. Artık her şey yolunda olduğuna göre, "
 "bir yıldızlı değerlendirmenizi güncellemeyi ya da kaldırmayı düşünür müsünüz? Bizim gibi küçük bir dükkân için her puan çok şey ifade ediyor.\n\n"
 "Hakan, Yıldız Oto Yedek Parça",
 ["BSM205"], "Asks to update or remove a one-star review."),
# 27 BSM206
("review-request", "text",
 "Memnun kaldınız mı? {o}",
 "Merhaba,\n\n"
 "{o} siparişinizdeki komodin beklentinizi karşıladıysa Amazon'da bir yorum bırakırsanız seviniriz. Bir sorun "
 "varsa da yorum yazmak yerine önce bize ulaşın, mutlaka bir çözüm buluruz.\n\n"
 "Şahin Mobilya",
 ["BSM206"], "Review only if satisfied; unhappy buyers steered away."),
# 28 BSM206 five stars
("review-request", "html",
 "Küçük bir ricamız var – {o}",
 "<p>Merhaba!</p>"
 "<p>{o} siparişinizdeki kahveyi beğendiğinizi umuyoruz. Amazon'da beş yıldız verirseniz bizim için büyük "
 "motivasyon olur.</p>"
 "<p>Kahve Değirmeni Kadıköy</p>",
 ["BSM206"], "Asks for five stars."),
# 29 BSM108 with adjustment
("order-problem", "text",
 "Stokta kalmadı – {o}",
 "Merhaba,\n\n"
 "maalesef {o} siparişinizdeki Luma 40 lamba tükendi ve üretici bu modeli artık üretmiyor. Sipariş tutarını "
 "Amazon üzerinden stok yokluğu gerekçesiyle düzelttik.\n\n"
 "En pratiği, “Siparişlerim” sayfasından iptal talebini sizin oluşturmanız; böylece her şey hemen kapanır.\n\n"
 "ElektroPazar Elektronik Tic. Ltd. Şti.",
 ["BSM108"], "Amount adjusted, but buyer advised to request cancellation."),
# 30 BSM108 + BSM107
("order-problem", "text",
 "{o} hk. bir ricamız",
 "Merhaba Zeynep Hanım,\n\n"
 "{o} siparişinizdeki adaçayı yeşili keten masa örtüsü tükendi, yeni kumaş ancak baharda gelecek. Amazon "
 "üzerinden bir iptal talebi oluşturursanız çok minnettar oluruz.\n\n"
 "Kusura bakmayın\n"
 "Keten ve Yün Tekstil",
 ["BSM107", "BSM108"], "Asks for a cancellation request without confirming an adjustment."),
# 31 BSM305
("review-request", "text",
 "Yorumunuz – {o}",
 "Merhaba,\n\n"
 "{o} siparişinizdeki ürün için Amazon'da kısa bir yorum bırakırsanız seviniriz, olumlu ya da olumsuz.\n\n"
 "Bu tür mesajları almak istemiyorsanız RET yazıp yanıtlayın, listeden çıkaralım.\n\n"
 "Yıldız Oto Yedek Parça",
 ["BSM305"], "Review request with a reply-to-opt-out instruction."),
# 32 BSM306
("delivery-delay", "text",
 "Gecikme {o}",
 "Merhaba,\n\n"
 "kargo firması yine boku yedi, {o} siparişinizdeki masanın kolisini parçalayıp bize geri yollamışlar. "
 "Yeniden paketleyip 16.12.2026 Çarşamba gönderiyoruz.\n\n"
 "Burak, Şahin Mobilya",
 ["BSM306"], "Delay notice with Turkish profanity."),
# 33 BSM104 German body
("delivery-delay", "text",
 "Lieferverzögerung – Bestellung {o}",
 "Guten Tag,\n\n"
 "leider verzögert sich der Versand Ihrer Bestellung {o} um etwa eine Woche. Voraussichtlicher Versand: 18.12.2026.\n\n"
 "Mit freundlichen Grüßen\n"
 "Kahve Değirmeni Kadıköy",
 ["BSM104"], "Buyer locale tr-TR, message written in German."),
# 34 BSM309 national
("delivery-scheduling", "text",
 "Masa teslimatı – {o}",
 "Merhaba,\n\n"
 "{o} siparişinizdeki masayı kendi aracımızla getireceğiz. Gün ve saat için şoförümüz Burak'ı 0532 412 33 85 "
 "numarasından arayabilirsiniz, tercihen 15.00'ten sonra.\n\n"
 "Şahin Mobilya",
 ["BSM309"], "Seller's driver mobile number in Turkish national format."),
# 35 BSM309 international
("reply", "html",
 "Ynt: İade – {o}",
 "<p>Merhaba,</p>"
 "<p>{o} siparişindeki iade konusunu telefonda konuşmak en kolayı. Ofisimize +90 232 441 52 40 numarasından "
 "ulaşabilirsiniz (hafta içi 09.00-18.00).</p>"
 "<p>İyi günler<br>ElektroPazar</p>",
 ["BSM309"], "Office number in international format."),
# 36 BSM308 plain
("additional-information", "text",
 "Duvar fotoğrafı – {o}",
 "Merhaba,\n\n"
 "{o} siparişinizdeki raflara doğru dübeli seçebilmemiz için duvarın bir fotoğrafına ihtiyacımız var. "
 "Fotoğrafı konu satırına sipariş numarasını yazarak atolye@egeahsap.com.tr adresine gönderebilirsiniz.\n\n"
 "Kerem",
 ["BSM308"], "Plain e-mail address."),
# 37 BSM308 obfuscated 'et'
("reply", "text",
 "Ynt: {o}",
 "Merhaba,\n\n"
 "{o} siparişinizdeki kahvenin menşe belgesini PDF olarak memnuniyetle göndeririz; destek (et) kahvedegirmeni (nokta) com "
 "adresine yazmanız yeterli, hemen dönüyoruz.\n\n"
 "Kahve Değirmeni Kadıköy",
 ["BSM308"], "E-mail address obfuscated with '(et)' and '(nokta)'."),
# 38 BSM302
("reply", "html",
 "Ynt: Tezgâh bakımı – {o}",
 "<p>Merhaba,</p>"
 "<p>{o} siparişinizdeki tezgâhı altı ayda bir yağlamak yeterli. Adım adım anlattığımız rehber burada: "
 "<a href=\"https://egeahsap.com.tr/blog/yagli-ahsap-bakimi\">blogumuzdaki yağlı ahşap bakım rehberi</a>.</p>"
 "<p>Kerem, Ege Ahşap Atölyesi</p>",
 ["BSM302"], "https link to the seller's blog."),
# 39 BSM301
("review-request", "html",
 "Ürün değerlendirmesi – {o}",
 "<p>Merhaba,</p>"
 "<p>{o} siparişinizdeki ürünü değerlendirirseniz seviniriz:</p>"
 "<p><a href=\"http://www.amazon.com.tr/review/review-your-purchases/?asin=B0D5P2X8LN\">Amazon.com.tr'de yorum yazın</a></p>"
 "<p>ElektroPazar</p>",
 ["BSM301"], "Descriptive Amazon link over http."),
# 40 BSM310
("delivery-delay", "html",
 "Yeni gönderim tarihi – {o}",
 "<p>Merhaba,</p>"
 "<p>{o} siparişinizdeki sehpanın zımparası sürüyor, 18.12.2026'da gönderebileceğiz. Şu anki hali şöyle:</p>"
 "<p><img src=\"https://static.egeahsap.com.tr/urunler/mese-orta-sehpa-90.jpg\" alt=\"Meşe orta sehpa 90 cm\" width=\"300\"></p>"
 "<p>Selin, Ege Ahşap Atölyesi</p>",
 ["BSM310"], "Photo of the purchased coffee table."),
# 41 BSM311
("invoice", "html",
 "Fatura – {o}",
 "<p><img src=\"https://cdn.kahvedegirmeni.com.tr/mail/yilbasi-agaci.jpg\" alt=\"Süslü yılbaşı ağacı\" width=\"400\"></p>"
 "<p>Merhaba,</p>"
 "<p>{o} siparişinize ait TR/2026/12/0118 numaralı fatura ektedir.</p>"
 "<p>Kahve Değirmeni Kadıköy</p>",
 ["BSM311"], "Unrelated New Year tree stock image."),
# 42 BSM402
("review-request", "html",
 "Fikriniz bizim için önemli – {o}",
 "<p><img src=\"https://cdn.ketenveyun.com.tr/logo/keten-yun-logo.png\" alt=\"\" width=\"140\"></p>"
 "<p>Merhaba,</p>"
 "<p>vaktiniz olursa {o} siparişiniz hakkında görüşünüzü paylaşır mısınız: "
 "<a href=\"https://www.amazon.com.tr/review/review-your-purchases/?asin=B0BX3KQW77\">ürünü Amazon.com.tr'de değerlendirin</a>.</p>"
 "<p>Keten ve Yün Tekstil</p>",
 ["BSM402"], "Shop logo with empty alt."),
# 43 BSM403 emoji
("delivery-delay", "text",
 "Biraz sabır {o} ☕",
 "Selam!\n\n"
 "{o} siparişindeki kahven ancak 18.12 Cuma yola çıkabilecek, kavurma makinesi bakımdaydı 🙏 Beklettiğimiz için kusura bakma!\n\n"
 "Kahve Değirmeni ekibi",
 ["BSM403"], "Emoji in subject and body."),
# 44 BSM403 emoticon
("reply", "text",
 "Ynt: Ölçü – {o}",
 "Merhaba,\n\n"
 "{o} siparişinizdeki örtü 220 × 240 cm, yani 160'lık yatakta kenarlardan rahatça sarkar :D "
 "Başka sorunuz olursa çekinmeyin.\n\n"
 "Elif",
 ["BSM403"], "Text emoticon ':D'."),
# 45 BSM410
("delivery-delay", "html",
 "Tarih güncellemesi – {o}",
 "<style>h1{font-size:25px} h2{font-size:19px} p{font-size:13px} .alt{font-size:10px}</style>"
 "<h1>Yeni gönderim tarihi</h1>"
 "<h2>Sipariş {o}</h2>"
 "<p>Merhaba, tedarikçideki menteşe gecikmesi nedeniyle dolabınız 22.12.2026'da gönderilecek.</p>"
 "<p class=\"alt\">Şahin Mobilya, Organize Sanayi Bölgesi 12. Cad. No: 8, 38070 Melikgazi/Kayseri</p>",
 ["BSM410"], "Four explicit font sizes in a style block."),
# 46 BSM412 empty paragraphs
("additional-information", "html",
 "Ayak rengi – {o}",
 "<p>Merhaba,</p>"
 "<p></p><p></p>"
 "<p>{o} siparişinizdeki masa için ayak rengi seçilmemiş. Siyah mı, doğal meşe mi olsun?</p>"
 "<p>&nbsp;</p><p>&nbsp;</p>"
 "<p>Ege Ahşap Atölyesi</p>",
 ["BSM412"], "Empty paragraphs between paragraphs."),
# 47 BSM110 reply
("reply", "text",
 "[Önemli] Ynt: Kargo ücreti – {o}",
 "Merhaba,\n\n"
 "{o} siparişinizde kargo ücreti ürün fiyatına dahil, ayrıca bir ödeme yapmanız gerekmiyor.\n\n"
 "Yıldız Oto Yedek Parça",
 ["BSM110"], "[Önemli] on a reply."),
# 48 BSM401 bare URL
("return-follow-up", "html",
 "İade – {o}",
 "<p>Merhaba,</p>"
 "<p>{o} siparişinizin iadesi için orijinal kutunun elinizde olup olmadığını bilmemiz gerekiyor. İade adımları: "
 "<a href=\"https://www.amazon.com.tr/gp/css/returns/homepage.html\">https://www.amazon.com.tr/gp/css/returns/homepage.html</a></p>"
 "<p>ElektroPazar</p>",
 ["BSM401"], "Bare URL as link text."),
# 49 vary: Turkish greeting, English body
("delivery-delay", "text",
 "Gecikme – {o}",
 "Merhaba Can Bey,\n\n"
 "Unfortunately the brake discs in your order {o} are delayed at our supplier. We expect to ship them on "
 "21 December 2026 and apologise for the wait.\n\n"
 "Saygılarımızla\n"
 "Yıldız Oto Yedek Parça",
 ["BSM104"], "Greeting and sign-off in Turkish, body paragraph in English."),
# 50 vary: form
("fulfillment-question", "html",
 "Teslimat notu – {o}",
 "<p>Merhaba,</p>"
 "<p>{o} siparişinizin teslimatı için kapı şifresini aşağıdaki alana yazıp gönderebilirsiniz.</p>"
 "<form><input type=\"text\" name=\"kapi_sifresi\"><button type=\"submit\">Gönder</button></form>"
 "<p>ElektroPazar Sipariş Takip</p>",
 ["BSM312"], "HTML form embedded in the message."),
]


def _build():
    out = []
    for i, (typ, fmt, subj, body, exp, note) in enumerate(_RAW, 1):
        oid = _oid(i)
        rep = lambda s: s.replace("{o}", oid)
        out.append({
            "id": "v19-%s-%03d" % (LANG, i),
            "language": LANG,
            "locale": LOCALE,
            "type": typ,
            "format": fmt,
            "subject": rep(subj),
            "body": rep(body),
            "order_id": oid,
            "expected": sorted(exp),
            "note": note,
        })
    return out


MESSAGES = _build()
