from common import M
L = "tr"
# ---- clean (12)
M(L, "delivery-delay", "text", "{o} numaralı siparişinizde gecikme", """Merhaba Ayşe Hanım,

{o} numaralı siparişinizdeki "Kapadokya" el dokuması kilim, ilanda belirtilen tarihte maalesef kargoya verilemeyecek. Atölyemizdeki dokuma işlemi planlanandan birkaç gün uzun sürdü.

Yeni tahmini gönderim tarihi 22 Mayıs Çarşamba. Beklemek istemezseniz siparişinizi Amazon hesabınızdan iptal edebilirsiniz; bu durumda ödediğiniz tutarın tamamı iade edilir.

Anlayışınız için teşekkür ederiz.

Saygılarımızla,
Elif Kaya
Anadolu Kilim Evi""", [], "clean: delay, neutral cancellation mention")
M(L, "order-problem", "html", "[Önemli] {o} numaralı siparişinizle ilgili sorun", """<p>Sayın Mehmet Bey,</p>
<p>Üzülerek bildiririz ki {o} numaralı siparişinizdeki Türk kahvesi makinesini gönderemiyoruz. Depodaki son ürün kontrol sırasında hasarlı çıktı ve üretici bu modeli artık üretmiyor.</p>
<p>Bu nedenle sipariş tutarını düzelterek 1.249,00 TL'nin tamamını iade ettik (neden: stokta yok). Tutar, ödeme yönteminize bağlı olarak birkaç iş günü içinde hesabınıza yansıyacaktır.</p>
<p>Saygılarımızla,<br>Kahve Dünyası Mutfak</p>""", [], "clean: order problem with adjustment; [Önemli] on critical type")
M(L, "invoice", "text", "{o} numaralı siparişinizin faturası", """Sayın Zeynep Hanım,

{o} numaralı siparişinize ait faturayı PDF olarak ekte bulabilirsiniz. Fatura, talebiniz üzerine şirketiniz adına düzenlenmiştir.

Fatura No: EAR2024000001532
Vergi Dairesi: Kadıköy
Vergi No: 4820571936
MERSİS No: 0482057193600015

İyi çalışmalar dileriz,
Kırtasiye Boğaziçi Ltd. Şti. Muhasebe""", [], "clean: invoice with tax numbers")
M(L, "review-request", "html", "{o} numaralı siparişiniz hakkındaki görüşünüz", """<p><img src="https://cdn.egezeytin.com.tr/mail/ege-zeytin-logo.png" alt="Ege Zeytin" width="150"></p>
<p>Merhaba Burak Bey,</p>
<p>Birkaç hafta önce {o} numaralı siparişinizle zeytinyağımızı teslim aldınız. Deneyiminizi Amazon'da bir değerlendirmeyle paylaşmak ister misiniz? Olumlu ya da olumsuz, her dürüst yorum diğer müşterilere yardımcı olur.</p>
<p><a href="https://www.amazon.com.tr/review/create-review?asin=B0C2QK8M5V">Amazon.com.tr'de değerlendirme yazın</a></p>
<p>Teşekkürler,<br>Ege Zeytin</p>""", [], "clean: neutral HTML review request")
M(L, "delivery-scheduling", "text", "Teslimat randevusu – sipariş {o}", """Merhaba Hasan Bey,

{o} numaralı siparişinizdeki köşe koltuk takımı İstanbul Hadımköy depomuza ulaştı. Teslimat iki kişilik ekiple ve montajlı yapılacağı için sizinle bir randevu belirlememiz gerekiyor.

Uygun zamanlar:
- 4 Haziran Salı, 09:00–13:00
- 6 Haziran Perşembe, 13:00–18:00

Hangisinin size uyduğunu ve binada asansör olup olmadığını bildirir misiniz?

Saygılarımızla,
Mobilya Marmara""", [], "clean: delivery scheduling")
M(L, "home-service-appointment", "text", "Kurulum randevusu – sipariş {o}", """Merhaba Fatma Hanım,

{o} numaralı siparişinizle bulaşık makinesi kurulum hizmetini de satın aldınız. Teknisyenimiz 29 Mayıs Çarşamba günü 10:00 ile 12:00 arasında gelebilir.

Bu saat uygun değilse, lütfen önümüzdeki hafta için başka bir gün önerin.

Saygılarımızla,
Beyaz Eşya Servis Ankara""", [], "clean: home service appointment")
M(L, "custom-design-verification", "text", "Tasarım onayı – sipariş {o}", """Merhaba Selin Hanım,

{o} numaralı siparişinizdeki kişiye özel kapı süsünün tasarım taslağını ekte gönderiyoruz. Üzerinde "Yılmaz Ailesi – Hoş Geldiniz" yazısı, seçtiğiniz yazı tipiyle yer alıyor.

Lütfen yazımı ve yerleşimi kontrol edip onayınızı iletin; onayınızın ardından üretime başlayacağız.

Sevgiyle,
Ahşap Atölye İzmir""", [], "clean: design proof")
M(L, "additional-information", "text", "Siparişiniz {o} için bir bilgiye ihtiyacımız var", """Merhaba Emre Bey,

{o} numaralı siparişinizdeki ölçüye özel stor perdeyi üretebilmek için, belirttiğiniz 140 cm genişliğin pencere boşluğu mu yoksa perdenin son genişliği mi olduğunu öğrenmemiz gerekiyor.

Yanıtınız için şimdiden teşekkürler; üretim hemen ardından başlayacak.

Saygılarımızla,
Perde Dünyası Bursa""", [], "clean: additional info")
M(L, "return-follow-up", "html", "İadeniz – sipariş {o}", """<p>Merhaba Derya Hanım,</p>
<p>{o} numaralı siparişinizdeki çantayı geri gönderdiğiniz için teşekkür ederiz. İnceleme sırasında askısında bir yırtık ve iç astarda leke tespit ettik; bu nedenle ürünü yeniden satışa sunamıyoruz.</p>
<p>Size ödenen 890,00 TL'nin 450,00 TL'sini kısmi iade olarak önerebiliriz. Kabul ederseniz iadeyi hemen Amazon üzerinden başlatacağız.</p>
<p>Saygılarımızla,<br>Deri Çanta Atölyesi</p>""", [], "clean: partial refund offer")
M(L, "return-follow-up", "text", "İade talebiniz hakkında – {o}", """Merhaba Can Bey,

{o} numaralı siparişiniz için iade talebinizi aldık. İadeyi tamamlayabilmemiz için, kulaklığın tamamını mı yoksa yalnızca şarj kutusunu mu iade etmek istediğinizi bildirir misiniz?

İade No: IAD-2024-6610

Saygılarımızla,
Ses Teknoloji""", [], "clean: return question")
M(L, "fulfillment-question", "text", "Siparişiniz {o} teslimatı", """Merhaba Gül Hanım,

Kargo firması, adresinizdeki sitenin (Lale Sitesi, B Blok) girişinde güvenlik bulunduğunu ve alıcı adının listede olmadığını bildirdi. {o} numaralı siparişinizi teslim edebilmemiz için güvenliğe bırakılmasına izin verir misiniz, yoksa daire numaranızı mı eklemeliyiz?

Kargo takip referansı: YK-IST-3381207

Teşekkürler,
Lokum Sarayı""", [], "clean: fulfillment question")
M(L, "reply", "text", "Ynt: Garanti – sipariş {o}", """Merhaba Kerem Bey,

Mesajınız için teşekkür ederiz. {o} numaralı siparişinizdeki blender için üreticinin iki yıllık garantisi bulunmaktadır. Garanti kapsamındaki servis için doğrudan üretici Arzum'un garanti hattını arayabilirsiniz: 0850 222 02 02 (üretici garanti hattı).

Faturanız Amazon hesabınızdaki Siparişlerim bölümünde yer almaktadır.

Saygılarımızla,
Mutfak Sepeti""", [], "clean: manufacturer warranty number marked")
# ---- violations: words (16)
M(L, "additional-information", "text", "Siparişiniz {o} yola çıktı!", """Merhaba Esra Hanım,

Güzel haber: {o} numaralı siparişiniz bugün depomuzdan çıktı ve Aras Kargo'ya teslim edildi. Kargo takip numaranız: 1234567890123.

İyi günlerde kullanın!
Bambu Tekstil""", ["BSM201"], "shipment confirmation")
M(L, "reply", "text", "Teşekkürler – {o}", """Sayın Ali Bey,

{o} numaralı siparişiniz için bizi tercih ettiğiniz için çok teşekkür ederiz. Herhangi bir konuda yardıma ihtiyacınız olursa her zaman buradayız.

Saygılarımızla,
Baharatçı Mısır Çarşısı""", ["BSM202"], "thanks and help offer only")
M(L, "invoice", "html", "Fatura – sipariş {o}", """<p>Merhaba Ebru Hanım,</p>
<p>{o} numaralı siparişinize ait fatura ekte yer almaktadır (Fatura No: DRT2024000000871).</p>
<p>Not: Yeni sezon havlu koleksiyonumuz çıktı! Bizi Instagram'da takip edin, bültenimize abone olun ve kampanyalardan ilk siz haberdar olun.</p>
<p>Saygılarımızla,<br>Denizli Havlu</p>""", ["BSM203"], "new collection, follow us, newsletter")
M(L, "review-request", "text", "Bir ricamız var – sipariş {o}", """Merhaba Onur Bey,

{o} numaralı siparişinizdeki powerbank hakkında Amazon'a bir yorum yazarsanız, teşekkür olarak 100 TL'lik hediye çeki göndereceğiz. Yorumunuzun ekran görüntüsünü bize iletmeniz yeterli.

Teşekkürler!
Şarj Market""", ["BSM204"], "gift voucher for review")
M(L, "reply", "text", "Ynt: Değerlendirmeniz – sipariş {o}", """Merhaba Tuğba Hanım,

{o} numaralı siparişinizdeki ütüyle ilgili sorunun, anlattığımız sıfırlama işlemiyle çözüldüğünü belirttiniz. Bu durumda tek yıldızlı değerlendirmenizi kaldırmanız veya güncellemeniz mümkün mü? Bizim için çok önemli.

Saygılarımızla,
Ev Aletleri Merkezi""", ["BSM205"], "asks to remove or update existing review")
M(L, "review-request", "html", "Memnun kaldınız mı? – {o}", """<p>Merhaba Serkan Bey,</p>
<p>{o} numaralı siparişinizdeki akıllı saatten memnunsanız, Amazon'da bize beş yıldız vermeniz bizi çok mutlu eder.</p>
<p>Bir sorun varsa lütfen yorum yazmadan önce bize ulaşın.</p>
<p>Teşekkürler,<br>Teknoloji Noktası</p>""", ["BSM206"], "five stars if satisfied; unhappy steered to contact")
M(L, "delivery-delay", "text", "Sipariş {o} – stok durumu", """Merhaba Nur Hanım,

{o} numaralı siparişinizdeki bebek arabası tükendi ve yeni stok tarihi belli değil.

Siparişi Amazon hesabınızdan kendiniz iptal etmeniz en hızlı çözüm olacaktır; böylece paranız hemen iade edilir.

Saygılarımızla,
Bebek Dünyası""", ["BSM108"], "advises buyer to cancel")
M(L, "order-problem", "text", "Siparişiniz {o} ile ilgili sorun", """Sayın Murat Bey,

Üzgünüz, {o} numaralı siparişinizdeki masa lambası depomuzda kırıldığı için gönderilemeyecek.

Yaşanan aksaklık için özür dileriz.

Saygılarımızla,
Aydınlatma Evi""", ["BSM107"], "order problem without adjustment")
M(L, "return-follow-up", "text", "İade – sipariş {o}", """Merhaba Pınar Hanım,

{o} numaralı siparişinize ait iade paketi depomuza ulaştı. Teşekkür eder, iyi günler dileriz.

Moda Boutique Antalya""", ["BSM109"], "return receipt only")
M(L, "delivery-delay", "text", "Gecikme – sipariş {o}", """Merhaba Volkan Bey,

{o} numaralı siparişiniz planlanandan iki gün sonra, 19 Nisan'da kargoya verilecek.

Bizden mesaj almak istemiyorsanız bu mesaja "IPTAL" yazarak yanıt verin, listemizden çıkarılırsınız.

Saygılarımızla,
Oyuncak Kutusu""", ["BSM305"], "opt-out instruction")
M(L, "reply", "text", "Ynt: şikayet – {o}", """Bülent Bey,

Yeter artık, aptal mısınız siz? {o} numaralı siparişteki vazo sağlam gönderildi. Kırdıysanız sizin sorununuz, bir daha yazmayın, siktir olup gidin.

Seramik Çini""", ["BSM306"], "insult and profanity")
M(L, "additional-information", "text", "Baskı için fotoğraf – sipariş {o}", """Merhaba Melis Hanım,

{o} numaralı siparişinizdeki kanvas tablo için yüksek çözünürlüklü fotoğrafa ihtiyacımız var. Fotoğrafı baski@kanvasatolye.com.tr adresine gönderebilirsiniz.

Teşekkürler,
Kanvas Atölye""", ["BSM308"], "email address")
M(L, "delivery-scheduling", "text", "Teslimat – sipariş {o}", """Merhaba Okan Bey,

{o} numaralı siparişinizdeki buzdolabı teslimata hazır. Randevu almak için lütfen 0532 418 77 90 numaralı hattımızı arayın.

Saygılarımızla,
Elektro Bayi Kocaeli""", ["BSM309"], "seller mobile number")
M(L, "reply", "html", "Ynt: kullanım kılavuzu – {o}", """<p>Merhaba Aslı Hanım,</p>
<p>{o} numaralı siparişinizdeki robot süpürgenin Türkçe kullanım kılavuzu ürün sayfasında yer alıyor. Kılavuza ulaşmak için <a href="https://www.amazon.com.tr/dp/B0CM3R8QWX">buraya tıklayın</a>.</p>
<p>Saygılarımızla,<br>Akıllı Ev</p>""", ["BSM401"], "'buraya tıklayın' link")
M(L, "custom-design-verification", "text", "Tasarımınız – sipariş {o}", """Merhaba Damla,

{o} numaralı siparişindeki kişiye özel kupa tasarımını ekte gönderiyoruz 🙂 Fotoğrafın altına "Dünyanın en iyi annesi" yazdık.

Beğenirsen onay vermen yeterli!
Kupa Dükkanı""", ["BSM403"], "emoji")
M(L, "delivery-delay", "text", "Sipariş {o} – gecikme", """Merhaba Tolga Bey,

We are sorry to let you know that your order {o} (copper coffee pot set) will ship one week later than planned, on 27 May, because our workshop is waiting for materials.

Thank you for your patience.
Bakırcı Ustası""", ["BSM104"], "Turkish greeting, body in English")
# ---- markup (7)
M(L, "review-request", "html", "Görüşünüz – sipariş {o}", """<p>Merhaba Sevgi Hanım,</p>
<p>{o} numaralı siparişinizdeki yastıktan memnun kalmanızı umuyoruz. Dilerseniz Amazon'da dürüst bir değerlendirme yazabilirsiniz.</p>
<p><a href="https://www.amazon.com.tr/review/create-review?asin=B0B9XW2K6L">Yastığı Amazon.com.tr'de değerlendirin</a></p>
<p>Saygılarımızla,<br>Uyku Evi</p>
<img src="https://trk.mailkampanya.com.tr/open/7782a1.gif" width="1" height="1">""", ["BSM307", "BSM402"], "tracking pixel without alt")
M(L, "invoice", "html", "Fatura – {o}", """<p><a href="https://www.antepfistigi-dukkani.com.tr"><img src="https://www.antepfistigi-dukkani.com.tr/img/logo.png" alt="Antep Fıstığı Dükkanı" width="140"></a></p>
<p>Merhaba Hakan Bey,</p>
<p>{o} numaralı siparişinize ait faturayı ekte bulabilirsiniz.</p>
<p>Saygılarımızla,<br>Antep Fıstığı Dükkanı</p>""", ["BSM302", "BSM304"], "logo linked to seller site")
M(L, "delivery-delay", "html", "Gecikme – {o}", """<p>Merhaba İpek Hanım,</p>
<p><span style="color:#e67e22">{o} numaralı siparişiniz 15 Mayıs yerine 18 Mayıs'ta kargoya verilecek.</span></p>
<p>Anlayışınız için teşekkürler,<br>Çay Bahçesi Rize</p>""", ["BSM409"], "text colour")
M(L, "additional-information", "html", "Renk seçimi – sipariş {o}", """<div style="text-align:center">
<p>Merhaba Barış Bey,</p>
<p>{o} numaralı siparişinizdeki sandalyeler antrasit ve ceviz renginde mevcut. Hangisini tercih edersiniz?</p>
<p>Saygılarımızla,<br>Sandalye Market</p>
</div>""", ["BSM411"], "centred div")
M(L, "fulfillment-question", "html", "Teslimat sorusu – {o}", """<p><img src="http://www.kuruyemis-diyari.com.tr/images/logo.png" alt="Kuruyemiş Diyarı" width="140"></p>
<p>Merhaba Sinan Bey,</p>
<p>{o} numaralı siparişiniz soğuk zincirle taşınacak. Teslimat günü evde birinin bulunup bulunmayacağını bildirir misiniz?</p>
<p>Saygılarımızla,<br>Kuruyemiş Diyarı</p>""", ["BSM413"], "http logo")
M(L, "delivery-scheduling", "html", "Teslimat günü – {o}", """<table width="600"><tr><td><img src="https://cdn.yatak-merkezi.com.tr/mail/yatak-merkezi-banner.png" alt="Yatak Merkezi" width="600" height="160"></td></tr></table>
<p>Merhaba Aylin Hanım,</p>
<p>{o} numaralı siparişinizdeki yatağı 10 Haziran Pazartesi veya 12 Haziran Çarşamba, 09:00–13:00 arasında teslim edebiliriz. Hangi gün uygun?</p>
<p>Saygılarımızla,<br>Yatak Merkezi</p>""", ["BSM406"], "600px banner")
M(L, "return-follow-up", "html", "İade sorusu – {o}", """<p>Merhaba Koray Bey,</p>
<p>{o} numaralı siparişinizin iadesini tamamlamak için ürünün orijinal kutusunun sizde olup olmadığını öğrenmemiz gerekiyor.<br><br><br><br>Saygılarımızla,<br>Oto Aksesuar</p>""", ["BSM412"], "four <br> in a row")
