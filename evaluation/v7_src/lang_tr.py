# Turkish (tr-TR) blind evaluation messages, v7.
L, LOC = "tr", "tr-TR"
MESSAGES = []


def _oid(n):
    return "114-%07d-%07d" % (8402000 + n * 89, 2931000 + n * 457)


def m(n, typ, fmt, subject, body, expected, note, oid=None):
    o = oid or _oid(n)
    MESSAGES.append({
        "id": "v7-tr-%03d" % n, "language": L, "locale": LOC, "type": typ, "format": fmt,
        "subject": subject.replace("{o}", o), "body": body.replace("{o}", o),
        "order_id": o, "expected": sorted(expected), "note": note,
    })


# ---- clean ----
m(1, "delivery-delay", "text", "{o} numaralı siparişinizde gecikme",
  "Merhaba Ayşe Hanım,\n\n{o} numaralı siparişinizdeki el dokuması kilim, boyahanedeki yoğunluk nedeniyle söz verdiğimiz tarihte hazır olamayacak. Kargoya veriliş tarihini 07.12.2026 yerine 11.12.2026 Cuma olarak planlıyoruz.\n\nYaşattığımız gecikme için özür dileriz. Yeni tarih size uymazsa bu mesaja yanıt vermeniz yeterli.\n\nSaygılarımızla\nMehmet Aydın\nAnadolu Kilim Atölyesi, Uşak",
  [], "Plain-text delivery delay from a small workshop.")
m(2, "delivery-delay", "html", "Sipariş {o} – teslimat tarihi değişikliği",
  "<p>Sayın Müşterimiz,</p><p>sipariş ettiğiniz <strong>Demlik Seti Lale</strong> (sipariş no: {o}) tedarikçimizden geç ulaşacağı için gönderimi ertelenmiştir.</p><table><tr><td>İlk planlanan tarih:</td><td>08.12.2026</td></tr><tr><td>Yeni tarih:</td><td>14.12.2026</td></tr></table><p>Anlayışınız için teşekkür ederiz.</p><p>Müşteri Hizmetleri<br>Çaycı Dükkânı Ltd. Şti.</p>",
  [], "Builder HTML delay with a date table, no styling.")
m(3, "order-problem", "text", "[Önemli] Stok sorunu – sipariş {o}",
  "Merhaba,\n\nsipariş ettiğiniz iki yastık kılıfından biri (renk: zümrüt yeşili) maalesef stoklarımızda kalmadığı için gönderilemeyecek. {o} numaralı siparişinizin tutarı 349,90 TL düşülerek düzeltildi; iade birkaç iş günü içinde hesabınıza yansıyacaktır. Diğer kılıf planlandığı gibi gönderilecek.\n\nYaşanan aksaklık için özür dileriz.\n\nElif Kaya\nEvim Tekstil",
  [], "Order problem with [Önemli] tag and confirmed amount adjustment.")
m(4, "additional-information", "text", "Gravür bilgisi – sipariş {o}",
  "Merhaba Burak Bey,\n\n{o} numaralı siparişinizdeki saatin arkasına kazıyacağımız yazıyı (en fazla 30 karakter) ve düz mü yoksa italik mi olmasını istediğinizi bize iletebilir misiniz?\n\nBu bilgi olmadan siparişi hazırlamaya başlayamıyoruz; bu mesajı yanıtlamanız yeterli.\n\nİyi günler dileriz\nZaman Gravür, İzmir",
  [], "Request for engraving text needed to complete the order.")
m(5, "return-follow-up", "text", "İade talebiniz hakkında – {o}",
  "Merhaba,\n\nsırt çantasındaki tokada çizik olduğu için iade talebi oluşturduğunuzu gördük. Çantayı geri göndermek yerine elinizde tutmak isterseniz 300,00 TL kısmi iade yapabiliriz. Yine de tam iade tercih ederseniz süreç normal şekilde devam eder.\n\nHangi seçeneği tercih ettiğinizi yazmanız yeterli.\n\nSaygılarımızla\nCan Öztürk\nDoğa Çanta",
  [], "Return follow-up offering a partial refund.")
m(6, "return-follow-up", "text", "Kahve makinesi iadesi – eksik bilgi ({o})",
  "Merhaba,\n\n{o} numaralı siparişteki kahve makinesinin iadesini tamamlayabilmemiz için cihazın altındaki etikette yazan seri numarasını (SN ile başlar) paylaşabilir misiniz? Üretici nezdindeki iade kaydı için gerekiyor.\n\nTeşekkürler\nSelin Demir\nKahve Köşesi",
  [], "Return follow-up asking for information needed to complete the return.")
m(7, "invoice", "text", "{o} numaralı siparişinizin faturası – FTR/2026/12/0457",
  "Merhaba,\n\n{o} numaralı siparişinize ait FTR/2026/12/0457 numaralı e-Arşiv faturanız ektedir. Fatura tutarı: 4.249,90 TL (KDV %20 dahil, KDV tutarı 708,32 TL).\n\nSaygılarımızla\nMuhasebe Birimi\n\nTekno Ev Aletleri San. ve Tic. A.Ş.\nBağdat Cad. No: 118/4, 34728 Kadıköy/İstanbul\nKadıköy V.D. – Vergi No: 8370123456\nMersis No: 0837012345600015 | Ticaret Sicil No: 456789",
  [], "Invoice with Vergi No, Mersis, Ticaret Sicil and a slashed invoice number.")
m(8, "review-request", "text", "Bıçak setiniz nasıl? Sipariş {o}",
  "Merhaba,\n\n{o} numaralı siparişinizdeki bıçak seti teslim edileli bir hafta oldu. Vaktiniz olursa ürünle ilgili deneyiminizi Amazon'da bir değerlendirme olarak paylaşmanızı rica ederiz; olumlu ya da olumsuz her yorum diğer alıcılara yol gösteriyor.\n\nSevgiler\nKeskin Mutfak",
  [], "Neutral plain-text review request.")
m(9, "review-request", "html", "Deneyiminizi paylaşır mısınız? Sipariş {o}",
  "<p><img src=\"https://static.hamakdunyasi.com.tr/logo-hamak-dunyasi.png\" alt=\"Hamak Dünyası logosu\" width=\"160\"></p><p>Merhaba,</p><p>{o} numaralı siparişinizle aldığınız hamak hakkında düşüncelerinizi paylaşmak isterseniz, ürün değerlendirmeniz bizim için çok değerli; eleştiri de dahil.</p><p><a href=\"https://www.amazon.com.tr/review/create-review?asin=B0C7TR2190\">Amazon'da ürün değerlendirmesi yazın</a></p><p>Saygılarımızla<br>Hamak Dünyası</p>",
  [], "HTML review request with shop logo and descriptive Amazon link.")
m(10, "delivery-scheduling", "text", "Gardırop teslimatı için randevu – {o}",
  "Merhaba Kemal Bey,\n\n{o} numaralı siparişinizdeki gardırop yaklaşık 120 kg olduğundan kendi nakliye ekibimizle teslim edilecek. Uygun zaman aralıklarımız:\n\n- 10.12.2026 Perşembe, 08:00–12:00\n- 11.12.2026 Cuma, 12:00–16:00\n- 14.12.2026 Pazartesi, 16:00–20:00\n\nSize uyan aralığı ve kaçıncı katta oturduğunuzu, binada asansör olup olmadığını yazar mısınız?\n\nİyi çalışmalar\nZeynep Arslan\nArslan Mobilya",
  [], "Delivery scheduling with dates and time slots.")
m(11, "home-service-appointment", "text", "Kurulum randevusu – sipariş {o}",
  "Merhaba,\n\n{o} numaralı siparişinizdeki bulaşık makinesinin kurulumu için teknisyenimiz 16.12.2026 Çarşamba 09:00–11:00 ya da 17.12.2026 Perşembe 13:00–15:00 saatleri arasında gelebilir. Hangisi size uygun?\n\nKurulum Ekibi\nBeyaz Eşya Montaj Ankara",
  [], "Home-service appointment with two slots.")
m(12, "custom-design-verification", "html", "Baskı tasarımınız onayınızı bekliyor – {o}",
  "<p>Merhaba Deniz Hanım,</p><p>fotoğrafınız ve \"Dünyanın En İyi Babaannesi\" yazısıyla hazırladığımız kupa tasarımı ektedir. Lütfen yazımı ve yerleşimi kontrol edin; onayınızın ardından {o} numaralı siparişinizin baskısına başlayacağız.</p><p>Ek: tasarim_{o}.pdf</p><p>Sevgiler<br>Kupa Atölyesi</p>",
  [], "Custom design proof for approval.")
m(13, "fulfillment-question", "text", "Kapı şifresi gerekiyor – sipariş {o}",
  "Merhaba,\n\n{o} numaralı siparişinizdeki saksıları Cuma günü kendi şoförümüz getirecek; Ihlamur Sok. No: 12 adresindeki binanın dış kapısı şifreli. Kapı şifresini bize yazabilir misiniz? Yanıtınızda REF-2026/4471 referans numarasını ve TR-88213 güzergâh numarasını belirtmeniz yeterli.\n\nTeşekkürler\nYeşil Balkon",
  [], "Door-code question with reference numbers.")
m(14, "reply", "text", "Ynt: Ayakkabı numarası – {o}",
  "Merhaba,\n\n{o} numaralı siparişinizdeki \"Trail Runner Pro GTX\" modeli Amerikan numaralandırmasına göre üretiliyor; 26 cm ayak uzunluğu için US 9 öneriyoruz. Küçük gelirse seve seve değiştiririz.\n\nİyi koşular\nEmre, Koşu Dükkanı",
  [], "Reply quoting an English product title inside Turkish sentences.")
m(15, "reply", "text", "Ynt: Matkap çalışmıyor – sipariş {o}",
  "Merhaba Hasan Bey,\n\n{o} numaralı siparişinizdeki matkap, üreticinin iki yıllık garantisi kapsamındadır. En hızlı çözüm için üretici Voltar'ın garanti destek hattını arayabilirsiniz: 0850 222 40 80 (hafta içi 08:00–17:00). Aramadan önce faturanızı hazır bulundurmanızı rica ederiz.\n\nSaygılarımızla\nUsta Hırdavat",
  [], "Reply giving the manufacturer's warranty line, marked as such.")
m(16, "reply", "text", "Ynt: Fatura bilgileri – {o}",
  "Merhaba,\n\nfirma bilgilerinizi istediğiniz şekilde güncelledik; {o} numaralı siparişe ait düzeltilmiş fatura yarın düzenlenecek.\n\nSaygılarımızla\nMüşteri Hizmetleri\n\nKırtasiye Dünyası Ltd. Şti.\nAtatürk Bulvarı No: 5, 06420 Çankaya/Ankara\nÇankaya V.D. – Vergi No: 5830001122\nMersis No: 0583000112200019",
  [], "Reply with a company footer with tax and registry numbers.")
m(17, "reply", "text", "Ynt: İadem ne durumda? {o}",
  "Merhaba,\n\niade paketiniz (iade kodu RMA-2026-0912, gönderi takip no 7312 4456 8890 12) 03.12.2026 saat 14:25'te depomuza ulaştı. 1.189,90 TL tutarındaki iadeniz 04.12.2026'da başlatıldı; en geç 10.12.2026'ya kadar hesabınızda görünecektir.\n\nİyi günler\nBuse Yıldız\nModa Vitrin",
  [], "Reply with return and tracking numbers, dates, times and amounts.")

# ---- violations ----
m(18, "fulfillment-question", "text", "Siparişiniz {o} yola çıktı",
  "Merhaba,\n\n{o} numaralı siparişinizin paketi bugün depomuzdan çıktı ve Yurtiçi Kargo'ya teslim edildi. 1–2 iş günü içinde elinizde olur.\n\nSağlıklı günler\nŞifa Aktar",
  ["BSM201"], "Shipping confirmation: left the warehouse, handed to the carrier.")
m(19, "additional-information", "text", "Siparişiniz alındı – {o}",
  "Merhaba,\n\n{o} numaralı siparişiniz elimize ulaştı, şu anda hazırlıyoruz. Bir sorun olursa size haber veririz.\n\nOyuncak Kutusu Ekibi",
  ["BSM201"], "Order confirmation: received and being prepared.")
m(20, "review-request", "text", "Teşekkürler! ({o})",
  "Merhaba,\n\n{o} numaralı siparişiniz ve bizi tercih ettiğiniz için çok teşekkür ederiz.\n\nSevgilerle\nIhlamur Butik",
  ["BSM202"], "Thanks-only message.")
m(21, "fulfillment-question", "text", "Sipariş {o}",
  "Merhaba,\n\n{o} numaralı siparişinizle ilgili herhangi bir sorun olursa buradayız, yazmanız yeterli.\n\nBahçe Otları",
  ["BSM202"], "Only an offer to help if anything comes up.")
m(22, "delivery-delay", "text", "Sipariş {o} – yeni gönderim tarihi",
  "Merhaba,\n\n{o} numaralı siparişinizdeki eldivenler üreticideki yılbaşı tatili nedeniyle 12.12.2026 yerine 18.12.2026'da gönderilecek. Gecikme için özür dileriz.\n\nSaygılarımızla\nSporMarket\n\nNot: Yıl sonuna kadar tüm ürünlerimizde %20 indirim var.",
  ["BSM203"], "Permitted delay with a note advertising 20% off all products.")
m(23, "reply", "text", "Ynt: Perde rengi – {o}",
  "Merhaba,\n\nevet, {o} numaralı siparişinizdeki perdeler fotoğraftaki \"adaçayı\" tonunda.\n\nTarzımızı beğendiyseniz bizi Instagram'da takip edin ve bültenimize abone olun; ocak ayında yepyeni keten koleksiyonumuz geliyor.\n\nSevgiler\nKeten Ev",
  ["BSM203"], "Reply inviting to follow, subscribe and see a new collection.")
m(24, "review-request", "text", "Görüşleriniz – sipariş {o}",
  "Merhaba,\n\nkahve makinesiyle ilgili deneyiminizi Amazon'da bir değerlendirmeyle paylaşırsanız çok seviniriz. Değerlendirmeniz yayınlanır yayınlanmaz teşekkür olarak size küçük bir hediye, taze kavrulmuş kahve paketi göndereceğiz.\n\nSaygılarımızla\nKavurma Evi",
  ["BSM204"], "Small gift once the review is published.")
m(25, "review-request", "text", "Size özel bir teklif – {o}",
  "Selam,\n\nkulaklık için Amazon'a bir değerlendirme yazın, yorumunuz yayına girdiği anda {o} numaralı siparişin tüm tutarını size iade edelim. Sadece ekran görüntüsünü göndermeniz yeterli.\n\nSes Deposu",
  ["BSM204"], "Full refund once the review is online.")
m(26, "reply", "text", "Ynt: Su ısıtıcı şikâyeti – sipariş {o}",
  "Merhaba Fatma Hanım,\n\nyeni su ısıtıcınız elinize ulaştı, umarız artık sorunsuz çalışıyordur. Sorun çözüldüğüne göre bir yıldızlı değerlendirmenizi güncellemeniz ya da kaldırmanız mümkün mü? Bizim için çok önemli.\n\nSaygılarımızla\nElektro Ev",
  ["BSM205"], "Asks to update or remove a one-star review.")
m(27, "review-request", "text", "Memnun kaldınız mı? {o}",
  "Merhaba,\n\n{o} numaralı siparişinizdeki masa lambasından memnunsanız Amazon'da bir değerlendirme bırakmanızı rica ederiz. Memnun kalmadıysanız lütfen değerlendirme yazmak yerine önce bize yazın, mutlaka bir çözüm buluruz.\n\nIşık Tasarım",
  ["BSM206"], "Review asked only from satisfied buyers; unhappy ones steered away.")
m(28, "review-request", "html", "Fikriniz bizim için önemli – {o}",
  "<p>Merhaba,</p><p>{o} numaralı siparişinizdeki sırt çantasının doğa yürüyüşlerinde işinize yaradığını umuyoruz. Amazon'da bize beş yıldız verirseniz çok mutlu oluruz; küçük bir işletme için büyük destek.</p><p>Sevgiler<br>Dağ Yolu</p>",
  ["BSM206"], "Asks for five stars.")
m(29, "order-problem", "text", "[Önemli] Sipariş {o} – stok tükendi",
  "Merhaba,\n\nsipariş ettiğiniz mutfak robotu paketlenmeden önce maalesef tükendi. {o} numaralı siparişinizin tutarı düzeltildi. En kolayı, siparişi Amazon hesabınızdaki Siparişlerim bölümünden kendiniz iptal etmeniz; böylece her şey hemen kapanır.\n\nÖzür dileriz\nMutfak Sepeti",
  ["BSM108"], "Advises buyer to cancel because of no stock; adjustment confirmed.")
m(30, "order-problem", "text", "Siparişinizle ilgili sorun – {o}",
  "Merhaba,\n\n{o} numaralı siparişinizdeki oyuncak toptancımızda tükendi. İptal talebi oluşturursanız çok memnun oluruz.\n\nSaygılarımızla\nMasal Oyuncak",
  ["BSM107", "BSM108"], "Asks for a cancellation request without confirming an adjustment.")
m(31, "delivery-delay", "text", "Gönderim gecikmesi – {o}",
  "Merhaba,\n\n{o} numaralı siparişinizdeki boyalar planladığımızdan iki gün sonra, 14.12.2026 Pazartesi gönderilecek.\n\nSaygılarımızla\nSanat Malzemecisi\n\nBizden mesaj almak istemiyorsanız DUR yazıp yanıtlayın.",
  ["BSM305"], "Opt-out instruction: reply DUR.")
m(32, "reply", "text", "Ynt: Paketim nerede?! {o}",
  "Ahmet Bey,\n\nbu konuda üçüncü kez yazıyorsunuz, ne diyeceğimizi bilmiyoruz, siktir edin artık şu mesajları. {o} numaralı siparişin durumunu Amazon hesabınızdan görebilirsiniz.\n\nBisiklet Durağı",
  ["BSM306"], "Turkish profanity in a reply.")
m(33, "delivery-delay", "text", "Order {o} – delay",
  "Hello,\n\nunfortunately the desk lamp from order {o} will be dispatched on 14 December instead of 10 December because of a supplier delay. We apologise for the inconvenience.\n\nBest regards\nIşıkçı Team",
  ["BSM104"], "Entire message in English to a tr-TR buyer.")
m(34, "reply", "text", "Ynt: Raf montajı – {o}",
  "Merhaba,\n\n{o} numaralı siparişinizdeki rafın montajını telefonda konuşmak daha kolay olur; bizi her gün 09:00–18:00 arası 0532 123 45 67 numarasından arayabilirsiniz.\n\nSaygılarımızla\nRafçı Mobilya",
  ["BSM309"], "Seller's mobile number in national format.")
m(35, "additional-information", "text", "Teslimat adresi – sipariş {o}",
  "Merhaba,\n\nteslimat adresinizde daire numarası eksik. Bu mesajı yanıtlayarak tamamlayabilir ya da müşteri hizmetlerimizi +90 212 345 67 89 numarasından arayabilirsiniz.\n\nSaygılarımızla\nDekor Stüdyo",
  ["BSM309"], "Seller's customer-service number in international format.")
m(36, "reply", "text", "Ynt: Kurumsal fatura – {o}",
  "Merhaba,\n\n{o} numaralı sipariş için kurumsal fatura düzenleyebiliriz; firma bilgilerinizi fatura@bahcemarket.com.tr adresine göndermeniz yeterli.\n\nSaygılarımızla\nBahçe Market",
  ["BSM308"], "Plain e-mail address.")
m(37, "reply", "text", "Ynt: Hasar fotoğrafları – {o}",
  "Merhaba,\n\n{o} numaralı siparişteki kırık saksının fotoğraflarını destek et seramikatolyesi nokta com nokta tr adresine gönderirseniz doğrudan ilgili arkadaşımıza ulaşır.\n\nSaygılarımızla\nSeramik Atölyesi",
  ["BSM308"], "Obfuscated e-mail address with 'et' and 'nokta'.")
m(38, "reply", "html", "Ynt: Kesme tahtası bakımı – {o}",
  "<p>Merhaba,</p><p>{o} numaralı siparişinizdeki kesme tahtasını ayda bir zeytinyağıyla yağlamanız yeterli. Daha fazla öneri için <a href=\"https://www.ahsapkoy.com.tr/bakim-rehberi\">Ahşapköy web sitesindeki ahşap bakım rehberine</a> göz atabilirsiniz.</p><p>Saygılarımızla<br>Ahşapköy</p>",
  ["BSM302"], "https link with descriptive text to the seller's own site.")
m(39, "reply", "html", "Ynt: Kullanım kılavuzu – {o}",
  "<p>Merhaba,</p><p>{o} numaralı siparişinizdeki ısıtıcının kullanım kılavuzu ürün açıklamasında yer alıyor: <a href=\"http://www.amazon.com.tr/dp/B0D4TR8812\">Amazon'daki ürün sayfası ve kullanım kılavuzu</a>.</p><p>Saygılarımızla<br>Sıcak Köşe</p>",
  ["BSM301"], "Insecure http link to Amazon.")
m(40, "delivery-delay", "html", "Gecikme – sipariş {o}",
  "<p>Merhaba,</p><p>su ısıtıcınız 11.12.2026 yerine 15.12.2026'da gönderilecek.</p><p><img src=\"https://cdn.mutfakcim.com.tr/urunler/celik-su-isitici-17l.jpg\" alt=\"Çelik su ısıtıcı 1,7 L\" width=\"240\"></p><p>{o} numaralı siparişinizdeki gecikme için özür dileriz.<br>Mutfakçım</p>",
  ["BSM310"], "Photo of the purchased product.")
m(41, "review-request", "html", "Değerlendirmeniz – sipariş {o}",
  "<p><img src=\"https://cdn.epostatasarim.com.tr/stok/sahil-gun-batimi.jpg\" alt=\"Gün batımında sahil\" width=\"300\"></p><p>Merhaba,</p><p>vaktiniz olursa {o} numaralı siparişinizdeki ürünü Amazon'da değerlendirmenizi rica ederiz.</p><p>Saygılarımızla<br>Güneş Butik</p>",
  ["BSM311"], "Stock beach image unrelated to the shop.")
m(42, "delivery-delay", "html", "Yeni gönderim tarihi – {o}",
  "<p><img src=\"https://static.orguatolyesi.com.tr/logo-orgu-atolyesi.png\" alt=\"\" width=\"150\"></p><p>Merhaba,</p><p>{o} numaralı siparişinizdeki kazağı elde örüyoruz; 17.12.2026'da gönderilecek.</p><p>Sevgiler<br>Örgü Atölyesi</p>",
  ["BSM402"], "Shop logo with empty alt.")
m(43, "delivery-delay", "text", "Ufak bir gecikme – {o}",
  "Merhaba!\n\n{o} numaralı siparişinizdeki sweatshirt planladığımızdan iki gün sonra, 12.12.2026'da yola çıkacak 😅 Sabrınız için teşekkürler! 💙\n\nGiyim Köşesi Ekibi",
  ["BSM403"], "Emoji in a delivery delay.")
m(44, "reply", "text", "Ynt: Eldiven bedeni – {o}",
  "Merhaba Gizem Hanım,\n\n{o} numaralı siparişinizdeki eldivenler biraz bol kalıp, S beden rahatlıkla olur :) Olmazsa değiştiririz ;-)\n\nSevgiler\nNur, Yün Dünyası",
  ["BSM403"], "Text emoticons.")
m(45, "delivery-delay", "html", "Gönderim tarihi değişti – {o}",
  "<style>h1{font-size:24px} h2{font-size:18px} p{font-size:14px} .altbilgi{font-size:11px}</style><h1>Gönderim gecikmesi</h1><h2>Sipariş {o}</h2><p>Merhaba, siparişiniz 12.12.2026 yerine 16.12.2026'da gönderilecek. Özür dileriz.</p><p class=\"altbilgi\">Ev ve Bahçe A.Ş.</p>",
  ["BSM410"], "Four explicit font sizes in a style block.")
m(46, "delivery-delay", "html", "Sipariş {o} – gecikme",
  "<p>Merhaba,</p><p></p><p></p><p>{o} numaralı siparişinizdeki battaniye 15.12.2026'da gönderilecek.</p><p></p><p></p><p>Gecikme için özür dileriz.</p><p>Saygılarımızla<br>Battaniye Evi</p>",
  ["BSM412"], "Empty paragraphs between paragraphs in HTML.")
m(47, "return-follow-up", "text", "[Önemli] İadeniz – sipariş {o}",
  "Merhaba,\n\n{o} numaralı siparişinizin iadesini tamamlayabilmemiz için ürünün kutusunun da gönderilip gönderilmeyeceğini yazabilir misiniz?\n\nSaygılarımızla\nOyun Dükkânı",
  ["BSM110"], "[Önemli] tag on a return follow-up.")
m(48, "review-request", "html", "Değerlendirme – sipariş {o}",
  "<p>Merhaba,</p><p>vaktiniz olursa {o} numaralı siparişinizdeki ürün hakkında görüşlerinizi paylaşmanızı rica ederiz: <a href=\"https://www.amazon.com.tr/review/create-review?asin=B0B9TR7731\">buraya tıklayın</a></p><p>Saygılarımızla<br>Çay Evi</p>",
  ["BSM401"], "Non-descriptive 'buraya tıklayın' link text.")

# ---- varying ----
m(49, "review-request", "html", "Görüşleriniz – sipariş {o}",
  "<p><a href=\"https://www.yorganci.com.tr\"><img src=\"https://static.yorganci.com.tr/logo-yorganci.png\" alt=\"Yorgancı logosu\" width=\"160\"></a></p><p>Merhaba,</p><p>vaktiniz olursa {o} numaralı siparişinizdeki yorganı Amazon'da değerlendirmenizi rica ederiz.</p><p>Saygılarımızla<br>Yorgancı</p>",
  ["BSM302", "BSM304"], "Shop logo linked to the shop's website.")
m(50, "delivery-scheduling", "html", "Teslimat günü seçimi – {o}",
  "<p>Merhaba,</p><p>{o} numaralı siparişinizdeki koltuk takımı için lütfen size uygun teslimat gününü seçin:</p><form><input type=\"date\" name=\"teslimat_tarihi\"><button type=\"submit\">Gönder</button></form><p>Saygılarımızla<br>Koltuk Sarayı</p>",
  ["BSM312"], "Embedded HTML form.")
