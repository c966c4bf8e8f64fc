"""v6 blind evaluation set, Turkish (tr-TR)."""

_L, _LOC, _P = "tr", "tr-TR", "113"


def _oid(n):
    return f"{_P}-{(n * 8317 + 4027731) % 10000000:07d}-{(n * 91813 + 1750429) % 10000000:07d}"


MESSAGES = []


def _m(n, typ, fmt, subject, body, expected, note):
    o = _oid(n)
    MESSAGES.append({
        "id": f"v6-{_L}-{n:03d}", "language": _L, "locale": _LOC, "type": typ, "format": fmt,
        "subject": subject.replace("§O§", o), "body": body.replace("§O§", o), "order_id": o,
        "expected": sorted(expected), "note": note,
    })


_m(1, "delivery-delay", "text", "Siparişinizde gecikme – §O§",
   "Merhaba Zeynep Hanım,\n\n§O§ numaralı siparişinizdeki nevresim takımının kumaşı tedarikçimizden geç geldiği için ürününüz ilanda belirtilen 9 Aralık yerine 14 Aralık 2026 Pazartesi günü yola çıkabilecek.\n\nGecikme için özür dileriz. Yeni tarih size uymazsa bu mesaja yanıt vermeniz yeterli.\n\nSaygılarımızla\nElif Demir\nPamuk Atölyesi",
   [], "Clean plain-text delivery delay with a new date.")
_m(2, "delivery-delay", "html", "§O§ numaralı sipariş: yeni gönderim tarihi",
   "<p>Sayın Müşterimiz,</p><p><b>§O§</b> numaralı siparişinizdeki bisiklet taşıyıcısı üreticiden bir hafta gecikmeli gelecek.</p><table><tr><td>İlk gönderim tarihi:</td><td>03.12.2026</td></tr><tr><td>Yeni gönderim tarihi:</td><td>10.12.2026</td></tr></table><p>Yaşattığımız aksaklık için özür dileriz.</p><p>Saygılarımızla<br>Murat Aydın<br>Pedal Dünyası</p>",
   [], "Clean builder-HTML delivery delay with a plain table.")
_m(3, "order-problem", "text", "[Önemli] Stok sorunu – sipariş §O§",
   "Merhaba,\n\n§O§ numaralı siparişinizdeki çaydanlık (Retro 1,7 L, mint yeşili) depoda hasar gördü ve stoğumuzda başka kalmadığı için siparişinizi gönderemiyoruz.\n\nSipariş tutarınız 749,90 TL düşülerek düzeltildi; iadeyi Amazon'daki sipariş ayrıntılarınızda görebilirsiniz.\n\nAnlayışınız için teşekkür ederiz.\nYıldız Ev Aletleri",
   [], "Clean order problem with [Önemli] and the amount adjusted.")
_m(4, "additional-information", "text", "Gravür için bilgi – sipariş §O§",
   "Merhaba Emre Bey,\n\n§O§ numaralı siparişinizdeki saatin arkasına gravür yapabilmemiz için yazılacak metne (en fazla 25 karakter) ve el yazısı mı yoksa düz yazı mı istediğinize ihtiyacımız var.\n\nBu mesaja yanıt olarak iletirseniz saati hemen gravür ustamıza teslim ederiz.\n\nİyi günler\nSelin Koç\nZaman Gravür",
   [], "Clean request for information needed to complete the order.")
_m(5, "return-follow-up", "text", "İade talebiniz – sipariş §O§",
   "Merhaba,\n\n§O§ numaralı siparişinizdeki sırt çantası için askısının aşındığını belirterek iade talebi oluşturdunuz. Çantayı geri göndermek yerine 350,00 TL kısmi iade yapmamızı ister misiniz? Bu durumda çanta sizde kalır.\n\nTam iade tercih ederseniz Amazon üzerindeki iade sürecine devam etmeniz yeterli.\n\nSaygılarımızla\nMüşteri Hizmetleri\nDoğa Kamp Malzemeleri",
   [], "Clean return follow-up offering a partial refund.")
_m(6, "return-follow-up", "html", "İade paketiniz hakkında – §O§",
   "<p>Merhaba Burak Bey,</p><p>§O§ numaralı siparişe ait iade paketiniz elimize ulaştı, ancak içinde iki LED farın yalnızca biri vardı. Diğerini ayrı bir paketle mi gönderdiniz? Öyleyse gönderi numarasını paylaşırsanız iadeyi hemen tamamlarız.</p><p>Saygılarımızla<br>Kaan Öztürk<br>Işık Market</p>",
   [], "Clean return follow-up asking for missing information.")
_m(7, "invoice", "text", "§O§ numaralı siparişinizin faturası",
   "Merhaba,\n\n§O§ numaralı siparişinize ait FTR/2026/004512 numaralı e-arşiv faturanız ektedir. Toplam tutar: 2.499,00 TL (KDV %20 dahil).\n\nSatıcı bilgileri:\nModa Mobilya Ticaret Ltd. Şti.\nOrganize Sanayi Bölgesi 4. Cad. No: 17, 16140 Nilüfer/Bursa\nVergi Dairesi: Nilüfer, Vergi No: 6220415873\nMERSİS No: 0622041587300015, Ticaret Sicil No: 98412\n\nİyi çalışmalar dileriz\nMuhasebe Birimi",
   [], "Clean invoice with Vergi No, MERSİS No and a slashed invoice number.")
_m(8, "review-request", "text", "Siparişiniz hakkındaki görüşünüz – §O§",
   "Merhaba,\n\n§O§ numaralı siparişinizdeki Türk kahvesi birkaç gündür elinizde. Vaktiniz olursa ürün hakkındaki görüşlerinizi Amazon'da paylaşmanızı rica ederiz; olumlu ya da olumsuz her yorum diğer alıcılara yol gösteriyor.\n\nSelamlar\nKahve Değirmeni",
   [], "Clean neutral review request in plain text.")
_m(9, "review-request", "html", "Masa lambanız nasıl? Sipariş §O§",
   "<p><img src=\"https://static.lambaevi.com.tr/logo/lamba-evi-logo.png\" alt=\"Lamba Evi logosu\" width=\"160\"></p><p>Merhaba,</p><p>§O§ numaralı siparişinizdeki masa lambası bir haftadır sizde. Uygun bir zamanınızda ürünle ilgili dürüst görüşünüzü paylaşırsanız seviniriz.</p><p><a href=\"https://www.amazon.com.tr/review/create-review?asin=B0FT33TR90\">Masa lambası için Amazon.com.tr'de değerlendirme yazın</a></p><p>Saygılarımızla<br>Lamba Evi</p>",
   [], "Clean HTML review request with shop logo and descriptive https Amazon link.")
_m(10, "delivery-scheduling", "text", "Gardırop teslimatı – sipariş §O§",
   "Merhaba Ayşe Hanım, merhaba Mehmet Bey,\n\n§O§ numaralı siparişinizdeki üç kapılı gardırop yaklaşık 95 kg ve kendi aracımızla, kurulum dahil teslim edilecek. Uygun günler:\n\n- 15.12.2026 Salı, 09:00–12:00\n- 16.12.2026 Çarşamba, 13:00–17:00\n- 18.12.2026 Cuma, 17:00–20:00\n\nHangisinin size uyduğunu ve binada asansör olup olmadığını yazabilir misiniz?\n\nSaygılarımızla\nHakan Şahin\nTeslimat Sorumlusu, Şahin Mobilya",
   [], "Clean delivery scheduling with dates and time slots.")
_m(11, "home-service-appointment", "text", "Bulaşık makinesi montajı için randevu – §O§",
   "Merhaba,\n\n§O§ numaralı siparişinizdeki montaj hizmeti için teknisyenimiz 10 Aralık Perşembe 09:00–11:00 ya da 12 Aralık Cumartesi 13:00–15:00 saatleri arasında gelebilir.\n\nHangi saat sizin için uygun? Mümkünse ziyaretten önce eski makineyi sökmenizi ve suyu kapatmanızı rica ederiz.\n\nİyi günler\nOnur Kılıç\nKılıç Teknik Servis",
   [], "Clean home-service appointment with two slots.")
_m(12, "custom-design-verification", "html", "Kupa tasarımı onayınıza sunulmuştur – §O§",
   "<p>Merhaba Esra Hanım,</p><p>§O§ numaralı siparişinizdeki baskılı kupaların tasarım taslağı ektedir (tasarim_kupa_v2.pdf). “Dünyanın En İyi Babaannesi” yazısını kupanın iki yüzüne de yerleştirdik, yazı tipi seçtiğiniz gibidir.</p><p>Onaylarsanız ya da değişiklik isterseniz lütfen yazın; onayınız gelmeden baskıya başlamayacağız.</p><p>Sevgiyle<br>Derya Arslan<br>Baskı Köşesi</p>",
   [], "Clean custom design proof asking for approval.")
_m(13, "fulfillment-question", "text", "Site giriş şifresi – sipariş §O§",
   "Merhaba,\n\n§O§ numaralı siparişinizin teslimatı için sitenizin giriş kapısının şifresine ihtiyacımız var; adreste kapının kilitli olduğu not edilmiş. Şifreyi ve blok/daire bilgisini paylaşabilir misiniz? Bilgiyi TS-2026-55712 teslimat referans numarasıyla taşıyıcıya ileteceğiz (müşteri no: 40871).\n\nSaygılarımızla\nGizem Yurt\nSipariş Operasyon, Bahçe Sepeti",
   [], "Clean door-code question with reference numbers.")
_m(14, "reply", "text", "Ynt: Ayakkabı numarası – §O§",
   "Merhaba,\n\n§O§ numaralı siparişinizdeki “Trail Runner Pro GTX” ayakkabılar Avrupa kalıbıdır; 43 numara yaklaşık 27,5 cm iç tabana denk geliyor. “Mountain Feet Outlet” yalnızca Amazon'daki mağaza adımız, firmamız İzmir'dedir.\n\nİyi günler\nCan Yalçın",
   [], "Clean reply quoting an English product title and shop name.")
_m(15, "reply", "text", "Ynt: Matkap garantisi – sipariş §O§",
   "Merhaba Ahmet Bey,\n\n§O§ numaralı siparişinizdeki darbeli matkap 2 yıl üretici garantilidir. Arıza kaydını en hızlı şekilde doğrudan üreticiye açtırabilirsiniz:\n\nÜretici garanti hattı (Bosch Türkiye): 444 6 333\n\nCihazın etiketindeki seri numarasını ve faturanızı hazır bulundurmanız yeterli.\n\nSaygılarımızla\nUsta Hırdavat",
   [], "Clean reply with the manufacturer's warranty line marked as such.")
_m(16, "reply", "text", "Ynt: Kurumsal fatura – §O§",
   "Merhaba,\n\n§O§ numaralı siparişinizin faturasını elbette şirketiniz adına düzenleyebiliriz. Bu mesaja yanıt olarak şirket unvanını, vergi dairesini ve vergi numarasını iletmeniz yeterli.\n\nSaygılarımızla\n\n--\nYeşil Bahçe Tarım Ürünleri A.Ş.\nCaferağa Mah. Moda Cad. No: 12/3, 34710 Kadıköy/İstanbul\nVergi Dairesi: Kadıköy · Vergi No: 9470318265\nMERSİS No: 0947031826500017",
   [], "Clean reply with a Turkish company footer.")
_m(17, "reply", "text", "Ynt: Param ne zaman yatar? §O§",
   "Merhaba,\n\niade paketinizi (iade kodu IAD-2026-30518) 02.12.2026 saat 14:35'te teslim aldık. §O§ numaralı siparişinize ait 1.249,90 TL tutarındaki geri ödeme 03.12.2026 tarihinde başlatıldı; bankanıza bağlı olarak 3–5 iş günü içinde hesabınıza yansır. Talep numaranız: TLP/2026/0917.\n\nSaygılarımızla\nNazlı Aksoy\nKeten Butik",
   [], "Clean reply with return code, dates, times and amounts.")
_m(18, "fulfillment-question", "text", "Paketiniz yolda! §O§",
   "Merhaba!\n\nMüjde: §O§ numaralı siparişinizin paketi bu sabah Gebze'deki depomuzdan çıktı ve Yurtiçi Kargo'ya teslim edildi. Yarın elinizde olur.\n\nSevgiler\nÇorap Dükkanı",
   ["BSM201"], "Shipping confirmation: left the warehouse, handed to the carrier.")
_m(19, "additional-information", "html", "Sipariş §O§",
   "<p>Merhaba,</p><p>§O§ numaralı siparişiniz bize ulaştı; şu anda ürünlerinizi hazırlıyor ve paketliyoruz.</p><p>Saygılarımızla<br>Çay Konağı</p>",
   ["BSM201"], "Order confirmation: received and being prepared.")
_m(20, "reply", "text", "Teşekkürler! §O§",
   "Merhaba,\n\n§O§ numaralı siparişiniz için mağazamızı tercih ettiğiniz için çok teşekkür ederiz. Bizi çok mutlu ettiniz!\n\nSaygılarımızla\nÇini Atölyesi Kütahya",
   ["BSM202"], "Thanks only.")
_m(21, "fulfillment-question", "text", "Sipariş §O§",
   "Merhaba,\n\n§O§ numaralı siparişinizle ilgili herhangi bir sorun olursa buradayız, yazmanız yeterli.\n\nPati Market",
   ["BSM202"], "Only an offer to help if something comes up.")
_m(22, "delivery-delay", "text", "Gecikme – sipariş §O§",
   "Merhaba,\n\nsayım nedeniyle §O§ numaralı siparişinizdeki mama 8 Aralık yerine 11 Aralık'ta gönderilecek. Özür dileriz.\n\nSaygılarımızla\nZoo Diyarı\n\nNot: KIS20 koduyla ay sonuna kadar tüm ürünlerimizde %20 indirim sizi bekliyor.",
   ["BSM203"], "Permitted delay with a P.S. discount code for the whole range.")
_m(23, "reply", "html", "Ynt: Mumun kokusu – §O§",
   "<p>Merhaba,</p><p>§O§ numaralı siparişinizdeki mum sandal ağacı kokuludur ve boya içermez.</p><p>Bu arada önümüzdeki hafta yeni yılbaşı koleksiyonumuzu tanıtıyoruz! Bültenimize abone olun ve bizi Instagram'da takip edin, hiçbir yeniliği kaçırmayın.</p><p>Sevgiyle<br>Defne<br>Fitil &amp; Balmumu</p>",
   ["BSM203"], "Reply promoting a new collection, newsletter and following.")
_m(24, "review-request", "text", "Değerlendirme – sipariş §O§",
   "Merhaba,\n\n§O§ numaralı siparişinizdeki sakal fırçası hakkında Amazon'da yorum yazarsanız çok seviniriz. Yorumunuz yayınlandığında zaman ayırdığınız için size küçük bir hediye göndereceğiz.\n\nSaygılarımızla\nBerber Dükkanı",
   ["BSM204"], "Small gift once the review is published.")
_m(25, "review-request", "text", "Size bir teklifimiz var – §O§",
   "Merhaba,\n\n§O§ numaralı siparişinizdeki kulaklık için bir değerlendirme yazın; yorumunuz Amazon'da görünür görünmez ödediğiniz tutarın tamamını iade edelim.\n\nSaygılarımızla\nSes Dünyası",
   ["BSM204"], "Full refund once the review is online.")
_m(26, "reply", "text", "Ynt: Yorumunuz hakkında – §O§",
   "Merhaba Serkan Bey,\n\n§O§ numaralı siparişinizdeki gidon koruyucunun sizi memnun etmemesine çok üzüldük; o zamandan beri bağlantı parçalarının tedarikçisini değiştirdik. Bu durumda bir yıldızlı değerlendirmenizi güncellemeniz ya da kaldırmanız mümkün olur mu? Bizim için çok önemli.\n\nSaygılarımızla\nMoto Aksesuar",
   ["BSM205"], "Asks to update or remove a one-star review.")
_m(27, "review-request", "text", "Memnun kaldınız mı? §O§",
   "Merhaba,\n\n§O§ numaralı siparişinizdeki battaniyeden memnun kaldıysanız Amazon'da bir değerlendirme bırakmanızı rica ederiz. Memnun kalmadıysanız lütfen yorum yazmadan önce bize ulaşın, birlikte çözüm bulalım.\n\nSaygılarımızla\nYün Diyarı",
   ["BSM206"], "Review only if satisfied; unhappy buyers steered to the seller.")
_m(28, "review-request", "html", "Sipariş §O§ – puanınız",
   "<p>Merhaba!</p><p>§O§ numaralı siparişinizdeki yapbozun size keyifli saatler yaşattığını umuyoruz. Amazon'da bize beş yıldız verirseniz çok mutlu oluruz!</p><p>Yapboz Evi ekibi</p>",
   ["BSM206"], "Asks for a five-star rating.")
_m(29, "order-problem", "text", "Stok sorunu – §O§",
   "Merhaba,\n\n§O§ numaralı siparişinizdeki mutfak robotu biz ayıramadan tükendi. Sipariş tutarını düzelttik bile. En hızlısı siparişi Amazon hesabınızdan kendiniz iptal etmeniz; böylece her şey hemen kapanır.\n\nÖzür dileriz\nMutfak Plus",
   ["BSM108"], "Adjusted amount but advises the buyer to cancel.")
_m(30, "order-problem", "text", "Sipariş §O§ – bir ricamız var",
   "Merhaba Gül Hanım,\n\nsipariş ettiğiniz 50x70 cm fotoğraf çerçevesi maalesef stoklarımızda kalmadı. §O§ numaralı sipariş için iptal talebi oluşturabilirseniz çok memnun oluruz.\n\nSaygılarımızla\nÇerçeve Galeri",
   ["BSM107", "BSM108"], "Polite request to cancel, without an adjustment.")
_m(31, "delivery-delay", "text", "Teslimat gecikmesi §O§",
   "Merhaba,\n\n§O§ numaralı siparişiniz planlanandan iki gün sonra, 9 Aralık'ta gönderilecek. Özür dileriz.\n\nBizden mesaj almak istemiyorsanız bu mesaja RET yazarak yanıt verin, listemizden çıkaralım.\n\nÇiçekçi Lale",
   ["BSM305"], "Opt-out instruction: reply RET.")
_m(32, "reply", "text", "Ynt: Hasarlı paket §O§",
   "Merhaba,\n\nbu siktiğimin kargocusu yine paketleri fırlatmış. §O§ numaralı siparişinizdeki saksıyı elbette değiştiriyoruz, yenisi 11 Aralık Cuma günü gönderilecek.\n\nSelamlar\nMert, Saksı Evi",
   ["BSM306"], "Turkish profanity in a reply.")
_m(33, "delivery-delay", "text", "Delivery delay – order §O§",
   "Hello,\n\nunfortunately the desk lamp in order §O§ will ship on 12 December instead of 8 December because our supplier is behind schedule. We apologise for any inconvenience.\n\nBest regards,\nIşıltı Customer Service",
   ["BSM104"], "English message to a Turkish buyer.")
_m(34, "reply", "text", "Ynt: Arıza kaydı – §O§",
   "Merhaba,\n\n§O§ numaralı siparişinizdeki süpürgenin arızası için bizi 0 (216) 418 57 32 numaralı telefondan arayabilirsiniz (hafta içi 09:00–18:00).\n\nSaygılarımızla\nTemiz Ev",
   ["BSM309"], "Seller's phone number in national format.")
_m(35, "additional-information", "html", "Adres bilgisi – §O§",
   "<p>Merhaba,</p><p>§O§ numaralı siparişinizin adresinde daire numarası eksik. Dilerseniz bize +90 532 418 27 65 numarasından da ulaşabilirsiniz.</p><p>Saygılarımızla<br>Halı Sarayı</p>",
   ["BSM309"], "Seller's phone number in international format.")
_m(36, "reply", "text", "Ynt: Kurulum kılavuzu – §O§",
   "Merhaba,\n\n§O§ numaralı siparişinizdeki korniş için montaj kılavuzunu PDF olarak göndermekten memnuniyet duyarız; destek@kornisdunyasi.com.tr adresine yazmanız yeterli.\n\nSaygılarımızla\nKorniş Dünyası",
   ["BSM308"], "Plain e-mail address.")
_m(37, "reply", "text", "Ynt: Hasar fotoğrafları §O§",
   "Merhaba,\n\n§O§ numaralı siparişinizdeki çatlak camın fotoğraflarını sikayet (at) camevi (nokta) com (nokta) tr adresine gönderebilirsiniz; 48 saat içinde dönüş yaparız.\n\nSaygılarımızla\nCam Evi",
   ["BSM308"], "Obfuscated e-mail with (at) and (nokta).")
_m(38, "reply", "html", "Ynt: Kesme tahtası bakımı – §O§",
   "<p>Merhaba,</p><p>§O§ numaralı siparişinizdeki kesme tahtasını ayda bir keten yağıyla silmeniz yeterli. Bizi daha yakından tanımak isterseniz <a href=\"https://www.mesezanaat.com.tr/hakkimizda\">Meşe Zanaat atölyesi hakkında</a> sayfamıza göz atabilirsiniz.</p><p>Saygılarımızla<br>Meşe Zanaat</p>",
   ["BSM302"], "https link to the seller's own site.")
_m(39, "reply", "html", "Ynt: Sipariş durumu §O§",
   "<p>Merhaba,</p><p>§O§ numaralı siparişinizin güncel durumunu <a href=\"http://www.amazon.com.tr/gp/your-account/order-history\">Amazon.com.tr sipariş geçmişinizde</a> görebilirsiniz.</p><p>Saygılarımızla<br>Foto Çerçeve</p>",
   ["BSM301"], "http link to Amazon.")
_m(40, "reply", "html", "Ynt: Kupanın rengi – §O§",
   "<p>Merhaba,</p><p>§O§ numaralı siparişinizdeki kupa gün ışığında böyle görünüyor:</p><p><img src=\"https://cdn.toprakatolye.com.tr/urunler/kupa-orman-yesili-350ml.jpg\" alt=\"Seramik kupa Orman Yeşili 350 ml\" width=\"300\"></p><p>Saygılarımızla<br>Toprak Atölye</p>",
   ["BSM310"], "Photo of the purchased product.")
_m(41, "delivery-delay", "html", "Sipariş §O§ – yeni tarih",
   "<p><img src=\"https://cdn.hediyelik.com.tr/bulten/deniz-gunbatimi.jpg\" alt=\"Denizde gün batımı\" width=\"400\"></p><p>Merhaba,</p><p>§O§ numaralı siparişinizdeki hediye seti 10 Aralık yerine 15 Aralık'ta gönderilecek. Gecikme için özür dileriz.</p><p>Hediyelik Dükkan</p>",
   ["BSM311"], "Unrelated stock image of a sunset at sea.")
_m(42, "delivery-scheduling", "html", "Koltuk teslimatı – §O§",
   "<p><img src=\"https://cdn.oturmaodasi.com.tr/logo/oturma-odasi-logo.png\" alt=\"\" width=\"150\"></p><p>Merhaba,</p><p>§O§ numaralı siparişinizdeki koltuğu 17.12.2026 10:00–14:00 ya da 18.12.2026 14:00–18:00 arasında teslim edebiliriz. Hangisini tercih edersiniz?</p><p>Oturma Odası</p>",
   ["BSM402"], "Shop logo with an empty alt.")
_m(43, "review-request", "text", "Görüşünüz – §O§",
   "Merhaba 😊\n\nvaktiniz olursa §O§ numaralı siparişinizdeki bere hakkında Amazon'da yorum yazabilir misiniz? Teşekkürler! 🧶\n\nÖrgü Sepeti",
   ["BSM403"], "Emoji in a review request.")
_m(44, "reply", "text", "Ynt: Beden – §O§",
   "Merhaba,\n\n§O§ numaralı siparişinizdeki M beden 38–40'a denk geliyor, yani tam olması lazım :D\n\nSevgiler\nBuse, Elbise Odası",
   ["BSM403"], "Emoticon :D in a reply.")
_m(45, "delivery-delay", "html", "Sipariş §O§ gecikti",
   "<style>.bas{font-size:22px}.alt{font-size:17px}.gov{font-size:14px}.dip{font-size:10px}</style><p class=\"bas\">Gönderim gecikmesi</p><p class=\"alt\">Sipariş §O§</p><p class=\"gov\">Merhaba, oyuncağınız 9 Aralık yerine 14 Aralık'ta gönderilecek. Özür dileriz.</p><p class=\"dip\">Oyuncak Kutusu Ltd. Şti.</p>",
   ["BSM410"], "Four font sizes set in a style block.")
_m(46, "additional-information", "html", "Alyans gravürü – §O§",
   "<p>Merhaba,</p><p>§O§ numaralı siparişinizdeki alyansların içine hangi tarihi yazalım?</p><p></p><p></p><p>Saygılarımızla<br><br><br><br>Kuyumcu Altınbaş</p>",
   ["BSM412"], "Empty paragraphs and a run of <br> in HTML.")
_m(47, "reply", "text", "[Önemli] Ynt: Ürün ölçüleri – §O§",
   "Merhaba,\n\n§O§ numaralı siparişinizdeki kitaplık 180 cm yüksekliğinde, 80 cm genişliğinde ve 30 cm derinliğindedir.\n\nSaygılarımızla\nRaf Sistemleri",
   ["BSM110"], "[Önemli] on a reply.")
_m(48, "reply", "html", "Ynt: İade faturası – §O§",
   "<p>Merhaba,</p><p>§O§ numaralı siparişinizin iade faturasına Amazon hesabınızdan ulaşabilirsiniz: <a href=\"https://www.amazon.com.tr/gp/your-account/order-history\">buraya tıklayın</a>.</p><p>Saygılarımızla<br>Elektro Baykuş</p>",
   ["BSM401"], "Non-descriptive link text 'buraya tıklayın'.")
_m(49, "reply", "text", "Ynt: İade – §O§",
   "Merhaba,\n\n§O§ numaralı sipariş için bize boş kutu gönderip parayı istediğinizi gördük. Adresiniz elimizde; bir daha böyle bir şey yaparsanız gelip o kapıyı da kafanızı da kırarız.\n\nTeknoloji Durağı",
   ["BSM306"], "Violent threat in a reply.")
_m(50, "fulfillment-question", "html", "Site giriş bilgisi – sipariş §O§",
   "<p>Merhaba,</p><p>§O§ numaralı siparişinizin teslimatı için sitenizin giriş şifresini aşağıdaki kutuya yazıp gönderebilirsiniz.</p><form><input type=\"text\" name=\"kapi_sifresi\"><button type=\"submit\">Gönder</button></form><p>Saygılarımızla<br>Ev Dekor</p>",
   ["BSM312"], "An HTML form asking for the door code.")
