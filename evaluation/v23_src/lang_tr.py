"""v23 blind evaluation set: Turkish (tr-TR). Standard library only."""

LANG = "tr"
LOCALE = "tr-TR"
MESSAGES = []


def _oid(n):
    return "548-%07d-%07d" % ((n * 7919 + 3456712) % 10000000, (n * 104729 + 5432176) % 10000000)


def _m(typ, fmt, subject, body, expected, note):
    n = len(MESSAGES) + 1
    o = _oid(n)
    sub = subject.replace("{od}", o.replace("-", "")).replace("{o}", o)
    bod = body.replace("{od}", o.replace("-", "")).replace("{o}", o)
    MESSAGES.append({
        "id": "v23-tr-%03d" % n, "language": LANG, "locale": LOCALE, "type": typ,
        "format": fmt, "subject": sub, "body": bod, "order_id": o,
        "expected": sorted(expected), "note": note,
    })


# ---------------- clean (17) ----------------
_m("delivery-delay", "text", "{o} numaralı siparişinizde küçük bir gecikme",
   "Merhaba Elif Hanım,\n\ntedarikçimizden gelecek kumaş geç kaldığı için {o} numaralı siparişinizdeki yastık kılıfları ancak 16 Aralık 2026 Çarşamba günü yola çıkabilecek. Bekletmiş olduğumuz için kusura bakmayın.\n\nİyi günler dileriz,\nSeda Yıldız\nPamuk Atölyesi",
   [], "Plain-text delay with a future ship date.")
_m("delivery-delay", "html", "Gönderim tarihi değişikliği – {o}",
   "<p>Merhaba,</p><p><strong>{o}</strong> numaralı siparişinizdeki el yapımı cezve, kalaycımızın yoğunluğu nedeniyle planladığımızdan birkaç gün sonra hazır olacak.</p><table><tr><td>Sipariş</td><td>{o}</td></tr><tr><td>Eski tarih</td><td>09.12.2026</td></tr><tr><td>Yeni tarih</td><td>15.12.2026</td></tr></table><p>Anlayışınız için teşekkür ederiz.</p><p>Saygılarımızla<br>Murat Kaya<br><small>Bakırcı Usta Ltd. Şti.</small></p>",
   [], "Builder HTML delay with a dates table, no styles.")
_m("order-problem", "text", "[Önemli] {o} numaralı siparişinizdeki bir ürün",
   "Merhaba,\n\nsiparişinizi hazırlarken son kalan pirinç şamdanın ayağında çatlak olduğunu fark ettik. Bu ürünü gönderemiyoruz; bu nedenle {o} numaralı siparişinizin tutarı 449,90 TL düşülerek düzeltildi. İade birkaç iş günü içinde hesabınıza yansır. Diğer ürünler normal şekilde gönderilecek.\n\nYaşanan aksaklık için gerçekten üzgünüz.\n\nAyşe Demir\nMüşteri Hizmetleri, Ev Hali Dekor",
   [], "Order problem with [Önemli] and a confirmed amount adjustment.")
_m("additional-information", "text", "Siparişiniz hakkında bir sorumuz var – {o}",
   "Merhaba,\n\n{o} numaralı siparişinizdeki kesme tahtasına lazerle isim işleyebilmemiz için yazılacak metne ihtiyacımız var; sipariş notu boş gelmiş. En fazla 20 karakter, Türkçe harfler sorun değil.\n\nBu mesaja yanıt vermeniz yeterli, hemen işleme alalım.\n\nSevgiler\nAhşap Köşe'den Burak",
   [], "Asks for the engraving text needed to complete the order.")
_m("return-follow-up", "text", "İadeniz hakkında – {o}",
   "Merhaba Zeynep Hanım,\n\n{o} numaralı siparişe ait abajur bize ulaştı; ancak başlıkta gönderimde olmayan bir çizik var. Abajuru size geri göndermek yerine 899,00 TL'lik tutarın 350,00 TL'sini kısmi iade olarak önerebiliriz. Uygun görürseniz kısa bir yanıt yeterli.\n\nSaygılarımızla\nDerya Aksoy\nIşıltı Aydınlatma",
   [], "Return follow-up offering a partial refund.")
_m("return-follow-up", "text", "İade – {o} için bir bilgiye ihtiyacımız var",
   "Merhaba,\n\n{o} numaralı siparişin iade kolisinden iki çift eldiven çıktı, oysa iade talebi tek çift için açılmış. İkisi de mi iade edilecek, yoksa bir çifti size geri mi gönderelim? Bu bilgi olmadan iadeyi tamamlayamıyoruz.\n\nŞimdiden teşekkürler\nGül, Yün Dükkânı",
   [], "Return follow-up asking for information to complete the return.")
_m("invoice", "text", "{o} numaralı siparişinizin faturası",
   "Merhaba,\n\n{o} numaralı siparişinize ait FTR/2026/12/0093 numaralı e-Arşiv faturanız ektedir.\n\nToplam (KDV dahil): 2.499,00 TL (KDV %20: 416,50 TL)\nFatura tarihi: 04.12.2026\n\nSaygılarımızla\nMuhasebe Birimi\nAnadolu Tekstil San. ve Tic. Ltd. Şti., Atatürk Cad. No: 45/3, 35220 Konak/İzmir\nKonak V.D. – Vergi No: 1234567890, Mersis No: 0123456789000015, Ticaret Sicil No: 123456",
   [], "Invoice with Vergi No, Mersis No and an invoice number with slashes.")
_m("review-request", "text", "{o} numaralı siparişiniz nasıl gitti?",
   "Merhaba,\n\nbattaniyeniz ({o}) birkaç gündür sizde. Vaktiniz olursa Amazon'da ürün hakkında bir değerlendirme yazmanız bizi çok sevindirir; olumlu ya da olumsuz her yorum diğer alıcıların işine yarıyor.\n\nGüzel günler\nYün Dükkânı",
   [], "Neutral plain-text review request.")
_m("review-request", "html", "Deneyiminizi paylaşır mısınız? – {o}",
   "<p><img src=\"https://gorsel.bahcemarket.com.tr/logo-bahce-market.png\" alt=\"Bahçe Market logosu\" width=\"160\"></p><p>Merhaba,</p><p>{o} numaralı siparişiniz için teşekkür ederiz. Görüşlerinizi paylaşmak isterseniz buradan yapabilirsiniz: <a href=\"https://www.amazon.com.tr/review/create-review?asin=B0C8M9N0P1\">Amazon.com.tr'de ürün değerlendirmesi yazın</a>.</p><p>Sevgiyle<br>Bahçe Market</p>",
   [], "HTML review request with shop logo and a descriptive https Amazon link.")
_m("delivery-scheduling", "text", "Koltuk teslimatı – {o}",
   "Merhaba,\n\n{o} numaralı siparişinizdeki köşe koltuk kamyonla teslim edilecek ve şoförümüzün sizinle bir gün ayarlaması gerekiyor. Uygun saatler:\n\n- 15 Aralık Salı, 09.00–13.00\n- 16 Aralık Çarşamba, 13.00–18.00\n- 18 Aralık Cuma, 09.00–13.00\n\nHangisi size uyar? Kata taşıma ücretsizdir.\n\nİyi çalışmalar\nHakan Öztürk\nÖztürk Mobilya",
   [], "Delivery scheduling with dates and time slots.")
_m("home-service-appointment", "text", "Bulaşık makinesi kurulumu – {o}",
   "Merhaba,\n\n{o} numaralı siparişinize kurulum hizmeti dahil. Teknisyenimiz 10 Aralık Perşembe 09.00–11.00 ya da 12 Aralık Cumartesi 10.00–12.00 arasında gelebilir. Hangi saat sizin için uygun?\n\nLütfen lavabo altındaki su vanasına erişim olduğundan emin olun.\n\nBeyaz Eşya Kurulum Servisi – Ankara",
   [], "Home-service appointment with two slots.")
_m("custom-design-verification", "html", "Onayınıza sunulan tasarım – {o}",
   "<p>Merhaba,</p><p>{o} numaralı siparişinizdeki kupa baskısının taslağı ekte (taslak_{o}.pdf). İsimlerin yazımını ve tarihi kontrol eder misiniz?</p><ul><li>Yazı: “Defne &amp; Kerem 12.06.2027”</li><li>Yazı tipi: önizlemedeki gibi</li></ul><p>Her şey doğruysa “onaylıyorum” yazmanız yeterli.</p><p>Sevgiler<br>Kupa Baskı Evi</p>",
   [], "Design proof for verification.")
_m("fulfillment-question", "text", "Site giriş kodu – {o}",
   "Merhaba,\n\n{o} numaralı siparişinizdeki saksıları kendi aracımızla getireceğiz (sevk emri no: SE-2026/1188) ve Lale Sokak No: 8'deki sitenin girişi kapalı görünüyor. Kapı şifresini ya da zile basılacak daire numarasını iletebilir misiniz? Teslimat 11.12.2026 için planlandı.\n\nTeşekkürler\nSaksı Dünyası",
   [], "Door-code question with reference numbers.")
_m("reply", "text", "Ynt: Beden sorusu – {o}",
   "Merhaba Emre Bey,\n\n{o} numaralı siparişinizde “Summit Trail Softshell Jacket – Men's” modelini L beden almışsınız. Bu model omuzlardan biraz dar kalıp, geniş omuzluysanız XL daha rahat eder. Değişimi Amazon'daki iade adımlarından kolayca yapabilirsiniz.\n\nKolay gelsin\nCan, Doğa Giyim",
   [], "Reply quoting an English product title in Turkish sentences.")
_m("reply", "text", "Ynt: Garanti – {o}",
   "Merhaba,\n\n{o} numaralı siparişinizdeki matkap 2 yıl üretici garantilidir. Arızayı en hızlı, üreticinin garanti destek hattına (Yapı Alet A.Ş. garanti hattı): 0850 222 33 44, hafta içi 09.00–17.00 bildirebilirsiniz. Garanti belgesi kutunun içinde.\n\nSaygılarımızla\nMehmet Arslan\nArslan Hırdavat",
   [], "Manufacturer's warranty line marked as such (BSM309 exception).")
_m("reply", "html", "Ynt: Fatura bilgileri – {o}",
   "<p>Merhaba,</p><p>{o} numaralı siparişin faturasındaki firma unvanını elbette düzeltebiliriz; yalnızca yeni vergi numaranızı teyit etmeniz yeterli.</p><p>Saygılarımızla<br>Selin Koç<br>Müşteri İlişkileri Sorumlusu</p><p><small>Koç Ev Tekstili San. ve Tic. A.Ş., Bağdat Cad. No: 112/4, 34728 Kadıköy/İstanbul<br>Kadıköy V.D. – Vergi No: 9876543210<br>Mersis No: 0987654321000018</small></p>",
   [], "Reply with a Turkish company footer in <small>.")
_m("reply", "text", "Ynt: Kargom nerede? {o}",
   "Merhaba,\n\nkontrol ettim: {o} numaralı siparişin iade kodu RMA-2026-0412, iade kargonuz (takip no: 7309 8765 4321) bize 04.12.2026 saat 13.42'de ulaşmış. 1.249,90 TL'lik iadeyi en geç 09.12.2026'da başlatıyoruz.\n\nİyi günler\nOğuz, Bisiklet Durağı",
   [], "Reply with tracking/return numbers, dates, times and amounts.")

# ---------------- violations (31) ----------------
_m("reply", "text", "Ynt: Sipariş {o}",
   "Merhaba,\n\nmüjde – {o} numaralı siparişiniz depomuzdan çıktı, şu an size doğru yolda.\n\nSevgiler\nÇay Evi Demlik",
   ["BSM201"], "Parcel left the warehouse.")
_m("fulfillment-question", "html", "Sipariş {o}",
   "<p>Merhaba,</p><p>{o} numaralı siparişiniz elimize ulaştı, şu an hazırlanıyor. Paketlenir paketlenmez kargoya teslim edeceğiz.</p><p>Selamlar<br>Kırtasiye Kalem</p>",
   ["BSM201"], "Order received and being prepared.")
_m("reply", "text", "Teşekkürler! {o}",
   "Merhaba,\n\nbizi tercih ettiğiniz ve bize güvendiğiniz için çok teşekkür ederiz ({o}).\n\nSevgiyle\nSabun Atölyesi Lavanta",
   ["BSM202"], "Thanks only.")
_m("reply", "text", "Sipariş {o}",
   "Merhaba,\n\n{o} numaralı siparişinizle ilgili bir aksilik olursa buradayız.\n\nSaygılar\nKahve Değirmeni",
   ["BSM202"], "Only the offer to help if something comes up.")
_m("delivery-delay", "text", "Gecikme – {o}",
   "Merhaba,\n\n{o} numaralı siparişinizdeki ışık zincirleri tedarikçi gecikmesi yüzünden ancak 16.12.2026'da gönderilebilecek. Özür dileriz.\n\nSaygılarımızla\nIşık Dükkânı\n\nNot: Ay sonuna kadar tüm ürünlerde %20 indirim var, KIS20 kodunu kullanmanız yeterli.",
   ["BSM203"], "Promotional note with 20 % off everything.")
_m("reply", "text", "Ynt: Yastık kılıfının rengi – {o}",
   "Merhaba,\n\n{o} numaralı siparişteki “adaçayı” tonu gerçekte fotoğraftakinden biraz daha sıcak, ama gün ışığında tam açıklamadaki gibi görünüyor.\n\nBu tarz hoşunuza gidiyorsa Instagram'da bizi takip edin, bültenimize de abone olun – ocakta yeni keten koleksiyonumuz geliyor!\n\nSevgiler\nKeten Sepeti",
   ["BSM203"], "Follow us / newsletter / new collection.")
_m("review-request", "text", "Küçük bir ricamız var – {o}",
   "Merhaba,\n\n{o} numaralı siparişinizdeki mumların kokusunu beğendiğinizi umuyoruz. Amazon'da bir değerlendirme yazarsanız çok seviniriz; yorumunuz yayınlanınca teşekkür olarak size küçük bir hediye göndereceğiz.\n\nSevgiler\nMum Evi",
   ["BSM204"], "Small gift once the review is published.")
_m("review-request", "text", "Sipariş {o} – değerlendirme",
   "Merhaba,\n\nsize özel bir teklifimiz var: {o} numaralı siparişinizdeki kulaklık için yorum yazmanız yeterli, yorum yayına girdiği anda ödediğiniz tutarın tamamını iade ediyoruz.\n\nSaygılar\nSes Köşesi",
   ["BSM204"], "Full refund as soon as the review is online.")
_m("reply", "text", "Ynt: Şikâyet – {o}",
   "Merhaba,\n\n{o} numaralı siparişiniz için yeni pompa kargo şubesinde sizi bekliyor. Sorun çözüldüğüne göre, bir yıldızlı yorumunuzu güncellemeniz ya da kaldırmanız mümkün mü acaba?\n\nSaygılarımızla\nPedal Bisiklet",
   ["BSM205"], "Asks to update or remove a one-star review.")
_m("review-request", "text", "Berjeri beğendiniz mi? {o}",
   "Merhaba,\n\n{o} numaralı siparişinizdeki berjerden memnunsanız Amazon'da yorum yazmanız bizi çok mutlu eder. Bir sorun varsa lütfen yorum yapmak yerine önce bize yazın, mutlaka bir çözüm buluruz.\n\nSevgiler\nOturma Odası Mobilya",
   ["BSM206"], "Only if satisfied, otherwise contact the seller instead.")
_m("review-request", "html", "Sipariş {o}",
   "<p>Merhaba,</p><p>bıçak setini ({o}) tercih ettiğiniz için teşekkürler. Amazon'da bize beş yıldız verirseniz çok minnettar oluruz – küçük bir işletme için çok şey ifade ediyor.</p><p>Selamlar<br>Keskin Mutfak</p>",
   ["BSM206"], "Asks for five stars.")
_m("order-problem", "text", "[Önemli] Sipariş {o}",
   "Merhaba,\n\nmaalesef {o} numaralı siparişinizdeki espresso makinesi stokta kalmadı, toptancı modeli üretimden kaldırmış. Sipariş tutarını düzelttik; ama en hızlısı siparişi Amazon hesabınızdan kendiniz iptal etmeniz, böylece her şey hemen kapanır.\n\nÖzür dileriz\nKahve Köşesi",
   ["BSM108"], "Advises the buyer to cancel because stock ran out (amount adjusted).")
_m("order-problem", "text", "{o} numaralı siparişte sorun",
   "Merhaba,\n\nsistem iki sırt çantası gösteriyordu ama depoda tek bir tane bile kalmamış. {o} numaralı sipariş için bir iptal talebi oluşturabilirseniz çok memnun oluruz.\n\nKusura bakmayın\nGezgin Çanta",
   ["BSM107", "BSM108"], "Asks for a cancellation request; no amount adjustment.")
_m("delivery-delay", "text", "Sipariş {o} – yeni tarih",
   "Merhaba,\n\n{o} numaralı siparişinizdeki stor perdeler planladığımızdan bir hafta sonra, 15.12.2026'da gönderilecek.\n\nSaygılarımızla\nPerde Sarayı\n\nBizden mesaj almak istemiyorsanız IPTAL yazıp yanıtlayın.",
   ["BSM305"], "Reply-to-opt-out instruction.")
_m("reply", "text", "Ynt: Kargo nerede?? {o}",
   "Merhaba,\n\nhaklısınız, kargo firmasının bok gibi hizmeti yüzünden bu ay üçüncü kez paket kayboluyor. {o} numaralı siparişinizi firmayla araştırıyoruz, en geç yarın dönüş yapacağız.\n\nSaygılar\nOyun ve Yapboz Dükkânı",
   ["BSM306"], "Turkish profanity about the carrier.")
_m("delivery-delay", "text", "Order {o} – delay",
   "Hello,\n\nunfortunately your order {o} will ship a few days later than planned, on 14 December 2026. Sorry for any inconvenience.\n\nBest regards\nKehribar Team",
   ["BSM104"], "Whole message in English for a tr-TR buyer.")
_m("reply", "text", "Ynt: Montaj – {o}",
   "Merhaba,\n\ntelefonda konuşmak en kolayı – beni 0532 123 45 67'den arayabilirsiniz, 17.00'ye kadar ulaşılabilirim. Konu {o} numaralı sipariş.\n\nSelamlar\nKemal, Meşe Marangoz",
   ["BSM309"], "Seller's mobile number in national format.")
_m("additional-information", "html", "Sipariş {o} – ayrıntılar",
   "<p>Merhaba,</p><p>{o} numaralı siparişinizdeki kapı tabelasını üretebilmemiz için kapının ölçülerine ihtiyacımız var. Sorularınız için bize <strong>+90 212 555 12 34</strong> numarasından ulaşabilirsiniz.</p><p>Saygılarımızla<br>Gravür Atölyesi</p>",
   ["BSM309"], "Seller phone number in international format.")
_m("reply", "text", "Ynt: Hasar fotoğrafları – {o}",
   "Merhaba,\n\n{o} numaralı siparişteki kırık saksının fotoğraflarını doğrudan destek@seramikcamur.com.tr adresine gönderirseniz yenisini hemen hazırlarız.\n\nSaygılar\nSeramik Çamur",
   ["BSM308"], "Plain e-mail address.")
_m("reply", "text", "Ynt: Kurumsal fatura – {o}",
   "Merhaba,\n\n{o} numaralı siparişin fatura bilgilerini muhasebe et işareti aktar-baharat nokta com adresine iletirseniz muhasebecimiz faturayı hemen keser.\n\nSaygılar\nAktar Baharat",
   ["BSM308"], "Obfuscated address with 'et işareti' and 'nokta'.")
_m("reply", "html", "Ynt: Bakım – {o}",
   "<p>Merhaba,</p><p>{o} numaralı siparişinizdeki kesme tahtasını ayda bir yağlamanız yeterli. Daha fazla ipucunu <a href=\"https://www.ahsapmutfak.com.tr/blog/kesme-tahtasi-bakimi\">blogumuzdaki bakım rehberinde</a> bulabilirsiniz.</p><p>Selamlar<br>Ahşap Mutfak</p>",
   ["BSM302"], "https link to the seller's blog, descriptive text.")
_m("reply", "html", "Ynt: Kullanım kılavuzu – {o}",
   "<p>Merhaba,</p><p>{o} numaralı siparişinizdeki süpürgenin kılavuzu ürün sayfasında: <a href=\"http://www.amazon.com.tr/dp/B0D9J8K7L6\">süpürgenin Amazon.com.tr ürün sayfası</a>.</p><p>Saygılar<br>Temiz Ev</p>",
   ["BSM301"], "http link to Amazon with descriptive text.")
_m("review-request", "html", "Sipariş {o} – nasıl buldunuz?",
   "<p>Merhaba,</p><p><img src=\"https://gorsel.beyazsurahi.com.tr/urunler/beyaz-seramik-surahi-1lt.jpg\" alt=\"Beyaz seramik sürahi 1 lt\" width=\"300\"></p><p>{o} numaralı siparişinizdeki sürahiyi keyifle kullandığınızı umuyoruz. Dilerseniz Amazon'daki siparişiniz üzerinden değerlendirme bırakabilirsiniz.</p><p>Sevgiler<br>Beyaz Sürahi</p>",
   ["BSM310"], "Photo of the purchased product.")
_m("delivery-delay", "html", "Gecikme – {o}",
   "<p><img src=\"https://gorsel.surfdukkani.com.tr/stok/gun-batiminda-plaj.jpg\" alt=\"Gün batımında plaj\" width=\"400\"></p><p>Merhaba,</p><p>{o} numaralı siparişinizdeki dalış elbisesi 18.12.2026'da gönderilecek; M beden stoğunu bekliyoruz.</p><p>Selamlar<br>Dalga Sörf</p>",
   ["BSM311"], "Unrelated stock beach image.")
_m("invoice", "html", "Fatura – {o}",
   "<p><img src=\"https://gorsel.fidanlikgul.com.tr/fidanlik-gul-logo.png\" alt=\"\" width=\"150\"></p><p>Merhaba,</p><p>{o} numaralı siparişinize ait GUL/2026/311 numaralı fatura ektedir.</p><p>Saygılarımızla<br>Fidanlık Gül</p>",
   ["BSM402"], "Shop logo with empty alt.")
_m("delivery-delay", "text", "Sipariş {o}",
   "Selam,\n\n{o} numaralı siparişinizdeki yılbaşı kartları baskıdan sonra hâlâ kuruyor 🙂 Pazartesi, 14.12'de gönderiyoruz.\n\nSevgiler\nKâğıt Kuş",
   ["BSM403"], "Emoji.")
_m("reply", "text", "Ynt: Beden – {o}",
   "Merhaba,\n\nhiç merak etmeyin, {o} numaralı siparişteki bere yün ve biraz elastan karışımı, kafaya göre şekil alıyor :D Yine de küçük gelirse Amazon üzerinden değişim çok kolay.\n\nSevgiler\nÖrgü Evi",
   ["BSM403"], "Emoticon ':D'.")
_m("delivery-delay", "html", "Sipariş {o} – yeni tarih",
   "<style>.b1{font-size:24px}.b2{font-size:18px}.k1{font-size:12px}.k2{font-size:10px}</style><p class=\"b1\">Yeni gönderim tarihi</p><p class=\"b2\">Sipariş {o}</p><p>Merhaba, sehpanız 10.12.2026 yerine 17.12.2026'da gönderilecek.</p><p class=\"k1\">Gecikme için özür dileriz.</p><p class=\"k2\">Çam Mobilya</p>",
   ["BSM410"], "Four explicit sizes in a <style> block.")
_m("additional-information", "html", "Sipariş {o} – bir sorumuz var",
   "<p>Merhaba,</p><p>{o} numaralı siparişinizin teslimat adresinde daire numarası eksik.</p><p></p><p></p><p>Bize iletebilir misiniz?</p><p>Saygılar<br>Akvaryum Balık Evi</p>",
   ["BSM412"], "Empty paragraphs between paragraphs.")
_m("return-follow-up", "text", "[Önemli] İade – {o}",
   "Merhaba,\n\n{o} numaralı siparişin iadesi için kolide hangi ürünün bulunduğunu teyit eder misiniz? Bu bilgi olmadan iadeyi tamamlayamıyoruz.\n\nSaygılarımızla\nÇaydanlık Dükkânı",
   ["BSM110"], "[Önemli] on a non-critical return follow-up that is otherwise valid.")
_m("reply", "html", "Ynt: Ölçüler – {o}",
   "<p>Merhaba,</p><p>{o} numaralı siparişinizdeki kitaplığın tüm ölçüleri ürün açıklamasında yer alıyor, <a href=\"https://www.amazon.com.tr/dp/B0C3X4C5V6\">buraya tıklayın</a>.</p><p>Selamlar<br>Raf Ustası</p>",
   ["BSM401"], "Non-descriptive link text 'buraya tıklayın'.")

# ---------------- varying (2) ----------------
_m("delivery-scheduling", "html", "Teslimat saati – {o}",
   "<p>Merhaba,</p><p>{o} numaralı siparişinizdeki gardırobun teslimatı için size uyan saati aşağıdan seçebilirsiniz.</p><form><p>Tercih ettiğiniz saat: <input type=\"text\" name=\"saat\"></p><p><button type=\"submit\">Gönder</button></p></form><p>Saygılarımızla<br>Dolap Dünyası</p>",
   ["BSM312"], "Embedded form (active content).")
_m("reply", "text", "Ynt: Gecikme – {o}",
   "Merhaba,\n\nhaklısınız, kargo firması yine fucking bir rezalet çıkardı. {o} numaralı siparişinizin durumunu firmayla araştırıyoruz, yarın size net bir tarih vereceğiz.\n\nSaygılar\nTaş Fırın Mutfak",
   ["BSM306"], "English profanity inside a Turkish message.")
