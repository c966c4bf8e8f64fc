"""v32 evaluation messages, Turkish (tr)."""

_R = []


def _m(typ, fmt, subject, body, order_id, expected, note, locale="tr-TR"):
    _R.append({"id": "v32-tr-%03d" % (len(_R) + 1), "language": "tr", "locale": locale,
               "type": typ, "format": fmt, "subject": subject, "body": body,
               "order_id": order_id, "expected": sorted(expected), "note": note})


# 001 clean delivery delay, text
_m("delivery-delay", "text", "639-3058172-6624910 numaralı siparişinizde gecikme",
   "Merhaba Ayşe Hanım,\n\n639-3058172-6624910 numaralı siparişinizdeki el dokuması Uşak halısının son yıkama ve kurutma aşaması havaların nemli gitmesi nedeniyle uzadı. Halınızı ilan edilen tarihten birkaç gün sonra, 16 Aralık Çarşamba günü gönderebileceğiz.\n\nBu gecikme için özür dileriz. Yeni tarih size uymuyorsa lütfen bu mesaja yanıt verin.\n\nSaygılarımızla,\nUşak Halı Atölyesi",
   "639-3058172-6624910", [], "Plain-text delay notice with a new date, clean.")

# 002 clean delivery delay, html
_m("delivery-delay", "html", "Sipariş 639-7714093-2086351: yeni gönderim tarihi",
   "<p>Sayın Mehmet Bey,</p>\n<p><strong>639-7714093-2086351</strong> numaralı siparişinizdeki bakır cezve takımı, atölyemizde kalaylama işlemi beklediği için planlanandan geç hazırlanacak.</p>\n<table border=\"1\" cellpadding=\"6\" cellspacing=\"0\">\n<tr><td>İlk bildirilen gönderim</td><td>08.12.2026</td></tr>\n<tr><td>Yeni gönderim tarihi</td><td>14.12.2026</td></tr>\n</table>\n<p>Anlayışınız için teşekkür ederiz. Sorunuz olursa bu mesajı yanıtlayabilirsiniz.</p>\n<p>Saygılarımızla<br>Gaziantep Bakırcılar Çarşısı – Usta Bakırcı</p>",
   "639-7714093-2086351", [], "HTML delay notice with table, clean.")

# 003 clean order problem with [Önemli]
_m("order-problem", "text", "[Önemli] 639-1402867-5539216 numaralı siparişiniz gönderilemiyor",
   "Merhaba,\n\nÜzgünüz, 639-1402867-5539216 numaralı siparişinizdeki 2 kg fıstıklı baklavayı gönderemiyoruz: tatlı yolda bozulmasın diye yalnızca günlük üretim yapıyoruz ve bu haftaki üretimimiz tükendi.\n\nSipariş tutarının tamamı \"stok yok\" gerekçesiyle düzeltildi; sizden herhangi bir ücret alınmayacak.\n\nTekrar özür dileriz.\nİmam Tatlıcısı, Gaziantep",
   "639-1402867-5539216", [], "Order problem confirming full adjustment for no inventory; [Önemli] allowed on this type.")

# 004 clean additional information
_m("additional-information", "text", "İsim kolye siparişi 639-6258031-1974482 hakkında",
   "Merhaba Zeynep Hanım,\n\n639-6258031-1974482 numaralı isim kolyesi siparişinizde yazılacak isim alanı boş kalmış. Kolyeyi hazırlayabilmemiz için:\n\n- yazılacak ismi (en fazla 10 harf),\n- yazı stilini (el yazısı veya düz),\n- zincir uzunluğunu (40 ya da 45 cm)\n\nbu mesaja yanıt olarak iletir misiniz?\n\nİyi günler dileriz,\nGümüş Atölye Nilüfer",
   "639-6258031-1974482", [], "Asks for the name and options needed to make the necklace, clean.")

# 005 clean return follow-up partial refund
_m("return-follow-up", "html", "639-4470215-8813097 – iade talebiniz",
   "<p>Merhaba Can Bey,</p>\n<p>639-4470215-8813097 numaralı siparişinizdeki deri ceketin cebinde dikiş kaçığı olduğunu bildirdiniz. Ceketi geri göndermek yerine kullanmaya devam etmek isterseniz, size <b>450,00 TL</b> kısmi iade yapabiliriz.</p>\n<p>Ceketi iade edip tam geri ödeme almayı tercih ederseniz bu da mümkün. Hangisini seçtiğinizi bize yazmanız yeterli.</p>\n<p>Saygılarımızla<br>Deri Dünyası Bursa</p>",
   "639-4470215-8813097", [], "Return follow-up offering a partial refund, clean.")

# 006 clean return follow-up question
_m("return-follow-up", "text", "İade işlemi için bilgi – 639-0381946-4427753",
   "Merhaba,\n\n639-0381946-4427753 numaralı siparişinizdeki telefon kılıfı için iade talebinizi aldık. İadeyi tamamlayabilmemiz için hangi telefon modelini kullandığınızı ve kılıfın ambalajının açılıp açılmadığını öğrenmemiz gerekiyor.\n\nYanıtınızı aldıktan sonra iade sürecini hemen tamamlayacağız.\n\nİyi günler,\nKılıfçı Aksesuar",
   "639-0381946-4427753", [], "Return follow-up asking for information to complete the return, clean.")

# 007 clean invoice
_m("invoice", "text", "639-8826304-3150679 numaralı sipariş faturası",
   "Merhaba,\n\nŞirketiniz adına verdiğiniz 639-8826304-3150679 numaralı siparişe (espresso makinesi, 1 adet) ait FTR/2026/000348 numaralı e-arşiv faturayı ekte PDF olarak gönderiyoruz.\n\nMal bedeli: 12.499,17 TL\nKDV (%20): 2.499,83 TL\nToplam: 14.999,00 TL\n\nSatıcı: Kahve Ekipmanları Ticaret Ltd. Şti.\nKadıköy Vergi Dairesi, VKN 4810562937\nMersis No: 0481056293700014\nCaferağa Mah. Moda Cad. No: 45, 34710 Kadıköy/İstanbul\n\nSaygılarımızla,\nMuhasebe Birimi",
   "639-8826304-3150679", [], "Invoice with slashed number, VKN and Mersis numbers that are not phone numbers, clean.")

# 008 clean review request, text
_m("review-request", "text", "Çay bardağı takımınız hakkında görüşünüz – 639-2197458-7705126",
   "Merhaba,\n\n639-2197458-7705126 numaralı siparişinizle aldığınız ince belli çay bardağı takımı birkaç gündür sizde. Vaktiniz olursa ürünle ilgili değerlendirmenizi Amazon'da paylaşmanızdan memnuniyet duyarız; yorumlar diğer müşterilerin seçim yapmasına yardımcı oluyor.\n\nSaygılarımızla,\nPaşabahçe Sevdalıları Mağazası",
   "639-2197458-7705126", [], "Neutral text review request, clean.")

# 009 clean review request html with logo
_m("review-request", "html", "Baharatlarımız nasıldı? Sipariş 639-5563820-0948173",
   "<p><img src=\"https://cdn.epostakit.com/hesap/2281/misir-carsisi-baharat-logo.png\" alt=\"Mısır Çarşısı Baharat logosu\" width=\"170\" height=\"55\"></p>\n<p>Merhaba Elif Hanım,</p>\n<p>639-5563820-0948173 numaralı siparişinizdeki baharat setini denediyseniz, ürün hakkındaki düşüncelerinizi diğer alıcılarla paylaşabilirsiniz.</p>\n<p><a href=\"https://www.amazon.com.tr/review/create-review?asin=B0CQ8L2MZT\">Baharat seti için Amazon.com.tr'de değerlendirme yazın</a></p>\n<p>Sevgiyle,<br>Mısır Çarşısı Baharat</p>",
   "639-5563820-0948173", [], "HTML review request with shop logo and descriptive Amazon link, clean.")

# 010 clean delivery scheduling
_m("delivery-scheduling", "text", "Yemek masası takımı teslimat randevusu – 639-9034172-6681594",
   "Merhaba Hakan Bey,\n\n639-9034172-6681594 numaralı siparişinizdeki 8 kişilik masif yemek masası ve sandalyeler toplam 140 kg olduğundan, teslimatı kendi nakliye ekibimizle ve montajlı yapıyoruz. Uygun zaman dilimlerimiz:\n\n1) 17 Aralık Perşembe, 09:00-13:00\n2) 18 Aralık Cuma, 14:00-18:00\n3) 21 Aralık Pazartesi, 09:00-13:00\n\nSize uyan seçeneği ve binada asansör olup olmadığını yazarsanız randevuyu kesinleştiririz.\n\nİyi çalışmalar,\nİnegöl Mobilya Evi",
   "639-9034172-6681594", [], "Scheduling delivery of a heavy dining set with slots, clean.")

# 011 clean home service
_m("home-service-appointment", "html", "Kombi montaj randevusu – 639-3615098-2270847",
   "<p>Merhaba Selin Hanım,</p>\n<p>639-3615098-2270847 numaralı siparişinizle birlikte kombi montaj hizmeti satın aldınız. Yetkili teknisyenimiz aşağıdaki saatlerde gelebilir:</p>\n<ul>\n<li>15 Aralık Salı, 10.00–12.00</li>\n<li>16 Aralık Çarşamba, 15.00–17.00</li>\n</ul>\n<p>Montaj yaklaşık üç saat sürecek ve gaz açma işlemi için doğalgaz dağıtım şirketinin onayı gerekiyor. Hangi saatin uygun olduğunu bildirir misiniz?</p>\n<p>Saygılarımızla<br>Isı Teknik Ankara</p>",
   "639-3615098-2270847", [], "Home service appointment for boiler installation, clean.")

# 012 clean custom design
_m("custom-design-verification", "text", "Nikah şekeri etiket tasarımınız – 639-7482051-5096338",
   "Merhaba Büşra Hanım,\n\n639-7482051-5096338 numaralı siparişinizin nikah şekeri etiketleri için hazırladığımız taslağı ekte (etiket_taslak_b.pdf) bulabilirsiniz. Etikette \"Büşra & Emre – 12.02.2027\" yazıyor, zeminde ince bir zeytin dalı deseni var.\n\nİsimlerin ve tarihin yazımını kontrol edip onay verirseniz baskıya geçeceğiz. Değişiklik isterseniz ücretsiz düzenleriz.\n\nSevgiler,\nMutlu Gün Baskı Atölyesi",
   "639-7482051-5096338", [], "Design proof for printed labels, clean.")

# 013 clean door code
_m("fulfillment-question", "text", "Site giriş bilgisi – sipariş 639-0529316-8843705",
   "Merhaba,\n\n639-0529316-8843705 numaralı siparişinizdeki 20 kg kedi kumu paketlerini kapınıza kadar getirebilmemiz için sitenizin giriş şifresine veya güvenlikten hangi blok için izin alınacağına dair bilgiye ihtiyacımız var. Teslimat referansı: TSL-2026-55812, araç planı no: 7/B.\n\nBu mesaja yanıt olarak iletirseniz not alıyoruz.\n\nTeşekkürler,\nPatili Dostlar Pet Market",
   "639-0529316-8843705", [], "Gate code question with reference numbers, clean.")

# 014 clean reply quoting foreign product title
_m("reply", "text", "Ynt: Fincanlar bulaşık makinesine girer mi? 639-4806237-1159824",
   "Merhaba Deniz Bey,\n\n639-4806237-1159824 numaralı siparişinizdeki \"Espresso Tazza Set – Linea Classica\" porselen fincanlar bulaşık makinesinde yıkanabilir; yalnızca altın yaldızlı modeller elde yıkanmalı. Sizin aldığınız model düz beyaz olduğu için herhangi bir sakıncası yok.\n\nİyi kullanımlar,\nFincan Sepeti",
   "639-4806237-1159824", [], "Reply quoting an Italian product title inside Turkish sentences, clean.")

# 015 clean warranty hotline
_m("reply", "text", "Ynt: Süpürge şarj olmuyor – 639-1758390-6627041",
   "Merhaba Gökhan Bey,\n\n639-1758390-6627041 numaralı siparişinizdeki dikey süpürgenin şarj olmaması garanti kapsamındadır. Ürün iki yıl üretici garantisine sahip ve arıza kayıtları üreticinin yetkili servisleri üzerinden açılıyor.\n\nÜretici garanti ve servis hattı (Temizev Elektrikli Aletler): 444 7 836, hafta içi 09:00–18:00.\n\nAramadan önce faturanızı ve ürünün seri numarasını hazır bulundurmanızı öneririz.\n\nSaygılarımızla,\nBeyaz Eşya Noktası",
   "639-1758390-6627041", [], "Manufacturer's warranty line marked as such, clean.")

# 016 clean company footer
_m("reply", "html", "Ynt: Firma bilgileri – 639-6093542-3381460",
   "<p>Merhaba,</p>\n<p>639-6093542-3381460 numaralı siparişiniz için istediğiniz firma bilgilerimiz aşağıdadır. Faturanız da bu unvanla düzenlenmiştir.</p>\n<p>Saygılarımızla<br>Murat Aydın</p>\n<p><small>Zeytin Dalı Gıda San. ve Tic. A.Ş.<br>\nAtatürk Cad. No: 112, 10400 Ayvalık/Balıkesir<br>\nAyvalık Vergi Dairesi · VKN 9970318254<br>\nTicaret Sicil No: 4418 · Mersis No: 0997031825400019<br>\nÇalışma saatleri: Pazartesi–Cumartesi 08.30–17.30</small></p>",
   "639-6093542-3381460", [], "Reply with company-details footer, no phone or e-mail, clean.")

# 017 clean reply with return tracking
_m("reply", "text", "Ynt: İademin durumu nedir? 639-2364871-9056213",
   "Merhaba Esra Hanım,\n\n639-2364871-9056213 numaralı siparişinize ait iade paketiniz (kargo takip no 7301845529163, iade kodu IAD-26-0917) 1 Aralık saat 16.05'te iade depomuza ulaştı. 789,90 TL tutarındaki geri ödeme 2 Aralık'ta başlatıldı; bankanıza bağlı olarak hesabınıza yansıması 3–7 iş günü sürebilir.\n\nİyi günler dileriz,\nModa Sokak Butik",
   "639-2364871-9056213", [], "Reply with return tracking number, return code, date, time, amount; clean.")

# 018 BSM201 left warehouse
_m("fulfillment-question", "text", "Siparişiniz yola çıktı – 639-8150627-4473918",
   "Merhaba,\n\n639-8150627-4473918 numaralı siparişiniz bu sabah depomuzdan çıktı ve kargo firmasına teslim edildi. Zeytinyağlı sabunlarınız 1-2 iş günü içinde elinizde olur.\n\nSevgiyle,\nAyvalık Sabunhanesi",
   "639-8150627-4473918", ["BSM201"], "Shipment confirmation: left warehouse, handed to carrier.")

# 019 BSM201 received and preparing
_m("fulfillment-question", "html", "Siparişinizi aldık! 639-5907214-0652839",
   "<p>Merhaba Burak Bey,</p>\n<p>639-5907214-0652839 numaralı siparişiniz elimize ulaştı; lokumlarınızı şu anda özenle paketliyoruz.</p>\n<p>Afiyet olsun şimdiden,<br>Hacı Bekir Usulü Lokumcu</p>",
   "639-5907214-0652839", ["BSM201"], "Order received and being packed.")

# 020 BSM202 thanks only
_m("fulfillment-question", "text", "Teşekkürler – 639-3742085-6219074",
   "Değerli müşterimiz,\n\nBizi tercih ettiğiniz için gönülden teşekkür ederiz. Sizin gibi müşterilerimiz sayesinde küçük atölyemiz büyümeye devam ediyor.\n\nSaygılarımızla,\nSeramik Evi İznik\n\nSipariş no: 639-3742085-6219074",
   "639-3742085-6219074", ["BSM202"], "Thanks-only message; the order number adds no content.")

# 021 BSM202 only help offer
_m("fulfillment-question", "text", "639-0614938-2785106",
   "Merhaba,\n\nKamp sandalyenizle ilgili herhangi bir sorun yaşarsanız bize yazmanız yeterli, her zaman yardıma hazırız.\n\nKamp Ateşi Outdoor",
   "639-0614938-2785106", ["BSM202"], "Only offers help should a problem come up.")

# 022 BSM203 P.S. discount
_m("additional-information", "text", "Beden bilgisi – 639-7261503-5340987",
   "Merhaba Ece Hanım,\n\n639-7261503-5340987 numaralı siparişinizde pijama takımının bedeni seçilmemiş görünüyor. S, M ya da L bedenlerden hangisini göndermemizi istersiniz?\n\nİyi günler,\nPamuk Düşler\n\nNot: Yılbaşına kadar mağazamızdaki tüm ürünlerde %20 indirim var, göz atmayı unutmayın!",
   "639-7261503-5340987", ["BSM203"], "Info request with a 20% off P.S.")

# 023 BSM203 follow / newsletter / new collection
_m("delivery-delay", "html", "Sipariş 639-4128367-7095512 – kısa bir gecikme",
   "<p>Merhaba,</p>\n<p>639-4128367-7095512 numaralı siparişinizdeki el yapımı mum seti 15 Aralık'ta gönderilecek; kalıpların soğuması beklenenden uzun sürdü.</p>\n<p>Bu arada yeni kış koleksiyonumuz çok yakında yayında! Bizi Instagram'da takip edin, e-bültenimize kaydolun, yeniliklerden ilk siz haberdar olun.</p>\n<p>Sevgiler<br>Mum Işığı Atölye</p>",
   "639-4128367-7095512", ["BSM203"], "Delay notice with follow-us, newsletter and new collection.")

# 024 BSM204 small gift
_m("review-request", "html", "Görüşleriniz bizim için değerli – 639-9583016-1247730",
   "<p>Merhaba,</p>\n<p>639-9583016-1247730 numaralı siparişinizdeki el örgüsü bere hakkında Amazon'da bir değerlendirme yazarsanız çok seviniriz. Yorumunuz yayınlandığında teşekkür olarak küçük bir hediye, eşleşen bir atkı göndereceğiz.</p>\n<p>Sevgiyle<br>Örgü Sepeti</p>",
   "639-9583016-1247730", ["BSM204"], "Gift promised when the review is published.")

# 025 BSM204 full refund
_m("review-request", "text", "639-2830195-8861426 – size bir teklifimiz var",
   "Merhaba Oğuz Bey,\n\nBluetooth hoparlörünüzü beğendiyseniz de beğenmediyseniz de Amazon'a bir yorum yazmanızı rica ediyoruz. Yorumunuz sitede yayınlanır yayınlanmaz ödediğiniz tutarın tamamını iade edeceğiz.\n\nSipariş: 639-2830195-8861426\n\nSaygılarımızla,\nSes Dünyası",
   "639-2830195-8861426", ["BSM204"], "Full refund once the review is live.")

# 026 BSM205 change one-star review
_m("reply", "text", "Ynt: Kırık saksı – 639-6471920-3308155",
   "Merhaba Sevgi Hanım,\n\n639-6471920-3308155 numaralı siparişinizdeki kırık saksının ücretini tamamen iade ettik, yaşadığınız sorun için tekrar özür dileriz. Konu çözüldüğüne göre, bir yıldızlı yorumunuzu güncellemeyi ya da kaldırmayı düşünür müsünüz? Küçük bir işletme olarak bu yorum bize çok zarar veriyor.\n\nSaygılarımızla,\nToprak Saksı Atölyesi",
   "639-6471920-3308155", ["BSM205"], "Asks to update or remove a one-star review.")

# 027 BSM206 only if satisfied
_m("review-request", "text", "Ürününüzden memnun musunuz? 639-1097462-5528013",
   "Merhaba,\n\n639-1097462-5528013 numaralı siparişinizdeki kahve değirmeninden memnun kaldıysanız Amazon'da olumlu bir yorum bırakmanız bizi çok mutlu eder. Eğer bir sorun varsa lütfen yorum yazmadan önce bize ulaşın, hemen çözelim.\n\nSaygılarımızla,\nÖğüt Kahve Ekipmanları",
   "639-1097462-5528013", ["BSM206"], "Positive review only if satisfied; unhappy buyers diverted.")

# 028 BSM206 five stars
_m("review-request", "html", "Değerlendirme ricası – 639-8405731-0176294",
   "<p>Merhaba Tuba Hanım,</p>\n<p>639-8405731-0176294 numaralı siparişinizdeki bebek battaniyesini kullanmaya başladıysanız, ürüne Amazon'da 5 yıldız vermeniz bizim gibi küçük bir aile işletmesi için çok şey ifade eder.</p>\n<p>Saygılarımızla<br>Minik Kuzu Tekstil</p>",
   "639-8405731-0176294", ["BSM206"], "Asks for a five-star rating.")

# 029 BSM108 cancel yourself, with adjustment
_m("order-problem", "text", "639-5318640-9942071 numaralı sipariş – stok sorunu",
   "Merhaba,\n\n639-5318640-9942071 numaralı siparişinizdeki akıllı saat kordonunun stoğu maalesef tükendi ve gönderim yapamıyoruz. Sipariş tutarını stok yok gerekçesiyle düzelttik. İşlemin en hızlı kapanması için siparişi \"Siparişlerim\" sayfasından kendiniz iptal etmenizi öneririz.\n\nAnlayışınız için teşekkürler,\nKordon Market",
   "639-5318640-9942071", ["BSM108"], "Adjustment confirmed but buyer advised to cancel himself.")

# 030 BSM108 + BSM107
_m("order-problem", "html", "Siparişiniz hakkında bir rica – 639-0257493-6614388",
   "<p>Merhaba Kerem Bey,</p>\n<p>639-0257493-6614388 numaralı siparişinizdeki oyun koltuğu tedarikçimizde kalmadı ve yeni parti Şubat'tan önce gelmeyecek. Amazon üzerinden bir iptal talebi oluşturursanız çok memnun oluruz.</p>\n<p>Saygılarımızla<br>Oyuncu Köşesi</p>",
   "639-0257493-6614388", ["BSM107", "BSM108"], "Out of stock: asks for a cancellation request, no adjustment confirmed.")

# 031 BSM305 unsubscribe
_m("review-request", "text", "Yorumunuzu bekliyoruz – 639-4682159-2037746",
   "Merhaba,\n\n639-4682159-2037746 numaralı siparişinizdeki termal tayt hakkında Amazon'da bir değerlendirme yazarsanız memnun oluruz.\n\nSaygılarımızla,\nKoşu Dükkanı\n\nBu tür mesajları artık almak istemiyorsanız, yanıt olarak RET yazmanız yeterli; listemizden çıkarılırsınız.",
   "639-4682159-2037746", ["BSM305"], "Opt-out instruction: reply RET to stop messages.")

# 032 BSM306 profanity
_m("reply", "text", "Ynt: Paketim nerede? 639-7840326-1598203",
   "Selin Hanım,\n\n639-7840326-1598203 numaralı siparişinizin paketi kaybolmuş. Bu siktiğimin kargo şirketi yine her şeyi boka sardı. Yenisini pazartesi göndereceğiz.\n\nAlper\nTelefon Aksesuar Merkezi",
   "639-7840326-1598203", ["BSM306"], "Turkish profanity about the courier.")

# 033 BSM104 whole message in English
_m("home-service-appointment", "text", "Installation appointment – order 639-3927406-4451830",
   "Dear customer,\n\nYou booked wall mounting for the 65-inch TV in order 639-3927406-4451830. Our technician can come on Tuesday, 15 December, between 10:00 and 12:00, or on Thursday, 17 December, between 14:00 and 16:00. Please reply with the slot that suits you.\n\nBest regards,\nEkran Montaj Hizmetleri",
   "639-3927406-4451830", ["BSM104"], "Whole message in English to a tr-TR buyer.")

# 034 BSM309 national mobile
_m("delivery-scheduling", "text", "Çamaşır makinesi teslimatı – 639-6584201-7723069",
   "Merhaba Fatma Hanım,\n\n639-6584201-7723069 numaralı siparişinizdeki çamaşır makinesini 19 Aralık Cumartesi 10:00-14:00 arasında getirebiliriz. Farklı bir saat isterseniz şoförümüz Hasan Bey'i 0532 418 27 63 numaradan arayabilirsiniz.\n\nİyi günler,\nBeyaz Dünya Mağazaları",
   "639-6584201-7723069", ["BSM309"], "Driver's mobile number in national format.")

# 035 BSM309 international
_m("return-follow-up", "html", "İade – 639-2041958-3365172",
   "<p>Merhaba,</p>\n<p>639-2041958-3365172 numaralı siparişinizdeki kulaklığın iadesini tamamlamak için kutunun içindeki şarj kablosunun da gönderilip gönderilmeyeceğini bilmemiz gerekiyor. Dilerseniz bizi <b>+90 216 555 48 21</b> numaradan da arayabilirsiniz.</p>\n<p>Saygılarımızla<br>Teknoloji Pazarı</p>",
   "639-2041958-3365172", ["BSM309"], "Seller phone number in international format.")

# 036 BSM308 plain email
_m("delivery-delay", "text", "Gecikme bildirimi – 639-8713520-0486917",
   "Merhaba,\n\n639-8713520-0486917 numaralı siparişinizdeki çocuk bisikleti tedarikçiden geç geldiği için 16 Aralık'ta gönderilecek. Sorularınız için destek@cocukbisikleti-dukkani.com.tr adresine yazabilirsiniz.\n\nSaygılarımızla,\nÇocuk Bisikleti Dükkanı",
   "639-8713520-0486917", ["BSM308"], "Plain e-mail address in a delay notice.")

# 037 BSM308 obfuscated et
_m("custom-design-verification", "text", "Logo baskı onayı – 639-5196084-2218350",
   "Merhaba Serkan Bey,\n\n639-5196084-2218350 numaralı siparişinizdeki baskılı kupalar için tasarım önizlemesini ekte gönderiyoruz. Logonuzun daha yüksek çözünürlüklü bir dosyası varsa tasarim et kupabaski nokta com adresine iletebilirsiniz.\n\nİyi çalışmalar,\nKupa Baskı Atölyesi",
   "639-5196084-2218350", ["BSM308"], "E-mail obfuscated with 'et' and 'nokta'.")

# 038 BSM302 https to seller site
_m("additional-information", "html", "Ölçü bilgisi gerekiyor – 639-0938275-6649102",
   "<p>Merhaba,</p>\n<p>639-0938275-6649102 numaralı siparişinizdeki özel ölçü perde için pencere genişliğini santimetre olarak bildirir misiniz?</p>\n<p>Dikim sürecimizi merak ederseniz <a href=\"https://www.perdeevim.com.tr/atolyemiz\">Perde Evim web sitesindeki atölye sayfamıza</a> göz atabilirsiniz.</p>\n<p>Saygılarımızla<br>Perde Evim</p>",
   "639-0938275-6649102", ["BSM302"], "Descriptive https link to the seller's own workshop page, not needed for the order.")

# 039 BSM301 http to Amazon
_m("reply", "html", "Ynt: Garanti belgesi – 639-4357016-8890243",
   "<p>Merhaba,</p>\n<p>639-4357016-8890243 numaralı siparişinizdeki blender için garanti belgesi kutunun içinde yer alıyor. Siparişinizin ayrıntılarını <a href=\"http://www.amazon.com.tr/gp/your-account/order-history\">Amazon.com.tr sipariş geçmişiniz</a> üzerinden de görebilirsiniz.</p>\n<p>Saygılarımızla<br>Mutfak Aletleri Deposu</p>",
   "639-4357016-8890243", ["BSM301"], "Descriptive Amazon link over http.")

# 040 BSM310 product image
_m("reply", "html", "Ynt: Kesme tahtası hangi ağaçtan? 639-7125903-4402861",
   "<p>Merhaba Gizem Hanım,</p>\n<p>639-7125903-4402861 numaralı siparişinizdeki kesme tahtası tek parça ceviz ağacından yapılmıştır ve yalnızca gıdaya uygun mineral yağ ile yağlanmıştır.</p>\n<p><img src=\"https://cdn.epostakit.com/hesap/6634/ceviz-kesme-tahtasi.jpg\" alt=\"Ceviz kesme tahtası\" width=\"320\" height=\"220\"></p>\n<p>Sevgiler<br>Ahşap Hediyelik</p>",
   "639-7125903-4402861", ["BSM310"], "Photo of the purchased cutting board embedded in a reply.")

# 041 BSM311 unrelated image
_m("review-request", "html", "Tatil keyfi – 639-2916748-5073324",
   "<p>Merhaba,</p>\n<p>639-2916748-5073324 numaralı siparişinizdeki plaj havlusunu Amazon'da değerlendirmek isterseniz çok seviniriz.</p>\n<p><img src=\"https://cdn.epostakit.com/stok/bodrum-gun-batimi.jpg\" alt=\"Bodrum'da gün batımı\" width=\"400\" height=\"250\"></p>\n<p>Saygılarımızla<br>Havlu Dünyası Denizli</p>",
   "639-2916748-5073324", ["BSM311"], "Stock sunset photo unrelated to the shop.")

# 042 BSM402 logo without alt
_m("invoice", "html", "Faturanız ekte – 639-6230849-1185597",
   "<p><img src=\"https://cdn.epostakit.com/hesap/1190/kirtasiye-kalem-logo.png\" width=\"150\" height=\"48\"></p>\n<p>Merhaba,</p>\n<p>639-6230849-1185597 numaralı siparişinize ait faturayı ekte bulabilirsiniz.</p>\n<p>Saygılarımızla<br>Kalem Kırtasiye</p>",
   "639-6230849-1185597", ["BSM402"], "Shop logo image without alt attribute.")

# 043 BSM403 emoji
_m("reply", "text", "Ynt: Mama kaç günlük? 639-1804365-7759012",
   "Merhaba 😊\n\n639-1804365-7759012 numaralı siparişinizdeki 15 kg kuru mama, 10 kg'lık bir köpek için yaklaşık 50 gün yetiyor 🐶\n\nSevgiler,\nMama Kapında",
   "639-1804365-7759012", ["BSM403"], "Emoji in a reply.")

# 044 BSM403 emoticon
_m("delivery-scheduling", "html", "Buzdolabı teslimatı – 639-3469102-2637485",
   "<p>Merhaba Emre Bey,</p>\n<p>639-3469102-2637485 numaralı siparişinizdeki buzdolabını 18 Aralık Cuma 13:00-17:00 veya 21 Aralık Pazartesi 09:00-13:00 arasında teslim edebiliriz. Hangisi size uygun? :D</p>\n<p>Saygılarımızla<br>Soğuk Zincir Beyaz Eşya</p>",
   "639-3469102-2637485", ["BSM403"], "Emoticon ':D'.")

# 045 BSM410 four sizes
_m("return-follow-up", "html", "İade bilgisi – 639-9072548-3814469",
   "<style>\n.baslik { font-size: 26px; }\n.alt-baslik { font-size: 19px; }\n.metin { font-size: 15px; }\n.dipnot { font-size: 11px; }\n</style>\n<p class=\"baslik\">İade talebiniz</p>\n<p class=\"alt-baslik\">Sipariş 639-9072548-3814469</p>\n<p class=\"metin\">Matkap ucu setinin iadesini tamamlamak için setin eksiksiz olup olmadığını bildirir misiniz?</p>\n<p class=\"dipnot\">Usta Hırdavat</p>",
   "639-9072548-3814469", ["BSM410"], "Four font sizes in a style block.")

# 046 BSM412 empty paragraphs
_m("additional-information", "html", "Adres teyidi – 639-5639210-0927156",
   "<p>Merhaba,</p>\n<p>639-5639210-0927156 numaralı siparişinizin adresinde daire numarası eksik. Yanıt olarak iletebilir misiniz?</p>\n<p></p>\n<p>&nbsp;</p>\n<p></p>\n<p>Saygılarımızla<br>Yatak Odası Tekstil</p>",
   "639-5639210-0927156", ["BSM412"], "Empty paragraphs between paragraphs.")

# 047 BSM110 [Önemli] on return follow-up
_m("return-follow-up", "text", "[ÖNEMLİ] İadeniz için kısmi geri ödeme teklifi – 639-8271036-4496520",
   "Merhaba Nazlı Hanım,\n\n639-8271036-4496520 numaralı siparişinizdeki vazodaki küçük çizik nedeniyle, vazoyu iade etmeden 150 TL kısmi geri ödeme teklif ediyoruz. Uygunsa bize yazmanız yeterli.\n\nSaygılarımızla,\nCam Sanat Evi",
   "639-8271036-4496520", ["BSM110"], "[Önemli] in the subject of a return follow-up.")

# 048 BSM401 bare URL
_m("review-request", "text", "Değerlendirmeniz – 639-0783514-6652308",
   "Merhaba,\n\n639-0783514-6652308 numaralı siparişinizdeki yoga bloğu hakkında fikirlerinizi paylaşmak isterseniz:\nhttps://www.amazon.com.tr/review/create-review?asin=B0D2YG5BLK\n\nİyi antrenmanlar,\nDenge Yoga Malzemeleri",
   "639-0783514-6652308", ["BSM401"], "Bare https Amazon URL as link text.")

# 049 vary: insecure image
_m("delivery-delay", "html", "Sipariş 639-4015827-3381946 – yeni tarih",
   "<p><img src=\"http://cdn.epostakit.com/hesap/7741/kitap-kurdu-sahaf-logo.png\" alt=\"Kitap Kurdu Sahaf\" width=\"160\" height=\"50\"></p>\n<p>Merhaba,</p>\n<p>639-4015827-3381946 numaralı siparişinizdeki ikinci el ansiklopedi seti ciltlemeden geç döndüğü için 17 Aralık'ta gönderilecek. Anlayışınız için teşekkür ederiz.</p>\n<p>Saygılarımızla<br>Kitap Kurdu Sahaf</p>",
   "639-4015827-3381946", ["BSM413"], "Shop logo loaded over http.")

# 050 vary: wide margins
_m("additional-information", "html", "Renk seçimi – 639-1548739-8025613",
   "<div style=\"padding: 0 140px;\">\n<p>Merhaba,</p>\n<p>639-1548739-8025613 numaralı siparişinizdeki kadife puf için renk seçimi yapılmamış. Hardal, zümrüt yeşili ve antrasit seçeneklerinden hangisini istersiniz?</p>\n<p>Saygılarımızla<br>Puf ve Minder Atölyesi</p>\n</div>",
   "639-1548739-8025613", ["BSM405"], "140px horizontal padding on each side.")

MESSAGES = _R
