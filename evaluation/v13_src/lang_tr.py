# -*- coding: utf-8 -*-
"""v13 blind evaluation set, Turkish (tr-TR)."""

def _o(n):
    return "448-%07d-%07d" % ((693457 * n + 1540862) % 9000000 + 1000000,
                              (455219 * n + 2907731) % 9000000 + 1000000)

_R = []

def M(n, typ, fmt, subject, body, expected, note):
    _R.append({"id": "v13-tr-%03d" % n, "language": "tr", "locale": "tr-TR", "type": typ,
               "format": fmt, "subject": subject, "body": body, "order_id": _o(n),
               "expected": sorted(expected), "note": note})

O = _o

M(1, "delivery-delay", "text", "%s numaralı siparişinizde gecikme" % O(1),
  "Merhaba Zeynep Hanım,\n\n%s numaralı siparişinizdeki el dokuması kilim, atölyemizdeki yoğunluk nedeniyle planlanan tarihte kargoya verilemeyecek.\n\n"
  "Yeni tahmini gönderim tarihi 16 Aralık 2026 Çarşamba. Teslimat genellikle bundan sonra 1-2 iş günü sürüyor. Bir değişiklik olursa hemen haber vereceğiz.\n\n"
  "Anlayışınız için teşekkür ederiz.\n\nSaygılarımızla\nMehmet Aydın\nUşak Kilim Evi" % O(1),
  [], "Clean plain-text delivery delay with a new dispatch date.")

M(2, "delivery-delay", "html", "Sipariş %s – gönderim tarihi değişti" % O(2),
  "<p>Sayın Müşterimiz,</p><p><b>%s</b> numaralı siparişinizdeki espresso makinesi, tedarikçimizin sevkiyatı gecikince depomuza zamanında ulaşmadı.</p>"
  "<table><tr><td>İlk gönderim tarihi</td><td>09.12.2026</td></tr><tr><td>Yeni gönderim tarihi</td><td>15.12.2026</td></tr></table>"
  "<p>Yaşattığımız aksaklık için özür dileriz.</p><p>İyi günler dileriz,<br>Müşteri Hizmetleri<br>Kahvedan Ev Aletleri Ltd. Şti.</p>" % O(2),
  [], "Clean builder-HTML delay with a table, no styles.")

M(3, "order-problem", "text", "[Önemli] Stok sorunu – sipariş %s" % O(3),
  "Merhaba,\n\nüzgünüz, %s numaralı siparişinizdeki bakır cezve (350 ml) stoklarımızda kalmadı ve üreticiden yeni parti için tarih alamadık. Bu nedenle ürünü gönderemiyoruz.\n\n"
  "Sipariş tutarınız 420,00 TL düşürülerek düzeltildi (neden: stokta yok). İade, Amazon'un standart süreleri içinde hesabınıza yansıyacak. Siparişteki diğer ürünler planlandığı gibi gönderilecek.\n\n"
  "Saygılarımızla\nAyşe Korkmaz\nBakırcı Çarşısı" % O(3),
  [], "Clean order problem with [Önemli] tag and confirmed amount adjustment.")

M(4, "additional-information", "text", "Siparişiniz %s hakkında küçük bir soru" % O(4),
  "Merhaba Emre Bey,\n\nısmarladığınız ceviz kesme tahtasına (sipariş %s) yazılacak ismi sipariş notunda göremedik. Tahtanın üzerine hangi ismin ve hangi yazım şeklinin (büyük harf / el yazısı) işlenmesini istersiniz?\n\n"
  "Cevabınızı alır almaz işe başlıyoruz.\n\nKolay gelsin,\nHasan Usta – Ahşap Atölyesi Bursa" % O(4),
  [], "Clean request for information needed to complete a personalised order.")

M(5, "return-follow-up", "html", "İade talebiniz – %s" % O(5),
  "<p>Merhaba Elif Hanım,</p><p>%s numaralı siparişteki deri çanta için gönderdiğiniz fotoğrafları inceledik. Fermuar ucundaki küçük çizik dışında çanta sağlam görünüyor.</p>"
  "<p>Dilerseniz çantayı iade etmek yerine elinizde tutmanız karşılığında <b>150,00 TL kısmi iade</b> önerebiliriz. Tam iadeyi tercih ederseniz, o da elbette mümkün.</p>"
  "<p>Hangisini tercih ettiğinizi bize yazmanız yeterli.</p><p>Sevgiler,<br>Deriden Atölye</p>" % O(5),
  [], "Clean return follow-up offering a partial refund.")

M(6, "return-follow-up", "text", "İade için bilgi gerekiyor – %s" % O(6),
  "Merhaba,\n\n%s numaralı siparişteki tablet kılıfı için iade talebinizi aldık. İadeyi tamamlayabilmemiz için kılıfın hangi tablet modeli için alındığını ve ambalajın açılıp açılmadığını öğrenmemiz gerekiyor.\n\n"
  "Bu mesajı yanıtlamanız yeterli.\n\nTeşekkürler\nAksesuarcım Destek Ekibi" % O(6),
  [], "Clean return follow-up asking for information needed for the return.")

M(7, "invoice", "text", "Fatura – sipariş %s" % O(7),
  "Merhaba,\n\n%s numaralı siparişinize ait e-Arşiv faturanız ektedir.\n\nFatura No: ABC/2026/12/004871\nTutar: 2.359,00 TL (KDV %%20 dahil, KDV tutarı 393,17 TL)\n\n"
  "Satıcı bilgileri:\nOfisPark Kırtasiye Ticaret A.Ş.\nAtatürk Mah. Ertuğrul Gazi Sok. No: 8, 34758 Ataşehir/İstanbul\nVergi Dairesi: Kozyatağı – Vergi No: 6470331928\nMERSİS No: 0647033192800015\n\n"
  "Saygılarımızla\nMuhasebe Birimi" % O(7),
  [], "Clean invoice with Vergi No, MERSİS No and a slashed invoice number.")

M(8, "review-request", "text", "Çaydanlık nasıl gidiyor? (%s)" % O(8),
  "Selam Burak,\n\nporselen demlikli çaydanlığın (sipariş %s) eline ulaşalı birkaç gün oldu. Vaktin olursa Amazon'da deneyimini paylaşır mısın? Beğendiğin ya da beğenmediğin her şey hem bize hem de diğer alıcılara yol gösteriyor.\n\n"
  "Şimdiden sağ ol!\nSelin ve Can – Demlik Dükkânı" % O(8),
  [], "Clean neutral review request in a familiar register.")

M(9, "review-request", "html", "Görüşünüz bizim için değerli – %s" % O(9),
  "<p><img src=\"https://cdn.lavantabahcesi.com.tr/img/lavanta-bahcesi-logo.png\" alt=\"Lavanta Bahçesi logosu\" width=\"150\"></p>"
  "<p>Değerli Müşterimiz,</p><p>%s numaralı siparişinizdeki lavanta sabunlarını kullanma fırsatınız olduysa, izlenimlerinizi Amazon'da paylaşmanızı rica ederiz. Olumlu ya da olumsuz, her yorum bizim için kıymetli.</p>"
  "<p><a href=\"https://www.amazon.com.tr/review/create-review?asin=B0DL8RT5MN\">Amazon.com.tr'de ürün değerlendirmesi yazın</a></p><p>Saygılarımızla<br>Lavanta Bahçesi</p>" % O(9),
  [], "Clean HTML review request with logo (alt names shop) and descriptive https Amazon link.")

M(10, "delivery-scheduling", "text", "Teslimat randevusu – sipariş %s" % O(10),
  "İyi günler Kemal Bey,\n\n%s numaralı siparişinizdeki üçlü koltuk takımı yaklaşık 140 kg ve iki kişilik ekibimizle kapınıza kadar getirilecek. Uygun zaman dilimleri:\n\n"
  "- 15 Aralık Salı, 09.00-13.00\n- 17 Aralık Perşembe, 13.00-17.00\n- 19 Aralık Cumartesi, 10.00-14.00\n\nSize uyan aralığı bildirirseniz randevuyu kesinleştiririz. Apartmanda asansör yoksa lütfen bunu da belirtin.\n\n"
  "Saygılarımızla\nLojistik Birimi – Koltuk Diyarı" % O(10),
  [], "Clean bulky delivery scheduling with time slots.")

M(11, "home-service-appointment", "html", "Kombi kurulumu için randevu (%s)" % O(11),
  "<p>Merhaba,</p><p>%s numaralı siparişinizle birlikte kombi montajı hizmeti satın aldınız. Yetkili teknisyenimiz aşağıdaki zamanlarda gelebilir:</p>"
  "<ul><li>10 Aralık 2026 Perşembe, 09.00–12.00</li><li>12 Aralık 2026 Cumartesi, 13.00–16.00</li></ul>"
  "<p>Hangisinin uygun olduğunu yazmanızı rica ederiz. Montaj öncesi doğalgaz açma işleminin yapılmış olması gerekiyor.</p><p>İyi çalışmalar<br>Isıtek Servis</p>" % O(11),
  [], "Clean home-service appointment with two slots.")

M(12, "custom-design-verification", "text", "Tasarım onayı – sipariş %s" % O(12),
  "Merhaba Derya Hanım,\n\n%s numaralı siparişinizdeki kişiye özel nikâh şekeri etiketinin taslağını ekte gönderiyoruz: \"Ece & Kaan – 20.12.2026\", altın varak görünümlü, yuvarlak form.\n\n"
  "İsimlerin yazımını ve tarihi kontrol edip onay verirseniz baskıya geçeceğiz; üretim 2 iş günü sürüyor.\n\nSevgiyle\nŞekerleme Tasarım" % O(12),
  [], "Clean custom design proof with approval request.")

M(13, "fulfillment-question", "text", "Site giriş şifresi – sipariş %s" % O(13),
  "Merhaba,\n\nkurye, %s numaralı siparişinizi (kargo takip no 7283 4410 9925, referans no YB-2026-1207-18) teslim etmeye çalıştığında site girişindeki kapıdan geçemedi. "
  "Kapı şifresini paylaşabilir ya da paketin bırakılabileceği bir yer söyleyebilir misiniz?\n\nİkinci teslimat denemesi 08.12.2026 tarihinde yapılacak.\n\nTeşekkürler\nBisiklet Dünyası" % O(13),
  [], "Clean door-code question with tracking and reference numbers.")

M(14, "reply", "text", "Ynt: Beden sorusu – %s" % O(14),
  "Merhaba Gizem Hanım,\n\n%s numaralı siparişinizdeki \"Alpine Trek Waterproof Jacket\" Avrupa kalıbında dikildiği için bir beden büyük geliyor. Genelde M giyiyorsanız bu modelde S beden rahat olacaktır.\n\n"
  "Sevgiler\nOutdoor Köşesi" % O(14),
  [], "Clean reply quoting an English product title inside Turkish sentences.")

M(15, "reply", "text", "Ynt: Süpürge arızası – %s" % O(15),
  "Merhaba Serkan Bey,\n\n%s numaralı siparişinizdeki dikey süpürgenin çalışmamasına çok üzüldük. Ürün 2 yıl üretici garantisi kapsamında ve onarımlar doğrudan markanın yetkili servisince yapılıyor.\n\n"
  "Üreticinin garanti destek hattı (Vortex Türkiye): 0850 455 12 34, hafta içi 09.00-18.00. Ararken sipariş numarasını ve fatura tarihini hazır bulundurmanız işleri hızlandırır.\n\n"
  "Serviste bir sorun yaşarsanız bize yazın, takip ederiz.\n\nSaygılarımızla\nElektroPazar" % O(15),
  [], "Clean reply with the manufacturer's warranty hotline marked as such.")

M(16, "reply", "html", "Ynt: Kurumsal fatura – %s" % O(16),
  "<p>Merhaba,</p><p>tabii ki, %s numaralı siparişin faturasını şirketiniz adına düzenleyebiliriz. Şirket unvanını, vergi dairesini ve vergi numarasını bu mesaja yanıt olarak iletmeniz yeterli.</p>"
  "<p>Saygılarımızla<br>Nur Yıldız<br>Müşteri İlişkileri Sorumlusu</p>"
  "<p><small>Kâğıt Evi Matbaacılık San. ve Tic. Ltd. Şti.<br>Kızılay Mah. Gazi Mustafa Kemal Blv. No: 41/6, 06420 Çankaya/Ankara<br>Vergi Dairesi: Maltepe · Vergi No: 5210447793 · Ticaret Sicil No: 318842</small></p>" % O(16),
  [], "Clean reply with a company-details footer.")

M(17, "reply", "text", "Ynt: Kargom nerede? %s" % O(17),
  "Merhaba Onur Bey,\n\n%s numaralı siparişinizin kargo takip numarası 1Z4R8F296804471253. Kargo firmasının kaydına göre paket 06.12.2026 saat 22:37'de Gebze aktarma merkezinden çıktı; 08.12.2026 günü 09:00-13:00 arasında teslim edilmesi bekleniyor.\n\n"
  "Önceki kulaklığın iadesi İAD-55127 numarasıyla kayıtlı; 649,90 TL, ürün bize ulaştıktan sonra 3-5 iş günü içinde kartınıza yansıyacak.\n\nİyi günler\nSesPlus" % O(17),
  [], "Clean reply with tracking/return numbers, dates, times and amounts.")

M(18, "fulfillment-question", "text", "Sipariş %s" % O(18),
  "Merhaba,\n\nmüjde! %s numaralı siparişiniz bugün depomuzdan çıktı ve kargo firmasına teslim edildi. 1-3 iş günü içinde elinizde olur.\n\nSevgiler\nYeşil Saksı" % O(18),
  ["BSM201"], "Shipping confirmation: left the warehouse, handed to the carrier.")

M(19, "additional-information", "html", "Siparişiniz bize ulaştı – %s" % O(19),
  "<p>Merhaba,</p><p>%s numaralı siparişinizi aldık, ekibimiz şu anda paketlemeyle uğraşıyor. El yapımı seramikleri tek tek sardığımız için biraz özen istiyor.</p><p>Sevgiyle<br>Çini Atölyesi</p>" % O(19),
  ["BSM201"], "Order received and being packed.")

M(20, "fulfillment-question", "text", "Teşekkürler – %s" % O(20),
  "Sevgili Nermin Hanım,\n\n%s numaralı siparişiniz için yürekten teşekkür ederiz. Küçük bir aile işletmesi olarak bizi seçmeniz çok kıymetli.\n\nHürmetlerimizle\nKöy Bahçesi Reçelleri" % O(20),
  ["BSM202"], "Thanks-only message.")

M(21, "reply", "html", "Sipariş %s" % O(21),
  "<p>Merhaba,</p><p>%s numaralı siparişle ilgili aklınıza takılan bir şey olursa biz buradayız, yazmanız yeterli.</p><p>İyi günler<br>Aydınlatma Sokağı</p>" % O(21),
  ["BSM202"], "Only an offer to help if something comes up.")

M(22, "delivery-delay", "text", "Küçük bir gecikme – %s" % O(22),
  "Merhaba,\n\n%s numaralı siparişinizdeki keten nevresim takımını 09.12.2026 yerine 12.12.2026'da kargoya verebileceğiz; boyahaneden kumaş geç geldi. Kusura bakmayın.\n\nSaygılarımızla\nKeten Konak\n\n"
  "Not: Yılbaşına kadar tüm ürünlerimizde %%20 indirim var, Amazon mağazamıza bir göz atmanızı öneririz." % O(22),
  ["BSM203"], "Permitted delay with a 20%-off P.S.")

M(23, "reply", "text", "Ynt: Bakım önerisi – %s" % O(23),
  "Merhaba Tolga Bey,\n\n%s numaralı siparişteki deri kemeri yılda birkaç kez renksiz deri kremiyle silmeniz yeterli.\n\n"
  "Bu tür ipuçlarını seviyorsanız bizi Instagram'da takip edin, bültenimize de abone olun; ocak ayında yepyeni cüzdan koleksiyonumuzu tanıtacağız.\n\nSaygılar\nDeri Sanat" % O(23),
  ["BSM203"], "Follow us / newsletter / new collection in a reply.")

M(24, "review-request", "text", "Görüşünüzü bekliyoruz – %s" % O(24),
  "Merhaba,\n\n%s numaralı siparişinizdeki bebek arabası hakkında Amazon'da bir değerlendirme yazarsanız çok seviniriz. Yorumunuz yayına girdiğinde bize haber verin; teşekkür olarak küçük bir hediye göndermek istiyoruz.\n\nMutlu günler\nMinik Adımlar" % O(24),
  ["BSM204"], "Small gift once the review is published.")

M(25, "review-request", "html", "Değerlendirmeniz – %s" % O(25),
  "<p>Merhaba,</p><p>%s numaralı siparişteki kamp fenerini Amazon'da değerlendirmenizi rica ederiz.</p><p>Yorumunuz sitede görünür görünmez ödediğiniz tutarın tamamını hesabınıza geri yatıracağız; fener de sizde kalacak.</p><p>Selamlar<br>Kamp Dükkânı</p>" % O(25),
  ["BSM204"], "Full refund once the review is online.")

M(26, "reply", "text", "Ynt: Değişim – %s" % O(26),
  "Merhaba Sevgi Hanım,\n\n%s numaralı siparişteki kırık vazonun yenisini yarın sabah göndereceğiz. Sorun böylece çözülmüş olacağına göre, bıraktığınız tek yıldızlı yorumu güncellemeyi ya da kaldırmayı düşünür müsünüz? Küçük bir atölye için bu çok şey ifade ediyor.\n\n"
  "Sevgiyle\nFiliz – Çamur ve Ateş Seramik" % O(26),
  ["BSM205"], "Asks to update or remove a one-star review.")

M(27, "review-request", "text", "Memnun kaldınız mı? %s" % O(27),
  "Merhaba,\n\n%s numaralı siparişinizdeki yoga matından memnun kaldıysanız Amazon'da bir yorum bırakmanız bizi çok mutlu eder. "
  "Beklentinizi karşılamadıysa, yorum yazmadan önce lütfen doğrudan bize ulaşın; mutlaka bir çözüm buluruz.\n\nNamaste\nDenge Yoga Market" % O(27),
  ["BSM206"], "Review only if satisfied; unhappy buyers steered to the seller first.")

M(28, "review-request", "html", "Ürününüzü puanlar mısınız? – %s" % O(28),
  "<p>Merhaba,</p><p>%s numaralı siparişiniz için teşekkürler. Ürünü Amazon'da beş yıldızla değerlendirirseniz, bizim gibi küçük mağazaların görünür olmasına büyük katkı sağlarsınız.</p><p>Saygılarımızla<br>Ege Zeytinyağı Evi</p>" % O(28),
  ["BSM206"], "Asks for a five-star rating.")

M(29, "order-problem", "text", "Siparişinizle ilgili sorun – %s" % O(29),
  "Merhaba,\n\n%s numaralı siparişinizdeki masa lambasının elimizdeki son adedi paketleme sırasında hasar gördü, yeni stok ise şubattan önce gelmeyecek. Sipariş tutarı 899,00 TL düşülerek düzeltildi (stokta yok).\n\n"
  "İşlemin en hızlı şekilde kapanması için hesabınızdan siparişi kendiniz iptal etmeniz en pratik yol olacaktır.\n\nSaygılarımızla\nIşık Evi" % O(29),
  ["BSM108"], "Adjustment confirmed but buyer advised to cancel himself.")

M(30, "order-problem", "html", "Ürün tükendi – %s" % O(30),
  "<p>Merhaba,</p><p>maalesef %s numaralı siparişinizdeki meyve sıkacağı tükendi ve ne zaman geleceği belli değil.</p><p>Amazon üzerinden bir iptal talebi oluşturabilirseniz çok memnun oluruz; böylece ödemeniz en kısa sürede iade edilir.</p><p>Saygılarımızla<br>Mutfak Sepeti</p>" % O(30),
  ["BSM107", "BSM108"], "Cancellation request because of stock-out, no adjustment confirmed.")

M(31, "delivery-delay", "text", "Gecikme bildirimi – %s" % O(31),
  "Merhaba,\n\n%s numaralı siparişiniz atölyemizden planlanandan üç gün sonra, 14.12.2026'da çıkacak. Özür dileriz.\n\nBu tür mesajları almak istemiyorsanız \"DUR\" yazıp yanıtlayın, sizi listeden çıkaralım.\n\nMum Atölyesi Alev" % O(31),
  ["BSM305"], "Opt-out instruction (reply DUR).")

M(32, "reply", "text", "Ynt: Paket nerede?! %s" % O(32),
  "Merhaba,\n\nbu lanet olası kargocular yine boku yedi, %s numaralı siparişin paketi üçüncü kez bize geri döndü. Yarın başka bir firmayla yeniden gönderiyoruz.\n\nVolkan – Hırdavat Deposu" % O(32),
  ["BSM306"], "Turkish profanity in a reply.")

M(33, "delivery-delay", "text", "Order %s – dispatch delayed" % O(33),
  "Hi there,\n\nunfortunately your order %s will leave our workshop on 16 December rather than 11 December, as our copper supplier shipped late.\n\nApologies for the inconvenience.\n\nBest regards\nAnatolian Copperware" % O(33),
  ["BSM104"], "Whole message in English for a tr-TR buyer.")

M(34, "delivery-scheduling", "text", "Dolap teslimatı – %s" % O(34),
  "Merhaba,\n\n%s numaralı siparişinizdeki gardırop teslimata hazır. Gelecek hafta için saat ayarlamak üzere şoförümüz Ramazan Bey'i 0532 418 27 90 numarasından arayabilirsiniz.\n\nSaygılarımızla\nMobilya Nakliyat Ege" % O(34),
  ["BSM309"], "National mobile number of the seller's driver.")

M(35, "reply", "html", "Ynt: Kurulum desteği – %s" % O(35),
  "<p>Merhaba,</p><p>%s numaralı siparişteki kitaplığı kurarken takılırsanız bizi <b>+90 216 550 34 71</b> numarasından hafta içi 09.00-18.00 arasında arayabilirsiniz.</p><p>Saygılarımızla<br>Deniz Kaya<br>Raf Ustası</p>" % O(35),
  ["BSM309"], "International-format phone number.")

M(36, "return-follow-up", "text", "İade %s – fotoğraf gerekli" % O(36),
  "Merhaba,\n\n%s numaralı siparişteki iadeyi işleme alabilmemiz için çerçevedeki hasarın fotoğrafına ihtiyacımız var. Fotoğrafı iade@cerceveevi.com.tr adresine, konu kısmına sipariş numarasını yazarak gönderebilirsiniz.\n\nTeşekkürler\nÇerçeve Evi" % O(36),
  ["BSM308"], "Plain e-mail address in a return follow-up.")

M(37, "additional-information", "text", "Gravür dosyası – %s" % O(37),
  "Merhaba,\n\n%s numaralı siparişteki gravür için logo dosyanızı tasarim et işareti lazerhane nokta com nokta tr adresine iletebilir misiniz? PNG ya da PDF olması yeterli.\n\nSağ olun\nLazerhane" % O(37),
  ["BSM308"], "Obfuscated e-mail address with 'et işareti' and 'nokta'.")

M(38, "reply", "html", "Ynt: Demleme önerisi – %s" % O(38),
  "<p>Merhaba,</p><p>%s numaralı siparişteki Rize çayını 5-6 dakika demlemenizi öneririz. Daha fazla demleme ipucu için rehberimize bakabilirsiniz: "
  "<a href=\"https://www.karadenizcay.com.tr/rehber/cay-demleme\">Karadeniz Çay demleme rehberi</a>.</p><p>Selamlar<br>Karadeniz Çay</p>" % O(38),
  ["BSM302"], "Descriptive https link to the seller's own site.")

M(39, "reply", "html", "Ynt: İade durumu – %s" % O(39),
  "<p>Merhaba,</p><p>%s numaralı siparişin iade durumunu hesabınızdan takip edebilirsiniz: <a href=\"http://www.amazon.com.tr/gp/css/returns/homepage.html\">Amazon.com.tr iadelerim sayfası</a>.</p><p>İyi günler<br>Teknoloji Durağı</p>" % O(39),
  ["BSM301"], "Insecure http link to Amazon with descriptive text.")

M(40, "review-request", "html", "Fikriniz önemli – %s" % O(40),
  "<p>Merhaba,</p><p>%s numaralı siparişinizdeki ürün hakkında Amazon'da görüşlerinizi paylaşmanızı rica ederiz.</p>"
  "<p><img src=\"https://cdn.bahcemobilya.com.tr/urunler/tik-bahce-sezlongu.jpg\" alt=\"Tik ağacından bahçe şezlongu\" width=\"300\"></p><p>Saygılarımızla<br>Bahçe Mobilya</p>" % O(40),
  ["BSM310"], "Photo of the purchased product.")

M(41, "delivery-delay", "html", "Yılbaşı yoğunluğu – %s" % O(41),
  "<p><img src=\"https://cdn.lokumcu.com.tr/gorseller/kar-yagan-orman.jpg\" alt=\"Kar yağan çam ormanı\" width=\"320\"></p>"
  "<p>Merhaba,</p><p>yılbaşı yoğunluğu nedeniyle %s numaralı siparişiniz 15.12.2026 yerine 18.12.2026'da yola çıkacak. Anlayışınız için teşekkürler.</p><p>Lokumcu Hacı Efendi</p>" % O(41),
  ["BSM311"], "Unrelated stock image (snowy forest).")

M(42, "delivery-scheduling", "html", "Teslimat saati – %s" % O(42),
  "<p><img src=\"https://cdn.mermertezgah.com.tr/logo-mermer-tezgah.png\" width=\"150\"></p><p>Merhaba,</p><p>%s numaralı siparişinizdeki mutfak tezgâhını (250 cm) 14 Aralık Pazartesi 08.00-12.00 ya da 16 Aralık Çarşamba 13.00-17.00 arasında getirebiliriz. Hangisi uygun?</p>"
  "<p>Saygılarımızla<br>Mermer Tezgâh</p>" % O(42),
  ["BSM402"], "Shop logo with no alt attribute.")

M(43, "reply", "text", "Ynt: İp rengi – %s" % O(43),
  "Merhaba Büşra Hanım,\n\nevet, %s numaralı siparişteki yumaklar aynı boya partisinden, yani tonlar birebir aynı olacak \U0001F60A\U0001F9F6 Keyifli örgüler!\n\nNeslihan – Yün Sepeti" % O(43),
  ["BSM403"], "Emoji in a reply.")

M(44, "additional-information", "text", "Nakış için isim – %s" % O(44),
  "Merhaba,\n\n%s numaralı siparişteki havluya işlenecek ismi yazmayı unutmuşsunuz galiba. Bize iletin, gerisini biz hallederiz :)\n\nNakış Evi" % O(44),
  ["BSM403"], "Text emoticon :).")

M(45, "delivery-delay", "html", "Gönderim gecikmesi %s" % O(45),
  "<style>.baslik{font-size:25px} .alt{font-size:18px} .metin{font-size:14px} .dip{font-size:10px}</style>"
  "<p class=\"baslik\">Özür dileriz!</p><p class=\"alt\">Sipariş %s</p><p class=\"metin\">Dikiş makinemiz arızalandığı için perdeleriniz 09.12.2026 yerine 12.12.2026'da gönderilecek.</p>"
  "<p class=\"dip\">Perde Atölyesi Tül, Cumhuriyet Cad. No: 22, 35220 Konak/İzmir</p>" % O(45),
  ["BSM410"], "Four explicit font sizes in a <style> block.")

M(46, "additional-information", "html", "Yüzük ölçüsü – %s" % O(46),
  "<p>Merhaba,</p><p>%s numaralı siparişiniz için yüzük ölçünüze (ör. 14 veya 16) hâlâ ihtiyacımız var.</p><p></p><p></p><p>Ölçü gelmeden üretime başlayamıyoruz.</p><p>Saygılarımızla<br>Gümüş Kuyumculuk</p>" % O(46),
  ["BSM412"], "Empty paragraphs between paragraphs in HTML.")

M(47, "return-follow-up", "text", "[Önemli] İadeniz – %s" % O(47),
  "Merhaba,\n\n%s numaralı siparişteki ayakkabıların iadesini tamamlayabilmemiz için kutunun da gönderilip gönderilmeyeceğini öğrenebilir miyiz?\n\nTeşekkürler\nAdım Ayakkabı" % O(47),
  ["BSM110"], "[Önemli] tag on a return follow-up.")

M(48, "reply", "html", "Ynt: Fatura düzeltmesi – %s" % O(48),
  "<p>Merhaba,</p><p>%s numaralı sipariş için düzeltme talebiniz işleme alındı. Ayrıntıları Amazon siparişlerinizde görebilirsiniz, <a href=\"https://www.amazon.com.tr/gp/your-account/order-history\">buraya tıklayın</a>.</p><p>Saygılarımızla<br>Toner Merkezi</p>" % O(48),
  ["BSM401"], "Non-descriptive link text 'buraya tıklayın'.")

M(49, "reply", "text", "Ynt: Hâlâ gelmedi – %s" % O(49),
  "Merhaba Cem Bey,\n\n%s numaralı siparişinizin gecikmesi bizi de çıldırttı; kargo firmasının bu fucking bahaneleri artık yeter. Paketi yarın başka bir firmayla yeniden gönderiyoruz, takip numarasını ayrıca ileteceğiz.\n\nSaygılarımızla\nKitap Kurdu Sahaf" % O(49),
  ["BSM306"], "English profanity inside a Turkish reply.")

M(50, "delivery-delay", "html", "Gecikme – sipariş %s" % O(50),
  "<div style=\"padding: 0 140px\"><p>Merhaba,</p><p>%s numaralı siparişinizdeki el yapımı bakır tepsi 17.12.2026'da kargoya verilecek; kalaycımızın işi bir hafta uzadı.</p><p>Anlayışınız için teşekkürler<br>Bakır Sanat</p></div>" % O(50),
  ["BSM405"], "140px horizontal padding on the body container.")

MESSAGES = _R
