# -*- coding: utf-8 -*-
"""v8 blind set, Turkish (tr-TR)."""
LANG, LOC, PFX = "tr", "tr-TR", "115"
def oid(n): return "%s-%07d-%07d" % (PFX, 3307719 + n * 5417, 8120644 - n * 2903)
MESSAGES = []
def m(n, typ, fmt, subj, body, exp, note):
    o = oid(n)
    MESSAGES.append({"id": "v8-%s-%03d" % (LANG, n), "language": LANG, "locale": LOC, "type": typ,
        "format": fmt, "subject": subj.replace("{o}", o), "body": body.replace("{o}", o),
        "order_id": o, "expected": sorted(exp), "note": note})
m(1, "delivery-delay", "text", "{o} numaralı siparişinizde gecikme",
  "Merhaba Ayşe Hanım,\n\n{o} numaralı siparişinizdeki bakır cezve takımı, ilanda belirtilen tarihten biraz daha geç kargoya verilebilecek. Atölyemizdeki kalaylama işi uzadı; yeni tahmini gönderim tarihimiz 14.12.2026.\n\nAnlayışınız için teşekkür ederiz.\nMehmet Yıldız\nMüşteri Hizmetleri, Bakırcı Ustası", [], "Plain-text delivery delay.")
m(2, "delivery-delay", "html", "Sipariş {o} – yeni gönderim tarihi",
  "<p>Sayın Müşterimiz,</p><p>{o} numaralı siparişinizdeki <strong>el dokuma kilim</strong>, tedarikçimizdeki yoğunluk nedeniyle <strong>17 Aralık 2026</strong> tarihinde gönderilecektir.</p><p>Gecikme için özür dileriz.</p><p>Saygılarımızla<br>Elif Demir<br>Anadolu Kilim Evi</p>", [], "Builder HTML delay, no styles.")
m(3, "order-problem", "text", "[Önemli] {o} numaralı siparişinizle ilgili sorun",
  "Merhaba Can Bey,\n\nmaalesef {o} numaralı siparişinizdeki kahve makinesi stoklarımızda kalmadığı için gönderilemiyor. Sipariş tutarı düzeltildi; 4.299,00 TL hesabınıza iade edilecek (düzeltme nedeni: stok yok).\n\nYaşattığımız aksaklık için özür dileriz.\nBurak Aydın, Kahve Dünyası Ticaret", [], "Order problem with [Önemli], amount adjusted.")
m(4, "additional-information", "text", "Siparişiniz {o} için bir bilgiye ihtiyacımız var",
  "Merhaba,\n\n{o} numaralı siparişinizdeki isim kolyesine hangi ismin yazılacağını sipariş notunda göremedik. En fazla 10 harf olacak şekilde bu mesaja yanıt verebilir misiniz?\n\nTeşekkürler,\nZeynep, Gümüş Atölye", [], "Asks for the name for a personalised necklace.")
m(5, "return-follow-up", "text", "İade talebiniz – {o}",
  "Merhaba,\n\n{o} numaralı siparişteki montun sadece fermuar başlığı kırık olduğu için, ürünü elinizde tutmanız halinde 250,00 TL kısmi iade önerebiliriz. Tam iade isterseniz ürünü normal şekilde geri gönderebilirsiniz.\n\nİyi günler\nSelin Koç, Moda Sokağı", [], "Partial refund offer.")
m(6, "return-follow-up", "text", "İade {o} – eksik bilgi",
  "Merhaba,\n\n{o} numaralı siparişinizin iadesini tamamlayabilmemiz için kulaklık kutusunun üzerindeki seri numarasını yazabilir misiniz?\n\nSesMarket Destek Ekibi", [], "Return follow-up asking for the serial number.")
m(7, "invoice", "text", "{o} numaralı siparişinizin faturası",
  "Merhaba,\n\n{o} numaralı siparişinize ait FTR/2026/12/0098 numaralı fatura ektedir. Toplam tutar: 1.850,00 TL (KDV %20 dahil).\n\nYıldız Ev Tekstili Tic. Ltd. Şti.\nBağdat Cad. No: 214/3, 34728 Kadıköy/İstanbul\nKadıköy V.D. – Vergi No: 9870123456\nMersis No: 0987012345600015\nTicaret Sicil No: 123456-5", [], "Invoice with Vergi No, Mersis and slashed invoice number.")
m(8, "review-request", "text", "Çaydanlığınız nasıl? {o}",
  "Merhaba,\n\n{o} numaralı siparişinizdeki çaydanlık bir haftadır sizde. Vaktiniz olursa Amazon'da ürün hakkında bir değerlendirme yazmanızdan memnuniyet duyarız; olumlu ya da olumsuz her görüş diğer alıcılara yardımcı oluyor.\n\nSevgiler\nÇay Bahçesi Mağazası", [], "Neutral plain-text review request.")
m(9, "review-request", "html", "Görüşleriniz bizim için değerli – {o}",
  "<p><img src=\"https://cdn.lavantakoyu.com.tr/logo-lavanta-koyu.png\" alt=\"Lavanta Köyü logosu\" width=\"150\"></p><p>Merhaba,</p><p>{o} numaralı siparişinizdeki lavanta sabunlarını beğendiğinizi umuyoruz. Deneyiminizi paylaşmak isterseniz:</p><p><a href=\"https://www.amazon.com.tr/review/create-review?asin=B0CZ1L4M8T\">Amazon.com.tr'de ürün değerlendirmesi yazın</a></p><p>Lavanta Köyü</p>", [], "HTML review request with logo and descriptive Amazon link.")
m(10, "delivery-scheduling", "text", "Koltuk takımı teslimatı – {o}",
  "Merhaba,\n\n{o} numaralı siparişinizdeki üçlü koltuk kamyonetle ve taşıma ekibiyle gelecek. Uygun saat aralıkları:\n- 15 Aralık Salı, 09:00–13:00\n- 16 Aralık Çarşamba, 14:00–18:00\n\nHangisi size uygun, yazabilir misiniz?\n\nMobilya Evi Lojistik", [], "Bulky delivery scheduling with time slots.")
m(11, "home-service-appointment", "text", "Klima montaj randevusu – {o}",
  "Merhaba Hakan Bey,\n\n{o} numaralı siparişinizle birlikte klima montajı da satın aldınız. Teknisyenimiz 18.12.2026 saat 10:00'da ya da 19.12.2026 saat 15:30'da gelebilir. Hangisini tercih edersiniz?\n\nİklim Teknik Servis", [], "Home service appointment.")
m(12, "custom-design-verification", "html", "Tasarım onayı – {o}",
  "<p>Merhaba,</p><p>{o} numaralı siparişinizdeki kişiye özel tablo için hazırladığımız taslak ektedir (tasarim_taslak_v1.pdf). Lütfen isimlerin yazılışını ve tarih bilgisini kontrol edin.</p><p>Onay verirseniz baskıya geçiyoruz.</p><p>Emre<br>Baskı Atölyesi</p>", [], "Design proof for approval.")
m(13, "fulfillment-question", "text", "Apartman giriş şifresi – {o}",
  "Merhaba,\n\nkurye {o} numaralı siparişinizi (gönderi no: 7301 2245 9981) teslim etmeye geldiğinde apartmana giremedi. Dış kapı şifresini ya da daire numaranızı paylaşabilir misiniz? Yeni teslimat denemesi 11.12.2026.\n\nDoğal Sepet", [], "Door-code question with reference numbers.")
m(14, "reply", "text", "Ynt: Beden sorusu – {o}",
  "Merhaba,\n\n{o} numaralı siparişinizdeki \"Urban Explorer Waterproof Jacket\" modeli kalıbı dar olduğu için bir beden büyük almanızı öneririz.\n\nİyi günler\nDağ Kampı Outdoor", [], "Reply quoting an English product title.")
m(15, "reply", "text", "Ynt: Garanti – {o}",
  "Merhaba,\n\n{o} numaralı siparişinizdeki blender'ın 2 yıl üretici garantisi var. Arıza durumunda üreticinin garanti hattını arayabilirsiniz: 0850 123 45 67 (hafta içi 09:00–18:00).\n\nSaygılarımızla\nMutfak Sepeti", [], "Manufacturer's warranty line marked as such.")
m(16, "reply", "text", "Ynt: Kurumsal fatura – {o}",
  "Merhaba,\n\n{o} numaralı sipariş için faturayı şirketiniz adına kesebiliriz. Firma bilgilerimiz aşağıdadır.\n\nSaygılarımızla\nDeniz Arslan\nSatış Müdürü\n\nArslan Elektronik San. ve Tic. A.Ş.\nAtatürk Bulvarı No: 45, 06420 Çankaya/Ankara\nÇankaya V.D. – Vergi No: 1234567890 · Mersis No: 0012345678900017", [], "Company-details footer.")
m(17, "reply", "text", "Ynt: Kargom nerede? {o}",
  "Merhaba,\n\n{o} numaralı siparişinizin takip numarası 4455 8877 1122 olup 10.12.2026 günü 12:00–16:00 arasında teslim edilmesi bekleniyor. Önceki iadeniz (iade kodu IAD-40917) işlendi ve 399,90 TL 3 Aralık'ta kartınıza yansıdı.\n\nOyuncak Kutusu", [], "Tracking, return numbers, dates, times and amounts.")
m(18, "fulfillment-question", "text", "Siparişiniz yola çıktı – {o}",
  "Merhaba,\n\n{o} numaralı siparişiniz bugün depomuzdan çıktı ve kargo firmasına teslim edildi.\n\nOyuncak Kutusu", ["BSM201"], "Left the warehouse, handed to carrier.")
m(19, "additional-information", "text", "Siparişiniz alındı – {o}",
  "Merhaba,\n\n{o} numaralı siparişinizi aldık, şu anda özenle hazırlıyoruz.\n\nKitap Kurdu Sahaf", ["BSM201"], "Order received and being prepared.")
m(20, "reply", "text", "Teşekkürler! {o}",
  "Merhaba Ahmet Bey,\n\n{o} numaralı siparişiniz için çok teşekkür ederiz!\n\nKitap Kurdu Sahaf", ["BSM202"], "Thanks only.")
m(21, "fulfillment-question", "text", "Sipariş {o}",
  "Merhaba,\n\n{o} numaralı siparişinizle ilgili herhangi bir sorun olursa buradayız, yazmanız yeterli.\n\nCam Sanatı", ["BSM202"], "Only 'we are here if a problem comes up'.")
m(22, "delivery-delay", "text", "Kısa bir gecikme – {o}",
  "Merhaba,\n\n{o} numaralı siparişiniz 14 Aralık'ta kargoya verilecek, iki gün gecikme için özür dileriz.\n\nSabun Atölyesi\n\nNot: Ay sonuna kadar tüm ürünlerde %20 indirim var!", ["BSM203"], "20% off in a P.S.")
m(23, "reply", "text", "Ynt: Mum içeriği – {o}",
  "Merhaba,\n\n{o} numaralı siparişinizdeki mum soya mumundan yapılmıştır.\n\nBizi Instagram'da takip edin, bültenimize abone olun; yeni kış koleksiyonumuz çok yakında!\n\nIşık Mum Evi", ["BSM203"], "Follow us, newsletter, new collection.")
m(24, "review-request", "text", "Değerlendirmeniz – {o}",
  "Merhaba,\n\n{o} numaralı siparişinizdeki bıçak seti için bir değerlendirme yazarsanız çok seviniriz. Yorumunuz yayınlandıktan sonra teşekkür olarak küçük bir hediye göndereceğiz.\n\nKeskin Mutfak", ["BSM204"], "Small gift after the review is published.")
m(25, "review-request", "text", "Size özel teklif – {o}",
  "Merhaba,\n\nyorumunuz Amazon'da yayınlanır yayınlanmaz {o} numaralı siparişin tüm ücretini iade ediyoruz.\n\nTeknoRaf", ["BSM204"], "Full refund once the review is online.")
m(26, "reply", "text", "Ynt: Yorumunuz – {o}",
  "Merhaba Gül Hanım,\n\nyeni vazonun sağlam ulaştığına sevindik. {o} numaralı sipariş için bıraktığınız tek yıldızlı yorumu güncellemeniz ya da kaldırmanız mümkün olur mu?\n\nCam Sanatı", ["BSM205"], "Asks to update or remove a one-star review.")
m(27, "review-request", "text", "Memnun kaldınız mı? {o}",
  "Merhaba,\n\n{o} numaralı siparişinizden memnun kaldıysanız Amazon'da değerlendirme bırakabilirsiniz. Memnun değilseniz lütfen yorum yazmadan önce bize ulaşın.\n\nDağ Kampı Outdoor", ["BSM206"], "Only if satisfied, otherwise contact us.")
m(28, "review-request", "text", "Küçük bir ricamız var – {o}",
  "Merhaba,\n\nküçük bir aile işletmesiyiz; {o} numaralı siparişiniz için bize 5 yıldız verirseniz çok mutlu oluruz.\n\nÖrgü Sepeti", ["BSM206"], "Asks for five stars.")
m(29, "order-problem", "text", "Stok sorunu – {o}",
  "Merhaba,\n\n{o} numaralı siparişinizdeki iki üründen termos stokta kalmadı; bu ürün için sipariş tutarını düzelttik (stok yok, -349,00 TL). Kupa da uzun süre gelmeyecek, bu yüzden en hızlısı kalan siparişi Amazon hesabınızdan kendiniz iptal etmeniz olur.\n\nKamp Dükkanı", ["BSM108"], "Adjusted, but advises the buyer to cancel the rest.")
m(30, "order-problem", "text", "Siparişiniz {o} gönderilemiyor",
  "Merhaba,\n\n{o} numaralı siparişinizdeki saat tükendi. Siparişin iptali için talep oluşturursanız çok memnun oluruz.\n\nZaman Saat", ["BSM107", "BSM108"], "Asks for a cancellation request, no adjustment.")
m(31, "delivery-delay", "text", "Gönderim tarihi değişti – {o}",
  "Merhaba,\n\n{o} numaralı siparişiniz 10.12 yerine 15.12'de gönderilecek.\n\nKırtasiye Köşesi\n\nBu mesajları almak istemiyorsanız DUR yazarak yanıtlayın.", ["BSM305"], "Reply DUR opt-out instruction.")
m(32, "reply", "text", "Ynt: Hasarlı ürün – {o}",
  "Merhaba,\n\nşu kargocu denen salaklar yine her şeyi berbat etmiş, kahrolası herifler. {o} numaralı sipariş için yeni lamba pazartesi yola çıkacak.\n\nIşık Evi", ["BSM306"], "Turkish profanity and insults.")
m(33, "delivery-delay", "text", "Delay – order {o}",
  "Hello,\n\nyour order {o} will ship on 16 December instead of 11 December because our supplier is late.\n\nKind regards\nKırtasiye Köşesi", ["BSM104"], "English message to a Turkish buyer.")
m(34, "delivery-scheduling", "text", "Buzdolabı teslimatı – {o}",
  "Merhaba,\n\n{o} numaralı siparişinizdeki buzdolabının teslim saatini ayarlamak için lütfen 0532 123 45 67 numaralı hattımızı arayın.\n\nBeyaz Eşya Dünyası", ["BSM309"], "National mobile number.")
m(35, "reply", "text", "Ynt: Kurulum – {o}",
  "Merhaba,\n\n{o} numaralı siparişinizdeki rafın kurulumuyla ilgili sorularınız için atölyemizi +90 212 555 12 34 numarasından arayabilirsiniz.\n\nAhşap Dünyası", ["BSM309"], "International-format phone number.")
m(36, "reply", "text", "Ynt: Hasar fotoğrafları – {o}",
  "Merhaba,\n\n{o} numaralı siparişteki kırık tabağın fotoğraflarını destek@seramikevi.com.tr adresine gönderebilirsiniz.\n\nSeramik Evi", ["BSM308"], "Plain e-mail address.")
m(37, "return-follow-up", "text", "İadeniz – {o}",
  "Merhaba,\n\n{o} numaralı siparişin iadesini tamamlamak için IBAN numaranıza ihtiyacımız var. Lütfen iade [at] sporcity [nokta] com adresine yazın.\n\nSporCity", ["BSM308"], "Obfuscated e-mail with [at] and [nokta].")
m(38, "reply", "html", "Ynt: Yedek parça – {o}",
  "<p>Merhaba,</p><p>{o} numaralı siparişinizdeki süpürgenin filtresini <a href=\"https://www.temizlikdukkani.com.tr/yedek-parca\">web sitemizdeki yedek parça sayfasında</a> bulabilirsiniz.</p><p>Temizlik Dükkanı</p>", ["BSM302"], "https link to seller site.")
m(39, "review-request", "html", "Değerlendirme – {o}",
  "<p>Merhaba,</p><p>{o} numaralı siparişinizdeki abajur hakkında bir değerlendirme yazarsanız seviniriz.</p><p><a href=\"http://www.amazon.com.tr/review/create-review?asin=B0B2KQ7MZP\">Amazon.com.tr'de değerlendirme yazın</a></p><p>Işık Evi</p>", ["BSM301"], "http link to Amazon.")
m(40, "reply", "html", "Ynt: Yastık rengi – {o}",
  "<p>Merhaba,</p><p>{o} numaralı siparişinizdeki yastık kılıfı gün ışığında böyle görünüyor:</p><p><img src=\"https://img.keten-ev.com.tr/urun/keten-yastik-kilifi-yesil.jpg\" alt=\"Keten yastık kılıfı, yeşil\" width=\"300\"></p><p>Keten Ev</p>", ["BSM310"], "Photo of the purchased product.")
m(41, "delivery-delay", "html", "Yılbaşı yoğunluğu – {o}",
  "<p><img src=\"https://img.keten-ev.com.tr/stok/yilbasi-agaci.jpg\" alt=\"Karlı yılbaşı ağacı\" width=\"300\"></p><p>Merhaba,</p><p>yoğunluk nedeniyle {o} numaralı siparişiniz 19 Aralık'ta gönderilecek.</p><p>Keten Ev</p>", ["BSM311"], "Unrelated stock image.")
m(42, "delivery-delay", "html", "Gecikme – {o}",
  "<p><img src=\"https://img.tohumcu.com.tr/tohumcu-logo.png\" width=\"120\"></p><p>Merhaba,</p><p>{o} numaralı siparişinizdeki tohumlar 14 Aralık'ta gönderilecek.</p><p>Tohumcu</p>", ["BSM402"], "Logo without alt.")
m(43, "delivery-delay", "text", "Biraz gecikeceğiz – {o}",
  "Merhaba,\n\n{o} numaralı siparişiniz 13 Aralık'ta yola çıkacak 🙏 Sabrınız için teşekkürler 🌸\n\nÖrgü Sepeti", ["BSM403"], "Emoji.")
m(44, "reply", "text", "Ynt: Beden – {o}",
  "Merhaba,\n\n{o} numaralı siparişinizdeki bere standart beden, herkese olur :D\n\nÖrgü Sepeti", ["BSM403"], "Emoticon.")
m(45, "delivery-delay", "html", "Yeni gönderim tarihi – {o}",
  "<style>h1{font-size:26px}.a{font-size:18px}.b{font-size:13px}.c{font-size:10px}</style><h1>Yeni gönderim tarihi</h1><p class=\"a\">{o} numaralı sipariş 16.12.2026'da gönderilecek.</p><p class=\"b\">Neden: üreticiden geç teslimat.</p><p class=\"c\">Bisiklet Durağı</p>", ["BSM410"], "Four font sizes in a style block.")
m(46, "additional-information", "html", "Gravür bilgisi – {o}",
  "<p>Merhaba,</p><p>{o} numaralı siparişinizdeki alyanslara hangi tarih yazılsın?</p><p></p><p>&nbsp;</p><p>Saygılarımızla<br>Altın Kuyumcu</p>", ["BSM412"], "Empty paragraphs between paragraphs.")
m(47, "return-follow-up", "text", "[Önemli] İade – {o}",
  "Merhaba,\n\n{o} numaralı siparişinizin iadesini tamamlamak için ürünün orijinal kutusunda olup olmadığını bildirir misiniz?\n\nSporCity", ["BSM110"], "[Önemli] on a return follow-up.")
m(48, "reply", "html", "Ynt: Bakım bilgisi – {o}",
  "<p>Merhaba,</p><p>{o} numaralı siparişinizdeki kesme tahtasının bakım talimatları Amazon ürün sayfasında: <a href=\"https://www.amazon.com.tr/dp/B0C9QQ21LM\">https://www.amazon.com.tr/dp/B0C9QQ21LM</a></p><p>Ahşap Dünyası</p>", ["BSM401"], "Bare URL as link text.")
m(49, "delivery-delay", "html", "Gönderim gecikmesi – {o}",
  "<div style=\"padding:0 140px\"><p>Merhaba,</p><p>{o} numaralı siparişiniz 17 Aralık'ta gönderilecek; deri tedarikinde gecikme var.</p><p>Deri Atölyesi</p></div>", ["BSM405"], "140 px padding each side.")
m(50, "delivery-delay", "text", "Sipariş {o} – gecikme",
  "Merhaba,\n\nyour order {o} will be shipped on 18 December. We are sorry for the delay, our supplier sent the leather late.\n\nDeri Atölyesi", ["BSM104"], "Greeting in Turkish, body in English.")
