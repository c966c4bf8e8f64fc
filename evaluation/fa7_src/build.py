#!/usr/bin/env python3
"""Builds and validates fa7.jsonl: a blind evaluation set of Amazon buyer-seller messages.

120 Turkish and 10 each in nl, en, de, fr, it, es, pl, sv; labels from rules.md. No dependencies."""
# Turkish messages for fa7. Each: (type, format, subject, body, expected, note). {oid} = order id.
R, AI, FQ, RF, INV, RR, DS, HS, CD, DD, OP = ("reply", "additional-information", "fulfillment-question",
    "return-follow-up", "invoice", "review-request", "delivery-scheduling", "home-service-appointment",
    "custom-design-verification", "delivery-delay", "order-problem")

TR = [
# ---------------- clean: short replies ----------------
(R, "text", "Re: Ürün ölçüsü ({oid})",
 "Merhaba, sorunuz için teşekkürler. Ürün 40x60 cm'dir. İyi günler.",
 [], "clean: three-sentence reply giving a size, opened with thanks and closed with a good wish"),
(R, "text", "Re: Uyumluluk sorusu - sipariş {oid}",
 "Merhabalar,\n\nEvet, bu kılıf iPhone 15 ile uyumludur; iPhone 15 Pro ile uyumlu değildir.\n\nİyi günler dileriz.\nKılıfçı Deniz",
 [], "clean: short compatibility answer with a shop signature"),
(R, "text", "Re: Kumaş içeriği",
 "Merhaba,\n\nSipariş {oid} kapsamındaki nevresim takımı %100 pamuktur; bilgi iç etikette de yazmaktadır. Sorunuz için teşekkür ederiz!\n\nSevgiler,\nPamuk Evi",
 [], "clean: material answer, order number only in the body, warm sign-off"),
(R, "text", "Re: Üretim yeri - {oid}",
 "Sayın Müşterimiz,\n\nSorduğunuz tepsi, Gaziantep'teki atölyemizde el işçiliğiyle üretilmektedir.\n\nBilgilerinize arz ederiz.\n\nSaygılarımızla,\nAntep Bakır Atölyesi",
 [], "clean: very formal register (Sayın, arz ederiz) answering a question about origin"),
(R, "text", "Re: Yıkama talimatı ({oid})",
 "Merhaba, kazak 30 derecede elde yıkanmalı ve düz bir zeminde kurutulmalıdır. Kurutma makinesinde kurutmayınız. Kolay gelsin!",
 [], "clean: care instructions with an imperative and 'Kolay gelsin!'"),
(R, "text", "Re: Stok durumu {oid}",
 "Merhaba,\n\nSorduğunuz lacivert renk şu anda stokta bulunmuyor; tedarikçimiz 15 Aralık civarında yeniden gönderim yapacak.\n\nBilginize sunarız.\nEv Tekstil Gül",
 [], "clean: stock answer to the buyer's question (no promotion)"),
(R, "text", "Re: Renk hakkında - {oid}",
 "Merhabalar, ürün fotoğraftakinden bir ton açıktır; bej ile krem arası bir renktir. İyi çalışmalar.",
 [], "clean: colour answer, 'İyi çalışmalar' closing"),
(R, "text", "Re: Kutu içeriği {oid}",
 "Merhaba\nÜrün 2 adet şarj kablosu ile birlikte gelir, adaptör dahil değildir\nİyi günler",
 [], "clean: terse marketplace style, lines without final punctuation"),
(R, "text", "Re: Masa ölçüleri ({oid})",
 "Merhaba,\n\nSorduğunuz ölçüler şöyledir:\n- Genişlik: 80 cm\n- Derinlik: 45 cm\n- Yükseklik: 75 cm\n\nBaşka bir sorunuz olursa yazabilirsiniz.\nKaya Mobilya",
 [], "clean: dashed list of dimensions followed by an offer to answer more questions"),
(R, "html", "Re: Ampul sorusu - {oid}",
 "<p>Merhaba Elif Hanım,</p><p>Sorunuz için çok teşekkür ederiz. Bu lamba E27 duy kullanır ve 60 W'a kadar ampulle çalışır.</p><p>Her zaman hizmetinizdeyiz.<br>Işık Dünyası</p>",
 [], "clean: HTML reply on bulb compatibility, thanks and 'hizmetinizdeyiz' around one fact"),
(R, "text", "Re: Garanti ({oid})",
 "Merhaba,\n\nÜrünümüz 2 yıl üretici garantilidir. Garanti belgesi kutunun içinde, kullanım kılavuzunun arasındadır.\n\nİyi günler dileriz.",
 [], "clean: warranty-period answer"),
(R, "text", "Re: Valiz ağırlığı {oid}",
 "Merhaba, valiz boşken 3,2 kg'dır ve kabin boyutu 55x40x20 cm'dir. Keyifli yolculuklar dileriz!",
 [], "clean: weight and size answer with a decimal comma and an exclamation"),
(R, "text", "Re: Şarj aleti uyumluluğu - {oid}",
 "Merhaba,\n\nBu şarj aleti USB-C girişli cihazlarla çalışır. Cihazınızın modelini yazarsanız kesin bilgi verebiliriz.\n\nTeşekkürler,\nVolt Aksesuar",
 [], "clean: compatibility answer plus a request for the device model"),
(R, "text", "Re: İade süresi ({oid})",
 "Merhaba,\n\nİade süreniz teslimattan itibaren 30 gündür. İadeyi Amazon hesabınızdaki Siparişlerim bölümünden başlatabilirsiniz.\n\nİyi günler.",
 [], "clean: answer to a return question in a reply"),
(R, "text", "Re: Yıkama - {oid}",
 "Merhaba! Evet, masa örtüsü makinede 40 derecede yıkanabilir. Ütülerken orta ısı kullanmanızı öneririz. Güzel günlerde kullanın!",
 [], "clean: care answer with exclamation marks and a warm wish"),
(R, "text", "Re: Battaniye ölçüsü {oid}",
 "Kolay gelsin, battaniye 150x200 cm, ağırlığı yaklaşık 1,5 kg'dır. İyi akşamlar dileriz.",
 [], "clean: two-sentence reply opening with 'Kolay gelsin'"),
(R, "html", "Re: Beden tablosu ({oid})",
 "<p>Merhaba,</p><p>Bu modelin beden ölçüleri şöyledir:</p><ul><li>S: göğüs 92 cm</li><li>M: göğüs 98 cm</li><li>L: göğüs 104 cm</li></ul><p>Sorunuz için teşekkür ederiz, iyi günler!</p>",
 [], "clean: HTML reply with a size list"),
(R, "text", "Re: Filtre uyumluluğu - Sipariş No {oid}",
 "Sayın Ahmet Bey,\n\nSipariş ettiğiniz su filtresi, 2019 ve sonrası üretilen 70 cm genişliğindeki buzdolabı modellerine uyumludur. Cihazınızın kapağının iç kısmındaki etikette yer alan model kodunu iletirseniz uyumluluğu ayrıca teyit ederiz.\n\nSaygılarımızla,\nFiltre Merkezi",
 [], "clean: formal compatibility answer with a request for the model code"),
(R, "text", "Re: Pil sorusu {oid}",
 "Merhaba, ürünün içinde pil bulunmuyor; 2 adet AA pil gerekiyor. İyi günler.",
 [], "clean: very short answer about batteries"),
(R, "text", "Re: İçerik ({oid})",
 "Merhabalar,\n\nSabunlarımız zeytinyağı bazlıdır ve parfüm içermez. Hassas ciltlerde de kullanılabilir.\n\nSağlıklı günler dileriz,\nDefne Sabunevi",
 [], "clean: ingredient answer with 'Sağlıklı günler dileriz'"),
(R, "text", "Re: Yüzük ölçüsü - {oid}",
 "Merhaba, yüzüğün iç çapı 17 mm'dir, yani\n54 numaraya denk gelir. İyi günler.",
 [], "clean: line break inside a sentence in a short reply"),
(R, "text", "Re: Halı tabanı {oid}",
 "Merhaba,\n\nHalının tabanı kaymaz değildir; parke üzerinde kullanacaksanız altına bir kaydırmaz ped koymanızı öneririz.\n\nİyi çalışmalar,\nLoom Halı",
 [], "clean: product-use advice without promotion"),
(R, "text", "Re: Kahve ({oid})",
 "Merhaba,\nkahve çekirdek halindedir, öğütülmüş değildir. Son tüketim tarihi paketin altında yazar.\nAfiyet olsun!",
 [], "clean: lower-case line start after the greeting, food answer"),
(R, "text", "Re: Kordon değişimi - {oid}",
 "Sayın Müşterimiz,\n\nSaatin kordonu 20 mm genişliğindedir ve standart pimlerle değiştirilebilir.\n\nHer türlü sorunuz için hizmetinizdeyiz.\n\nSaygılarımızla,\nZaman Saat",
 [], "clean: a fact framed by formal help offer"),
(R, "html", "Re: Kullanım sorusu {oid}",
 "<p>Merhaba,</p><p>Blender'ın hazne kapağı kilitlenmeden motor çalışmaz; bu bir güvenlik özelliğidir. Kapağı saat yönünde çevirip tık sesini duyduğunuzda cihaz çalışacaktır.</p><p>İyi günlerde kullanmanızı dileriz.<br>Mutfak Sepeti</p><p><small>Mutfak Sepeti - İzmir</small></p>",
 [], "clean: HTML reply explaining use, with a small footer"),
(R, "text", "Re: Kablo uzunluğu {oid}",
 "Merhaba, kablo 1,8 metre. Teşekkürler, iyi günler",
 [], "clean: minimal terse reply with one fact and no final punctuation"),
# ---------------- clean: requests for information ----------------
(AI, "text", "Sipariş {oid}: gravür metni",
 "Merhaba,\n\nKolyenize yazılacak ismi bize yazar mısınız? En fazla 12 harf sığmaktadır.\n\nTeşekkürler,\nGümüş Atölye",
 [], "clean: asks for the engraving text ('bize yazar mısınız')"),
(RF, "text", "İadeniz hakkında - {oid}",
 "Merhaba,\n\nİade sürecini tamamlayabilmemiz için ürünün hasarlı kısmının bir fotoğrafını bu mesaja yanıt olarak iletmenizi rica ederiz.\n\nAnlayışınız için teşekkür ederiz.\nBahar Züccaciye",
 [], "clean: return follow-up asking for a photo of the damage ('rica ederiz')"),
(AI, "text", "Kılıf siparişiniz ({oid})",
 "Merhaba, doğru kılıfı hazırlayabilmemiz için telefonunuzun tam modelini bildirebilir misiniz? Teşekkürler.",
 [], "clean: asks for the device model ('-ebilir misiniz')"),
(AI, "text", "Yüzük ölçünüz - {oid}",
 "Merhaba,\n\nLütfen yüzük ölçünüzü numara olarak bu mesaja yanıt vererek iletin. Ölçü elimize ulaştığında üretime başlayacağız.\n\nİyi günler,\nAltın Eller",
 [], "clean: imperative 'lütfen ... iletin' request for a ring size"),
(AI, "text", "Sipariş No: {oid}",
 "Sayın Müşterimiz,\n\nSiparişinizdeki kapı plakasına basılacak yazıyı tarafımıza iletmenizi rica ederiz.\n\nGereğini bilgilerinize arz ederiz.\n\nSaygılarımızla,\nPlaka Dünyası",
 [], "clean: very formal request for the plate text"),
(FQ, "text", "Teslimat adresi - {oid}",
 "Merhaba,\n\nTeslimat adresinizde daire numarası görünmüyor. Kuryenin paketi teslim edebilmesi için daire numaranızı yazar mısınız?\n\nTeşekkür ederiz.",
 [], "clean: fulfillment question about a missing flat number"),
(AI, "text", "Kurumsal fatura bilgisi ({oid})",
 "Merhaba,\n\nKurumsal fatura talebiniz için firma unvanınızı ve vergi dairenizi iletebilir misiniz?\n\nKolay gelsin,\nOfis Market",
 [], "clean: asks for company details for an invoice"),
(RF, "text", "İade - eksik parça ({oid})",
 "Merhaba,\n\nİade ettiğiniz kutuda şarj cihazı bulunmuyordu. Cihazı ayrı bir paketle gönderdiyseniz bize bildirir misiniz? Bu bilgi iadenizi tamamlamamız için gerekli.\n\nTeşekkürler,\nTekno Köşe",
 [], "clean: return follow-up asking for information needed to complete the return"),
(RF, "text", "Kısmi iade teklifi - {oid}",
 "Merhaba,\n\nBildirdiğiniz çizik için üzgünüz. Ürünü iade etmek yerine elinizde tutmak isterseniz 150 TL kısmi iade yapabiliriz. Teklifi kabul edip etmediğinizi yazmanız yeterli.\n\nİyi günler dileriz.",
 [], "clean: partial refund offer"),
(RF, "html", "Sipariş {oid} - iade talebiniz",
 "<p>Sayın Kerem Bey,</p><p>İade talebinizi inceledik. Kapaktaki küçük ezik nedeniyle, ürünü iade göndermeden kullanmaya devam etmeniz halinde ödediğiniz tutarın %20'sini iade etmeyi teklif ediyoruz.</p><p>Bu teklifi kabul ediyorsanız mesajı yanıtlamanız yeterlidir; tercih etmezseniz iade süreci normal şekilde devam edecektir.</p><p>Saygılarımızla,<br>Demir Ev Gereçleri</p>",
 [], "clean: formal HTML partial refund offer"),
(RF, "text", "İade nedeni hakkında {oid}",
 "Merhabalar, iade nedeni olarak 'eksik parça' seçmişsiniz. Hangi parçanın eksik olduğunu yazabilir misiniz? İyi çalışmalar.",
 [], "clean: short return question"),
(CD, "text", "Tasarım onayı - {oid}",
 "Merhaba,\n\nTasarım provanız ekte. Yazı ve renkler uygunsa 'onaylıyorum' yazmanız yeterli; değişiklik isterseniz lütfen belirtin.\n\nTeşekkürler,\nBaskı Evi",
 [], "clean: design proof to approve"),
(CD, "html", "Kişiye özel kupanız ({oid})",
 "<p>Merhaba Selin Hanım,</p><p>Kupanızın baskı provasını ekte gönderiyoruz. Lütfen şu noktaları kontrol edin:</p><ul><li>İsimlerin yazımı</li><li>Tarih: 14.02.2026</li><li>Kalp motifinin yeri</li></ul><p>Onayınızı aldıktan sonra baskıya geçeceğiz.</p><p>Sevgiyle,<br>Kupa Atölyesi</p>",
 [], "clean: HTML proof with a checklist and a date"),
(CD, "text", "{oid} prova",
 "Merhaba\nprova ekte\nonay verirseniz yarın baskıya giriyor\niyi günler",
 [], "clean: terse proof message, no capitals or punctuation"),
(AI, "text", "Renk seçimi - {oid}",
 "Merhaba,\n\nSiparişinizde renk seçimi yapılmamış görünüyor. Mavi mi yeşil mi istediğinizi yazar mısınız?\n\nTeşekkürler!",
 [], "clean: asks the buyer to choose a colour"),
(AI, "text", "Perde ölçüleri ({oid})",
 "Sayın Müşterimiz,\n\nPerdenizi dikebilmemiz için pencerenizin genişlik ve yüksekliğini santimetre olarak iletmenizi rica ederiz.\n\nSaygılarımızla,\nPerde Sarayı",
 [], "clean: asks for window dimensions"),
(FQ, "text", "Site girişi - sipariş {oid}",
 "Merhaba,\n\nKuryemiz sitenizin güvenlik girişinde blok adını sormaktadır. Teslimatın yapılabilmesi için blok adınızı bize iletebilir misiniz?\n\nİyi günler.",
 [], "clean: fulfillment question about a gated site"),
(AI, "text", "Pasta süsü yazısı - {oid}",
 "Merhaba,\n\nPasta süsünüzdeki yazıyı şöyle anladık: 'İyi ki doğdun Zeynep'. Doğru mu, teyit eder misiniz?\n\nSevgiler,\nSüs Dükkanı",
 [], "clean: asks to confirm the custom text"),
(AI, "html", "Sipariş {oid}: eksik bilgi",
 "<p>Merhabalar,</p><p>Siparişinizi hazırlayabilmemiz için aşağıdaki bilgiye ihtiyacımız var:</p><ul><li>Monogram için baş harfleriniz</li><li>İplik rengi: altın veya gümüş</li></ul><p>Bilgileri bu mesaja yanıt olarak gönderebilirsiniz.</p><p>Teşekkürler,<br>Nakış Evi</p>",
 [], "clean: HTML list of information needed"),
# ---------------- clean: delays ----------------
(DD, "text", "Gönderim gecikmesi - {oid}",
 "Merhaba,\n\nSiparişinizdeki ürün tedarikçimizden geç ulaştığı için gönderim 3 iş günü gecikecek. Yeni tahmini gönderim tarihi 11 Aralık'tır.\n\nAnlayışınız için teşekkür ederiz.\nNar Ev",
 [], "clean: delay with a new ship date (future, not a confirmation)"),
(DD, "html", "Siparişinizde gecikme ({oid})",
 "<p>Sayın Müşterimiz,</p><p>Yoğun talep nedeniyle siparişiniz planlanandan geç hazırlanacaktır. Ürününüzün 18 Aralık 2026 tarihinde gönderilmesi öngörülmektedir.</p><p>Yaşanan gecikme için özür diler, anlayışınız için teşekkür ederiz.</p><p>Saygılarımızla,<br>Ege Seramik</p>",
 [], "clean: formal HTML delay"),
(DD, "text", "{oid} gecikme",
 "Merhaba\nürün 2 gün geç gönderilecek, yeni tarih 9 Aralık\nkusura bakmayın",
 [], "clean: terse delay without punctuation"),
(DD, "text", "Hava koşulları nedeniyle gecikme - {oid}",
 "Merhaba,\n\nBölgemizdeki yoğun kar yağışı nedeniyle çıkışlar durdu. Siparişinizin gönderimi yaklaşık 2 gün gecikecektir; yollar açılır açılmaz ürününüzü göndereceğiz.\n\nAnlayışınız için çok teşekkürler, sıcak günler dileriz!",
 [], "clean: weather delay, will ship as soon as possible"),
(DD, "text", "El yapımı ürününüz ({oid})",
 "Merhaba,\n\nEl yapımı sepetinizin örülmesi atölyemizdeki yoğunluk nedeniyle bir hafta daha sürecek. Ürün 20 Aralık'ta gönderime hazır olacak.\n\nSabrınız için teşekkür ederiz,\nHasır Atölye",
 [], "clean: handmade production delay"),
(DD, "text", "Sipariş {oid} - yeni gönderim tarihi",
 "Merhabalar,\n\nDepo taşımamız nedeniyle siparişiniz 12 Aralık yerine 15 Aralık'ta gönderilecektir.\nTeslimat süresi bu tarihten itibaren 1-2 iş günüdür.\n\nİyi çalışmalar dileriz.",
 [], "clean: delay with a line break inside the paragraph"),
# ---------------- clean: invoices ----------------
(INV, "text", "Faturanız - {oid}",
 "Merhaba,\n\nSiparişinize ait faturayı ekte bulabilirsiniz.\n\nİyi günler dileriz,\nNar Ev",
 [], "clean: one-sentence invoice message"),
(INV, "html", "Sipariş {oid} faturası",
 "<p>Sayın Müşterimiz,</p><p>Siparişinize ait e-Arşiv faturanız ekte bilgilerinize sunulmuştur. Fatura No: NRE2026/000481.</p><p>Saygılarımızla,<br>Nar Ev Tekstil Ltd. Şti.</p><p><small>Vergi Dairesi: Bursa Osmangazi - Vergi No: 6310427785</small></p>",
 [], "clean: HTML invoice with an invoice number and a labelled tax number in a small footer (not a phone number)"),
(INV, "text", "Kurumsal faturanız ({oid})",
 "Merhaba,\n\nİstediğiniz şekilde firma adınıza düzenlenen faturayı ekte gönderiyoruz. Bilgilerde bir hata görürseniz düzeltip yeniden göndereceğiz.\n\nKolay gelsin,\nOfis Market",
 [], "clean: corporate invoice sent on request"),
(INV, "text", "Fatura {oid}",
 "Merhaba, faturanız ekte. İyi günler",
 [], "clean: two-sentence terse invoice"),
# ---------------- clean: scheduling and appointments ----------------
(DS, "text", "Teslimat randevusu - {oid}",
 "Merhaba,\n\nDolabınız büyük boyutlu olduğu için teslimat gününü sizinle belirlememiz gerekiyor. 10 Aralık Perşembe için 09.00-12.00 veya 13.00-17.00 aralıklarından hangisi size uygun?\n\nTeşekkürler,\nKaya Mobilya",
 [], "clean: delivery slot question with time ranges"),
(DS, "html", "Koltuk teslimatı ({oid})",
 "<p>Merhaba Murat Bey,</p><p>Koltuk takımınızın teslimatı için aşağıdaki tarihlerden birini seçmenizi rica ederiz:</p><ul><li>Salı, 8 Aralık, 10.00-14.00</li><li>Çarşamba, 9 Aralık, 14.00-18.00</li></ul><p>Apartmanınızda asansör olup olmadığını da yazarsanız ekibimizi ona göre planlarız.</p><p>İyi günler,<br>Rahat Koltuk</p>",
 [], "clean: HTML scheduling with slot list and a question about the lift"),
(DS, "text", "Beyaz eşya teslimatı - {oid}",
 "Sayın Müşterimiz,\n\nÇamaşır makinenizin teslimatı için size uygun bir gün ve saat aralığını bildirmenizi rica ederiz. Teslimatlar hafta içi 09.00 ile 18.00 arasında yapılmaktadır.\n\nSaygılarımızla,\nBeyaz Dünya",
 [], "clean: formal scheduling request"),
(DS, "text", "{oid} teslimat günü",
 "Merhaba\nyatak teslimatı için cumartesi sabah uygun mu\nolmazsa pazartesi öğleden sonra gelebiliriz",
 [], "clean: terse scheduling question"),
(HS, "text", "Montaj randevusu - {oid}",
 "Merhaba,\n\nSatın aldığınız gardırobun montajı için ekibimiz 12 Aralık Cumartesi 10.00-12.00 arasında gelebilir. Bu saat size uyuyorsa onaylamanızı, uymuyorsa başka bir zaman önermenizi rica ederiz.\n\nİyi çalışmalar,\nKaya Mobilya Montaj",
 [], "clean: home-service appointment proposal"),
(HS, "html", "Klima kurulumu ({oid})",
 "<p>Merhaba,</p><p>Klimanızın kurulumu için teknisyenimiz 11 Aralık'ta 13.00-16.00 saatleri arasında adresinizde olabilir.</p><p>Lütfen bu randevuyu onaylayın veya size uygun başka bir gün yazın.</p><p>Teşekkürler,<br>Serin Klima Servis</p>",
 [], "clean: HTML installation appointment"),
(HS, "text", "Kurulum randevunuz - {oid}",
 "Merhaba,\n\nBulaşık makinenizin kurulumu için randevu oluşturmamız gerekiyor. Hafta içi hangi gün evde olacağınızı yazar mısınız?\n\nTeşekkür ederiz.",
 [], "clean: asks which weekday suits for installation"),
# ---------------- clean: order problems (amount adjusted) ----------------
(OP, "text", "Siparişinizle ilgili sorun - {oid}",
 "Merhaba,\n\nÜzgünüz, sipariş ettiğiniz ürün stokta kalmadığı için siparişinizi gönderemiyoruz. Sipariş tutarının tamamı (349,90 TL) stok yetersizliği nedeniyle düzeltilmiş ve iadeniz başlatılmıştır.\n\nYaşattığımız aksaklık için özür dileriz.\nNar Ev",
 [], "clean: order problem stating the amount was adjusted for lack of stock"),
(OP, "html", "Sipariş {oid} gönderilemiyor",
 "<p>Sayın Müşterimiz,</p><p>Siparişinizdeki 2 üründen biri stokta bulunmadığından gönderilememektedir. Bu ürünün bedeli olan 89,00 TL sipariş tutarınızdan düşülmüş, tutar stok yetersizliği gerekçesiyle düzeltilmiştir. Diğer ürününüz planlandığı gibi gönderilecektir.</p><p>Anlayışınız için teşekkür ederiz.<br>Saygılarımızla,<br>Ege Seramik</p>",
 [], "clean: partial order problem with the adjustment confirmed"),
(OP, "text", "{oid} - ürün gönderilemiyor",
 "Merhaba,\n\nKargo firmasının bölgenize gönderim kabul etmemesi nedeniyle siparişinizi gönderemiyoruz. Sipariş tutarı bu nedenle tamamen düzeltildi; ödemeniz hesabınıza iade edilecek.\n\nÖzür dileriz, iyi günler.",
 [], "clean: could-not-ship order problem with adjustment"),
# ---------------- clean: neutral review requests ----------------
(RR, "text", "Görüşünüz bizim için önemli - {oid}",
 "Merhaba,\n\nAldığınız ürün hakkındaki görüşlerinizi Amazon'da bir ürün değerlendirmesi olarak paylaşmak ister misiniz? Yorumunuz diğer alıcıların karar vermesine yardımcı olur.\n\nTeşekkürler,\nNar Ev",
 [], "clean: neutral review request, one per message"),
(RR, "html", "Sipariş {oid} hakkında değerlendirme",
 "<p>Sayın Müşterimiz,</p><p>Ürünümüzle ilgili deneyiminizi Amazon'da bir değerlendirme ile paylaşmanızı rica ederiz.</p><p>Saygılarımızla,<br>Ege Seramik</p>",
 [], "clean: formal HTML neutral review request"),
(RR, "text", "Değerlendirme ({oid})",
 "Merhabalar, ürün hakkında Amazon'da kısa bir yorum yazabilir misiniz? İyi günler.",
 [], "clean: terse neutral review request"),
(RR, "text", "Satıcı geri bildirimi - {oid}",
 "Merhaba,\n\nMağazamızla ilgili deneyiminizi Amazon'da satıcı geri bildirimi olarak paylaşırsanız seviniriz. Olumlu ya da olumsuz, her görüş bizim için değerlidir.\n\nİyi çalışmalar,\nKaya Mobilya",
 [], "clean: neutral seller-feedback request that welcomes positive or negative views"),
(RR, "text", "Ürününüz nasıl? ({oid})",
 "Merhaba Ayşe Hanım,\n\nAldığınız çaydanlık hakkında ne düşündüğünüzü merak ediyoruz. Amazon'da kısa bir değerlendirme bırakırsanız diğer alıcılar için çok faydalı olur.\n\nSevgiler,\nBakır Ev",
 [], "clean: warm neutral review request"),
(RR, "html", "Deneyiminizi paylaşın - {oid}",
 "<p>Merhaba,</p><p>Siparişinizle ilgili deneyiminizi Amazon'da bir ürün yorumu olarak paylaşabilirsiniz. Yorumunuz bize de ürünlerimizi geliştirmek için yol gösterir.</p><p>Teşekkür ederiz!<br>Defne Sabunevi</p><p><small>Defne Sabunevi - Antakya</small></p>",
 [], "clean: HTML review request with a small footer"),
# ---------------- clean: other replies and questions ----------------
(R, "text", "Re: Montaj ({oid})",
 "Merhaba,\n\nRaf montaj vidaları ve dübeller kutunun içindedir. Montaj için yalnızca yıldız tornavida gerekir.\n\nKolay gelsin!\nKaya Mobilya",
 [], "clean: assembly answer"),
(R, "text", "Re: Ürün hakkında soru {oid}",
 "Merhaba,\n\nSorunuz için teşekkür ederiz. Tencere indüksiyon ocaklarda kullanılabilir, fırında ise 220 dereceye kadar dayanıklıdır.\n\nAfiyetle kullanmanızı dileriz.\nBakır Ev",
 [], "clean: thanks + two facts + wish"),
(R, "html", "Re: Koku hakkında ({oid})",
 "<p>Merhabalar,</p><p>Mumlarımız soya mumundan yapılır ve lavanta esansı içerir. Yanma süresi yaklaşık 40 saattir.</p><p>Güzel günler dileriz!<br>Işıltı Mum</p>",
 [], "clean: HTML reply on material and burn time"),
(R, "text", "Re: Sipariş {oid} - adres değişikliği",
 "Merhaba,\n\nAdres değişikliğini bizim tarafımızdan yapamıyoruz; lütfen Amazon hesabınızdaki Siparişlerim bölümünden adresinizi güncelleyin veya Amazon müşteri hizmetlerine başvurun.\n\nYardımcı olamadığımız için üzgünüz.\nVolt Aksesuar",
 [], "clean: reply explaining how to change the address"),
(R, "text", "Re: Ürün yaşı - {oid}",
 "Sayın Müşterimiz,\n\nOyuncak 3 yaş ve üzeri çocuklar için uygundur; küçük parça içermez.\n\nBilgilerinize sunar, iyi günler dileriz.\nOyun Kutusu",
 [], "clean: formal age-suitability answer"),
(R, "text", "Re: {oid}",
 "Merhaba,\n\nÇantanın askısı ayarlanabilir, en uzun hâli 120 cm'dir.\n\nİyi günler,\nDeri Atölye",
 [], "clean: subject only 'Re: order id', one fact"),
(R, "text", "Re: Yedek parça ({oid})",
 "Merhaba,\n\nKırılan cam kapağın yedeğini ayrıca gönderebiliriz. Kapağın çapını (cm olarak) yazar mısınız?\n\nTeşekkürler,\nMutfak Sepeti",
 [], "clean: reply asking for a measurement to send a spare part"),
# ---------------- BSM202: thanks only / only ready to help ----------------
(FQ, "text", "Siparişiniz {oid}",
 "Merhaba,\n\nSiparişiniz için teşekkür ederiz!\n\nNar Ev",
 ["BSM202"], "BSM202: only thanks for the order"),
(FQ, "text", "Teşekkürler - {oid}",
 "Merhaba,\n\nBizi tercih ettiğiniz için çok teşekkürler. Herhangi bir sorun olursa bize yazmaktan çekinmeyin.\n\nİyi günler,\nKaya Mobilya",
 ["BSM202"], "BSM202: thanks plus 'write to us if there is a problem', nothing else"),
(FQ, "text", "Sipariş No: {oid}",
 "Sayın Müşterimiz,\n\nMağazamızdan alışveriş yaptığınız için teşekkür eder, ürününüzü iyi günlerde kullanmanızı dileriz.\n\nSaygılarımızla arz ederiz.\nAntep Bakır Atölyesi",
 ["BSM202"], "BSM202: very formal thanks and a wish only"),
(FQ, "text", "{oid}",
 "Teşekkürler\nİyi günlerde kullanın\nNar Ev",
 ["BSM202"], "BSM202: terse thanks-only without punctuation"),
(AI, "html", "Sipariş {oid} - teşekkürler",
 "<p>Merhaba Elif Hanım,</p><p>Bizi seçtiğiniz için yürekten teşekkür ederiz. Siparişiniz bizim için çok değerli.</p><p>Sevgiyle,<br>Işık Dünyası</p><p><small>Işık Dünyası - Eskişehir</small></p>",
 ["BSM202"], "BSM202: warm HTML thanks with footer, typed as additional-information but asks nothing"),
(FQ, "text", "Ürününüz hakkında ({oid})",
 "Merhaba,\n\nÜrününüzle ilgili bir sıkıntı yaşarsanız buradayız.\n\nİyi günler.",
 ["BSM202"], "BSM202: only 'we are here if there is a problem'"),
(FQ, "text", "Yardım - {oid}",
 "Merhaba,\n\nSiparişinizle ilgili herhangi bir konuda yardıma ihtiyacınız olursa bu mesajı yanıtlamanız yeterli.\n\nTekno Köşe",
 ["BSM202"], "BSM202: only an offer to help by replying"),
(FQ, "text", "Bilgilendirme",
 "Kolay gelsin, sipariş {oid} için teşekkürler. Bir sorun olursa yazın, hemen ilgileniriz.",
 ["BSM202"], "BSM202: thanks + help offer; the order number is no content"),
(FQ, "text", "Sipariş {oid}",
 "Merhaba,\n\n- Siparişiniz için teşekkürler\n- Sorunuz olursa her zaman buradayız\n\nVolt Aksesuar",
 ["BSM202"], "BSM202: thanks and help offer as a dashed list"),
(AI, "text", "Sipariş {oid} hakkında",
 "Merhabalar,\n\nMağazamızdan alışveriş yaptığınız için teşekkür ederiz. Her siparişi özenle hazırlıyor, müşteri memnuniyetini her şeyin önünde tutuyoruz.\nBir sorunla karşılaşırsanız bize ulaşmanız yeterli.\n\nİyi çalışmalar dileriz,\nOfis Market\n\nOfis Market - Ankara",
 ["BSM202"], "BSM202: longer packaging (values statement, signature, footer) around thanks and a help offer"),
(RR, "text", "Teşekkürler ({oid})",
 "Merhaba,\n\nAlışverişiniz için teşekkür ederiz, ürünü keyifle kullanmanızı dileriz.\n\nSevgiler,\nBakır Ev",
 ["BSM202"], "BSM202: typed review-request but only thanks (no request)"),
(R, "text", "Re: Teşekkürler - {oid}",
 "Biz teşekkür ederiz, iyi günler.",
 ["BSM202"], "BSM202: a reply that only thanks"),
(FQ, "text", "{oid} numaralı siparişiniz",
 "Merhaba,\n\nAlışverişiniz için minnettarız. Sizi müşterimiz olarak görmek bizi çok mutlu etti.\n\nPamuk Evi",
 ["BSM202"], "BSM202: gratitude in other words"),
(FQ, "text", "Sağ olun! - {oid}",
 "Sağ olun, var olun!\nBizden alışveriş yaptığınız için teşekkürler.\nDeri Atölye",
 ["BSM202"], "BSM202: colloquial thanks"),
(FQ, "text", "Memnuniyetiniz ({oid})",
 "Merhaba,\n\nMemnuniyetiniz bizim için önemli. Herhangi bir sorunla karşılaşırsanız lütfen bize ulaşın.\n\nSaygılarımızla,\nBeyaz Dünya",
 ["BSM202"], "BSM202: satisfaction matters + contact us if a problem, nothing else"),
(FQ, "text", "Sipariş {oid}",
 "Merhaba,\n\nÜrününüzü beğendiğinizi umuyoruz. Bir sorun olursa bize yazın.\n\nİyi günler,\nOyun Kutusu",
 ["BSM202"], "BSM202: hope you like it + write if a problem"),
(FQ, "text", "Her zaman yanınızdayız - {oid}",
 "Merhaba,\n\nHer türlü soru ve sorununuzda 7/24 yanınızdayız.\n\nVolt Aksesuar",
 ["BSM202"], "BSM202: only 'at your side 24/7 for any question or problem'"),
(FQ, "html", "Değerli Müşterimiz - {oid}",
 "<p>Değerli Müşterimiz,</p><p>Ege Seramik ailesine hoş geldiniz! Bizi tercih ettiğiniz için teşekkür ederiz.</p><p>Herhangi bir konuda desteğe ihtiyaç duyarsanız hizmetinizdeyiz.</p><p>Saygılarımızla,<br>Ege Seramik</p><p><small>Ege Seramik - Kütahya</small></p>",
 ["BSM202"], "BSM202: formal HTML welcome, thanks and help offer"),
(FQ, "text", "Teşekkürler!!! ({oid})",
 "Merhaba!\n\nTeşekkürler!!! Siparişiniz bizi çok mutlu etti!\n\nSüs Dükkanı",
 ["BSM202"], "BSM202: exclamation-heavy thanks"),
(AI, "text", "Sipariş {oid}",
 "Merhaba,\n\nBizden alışveriş yaptığınız için teşekkür ederiz. Sorularınız için hizmetinizdeyiz.\n\nİyi çalışmalar.",
 ["BSM202"], "BSM202: thanks + 'hizmetinizdeyiz', typed additional-information"),
(FQ, "text", "İyi günlerde kullanın - {oid}",
 "Teşekkür ederiz, ürününüzü keyifle kullanmanızı dileriz.",
 ["BSM202"], "BSM202: one sentence of thanks and wishes"),
(FQ, "text", "{oid}",
 "Merhaba,\n\nSiparişiniz bizim için çok değerli; bir aksilik olursa bize yazmanız yeterli, hemen çözeriz.\n\nHasır Atölye",
 ["BSM202"], "BSM202: 'if anything goes wrong write to us, we fix it at once'"),
(FQ, "text", "Sipariş {oid} - bilgi",
 "Merhabalar,\n\nDeğerli siparişiniz için teşekkürler. Kullanım sırasında takıldığınız bir nokta olursa bize yazabilirsiniz.\n\nKolay gelsin,\nMutfak Sepeti",
 ["BSM202"], "BSM202: thanks + help with usage if needed; subject says 'bilgi' but there is none"),
(FQ, "text", "{oid}",
 "Teşekkürler. Sorun olursa ulaşın.",
 ["BSM202"], "BSM202: ultra-terse thanks and help offer"),
(FQ, "text", "Siparişiniz için - {oid}",
 "Merhaba,\n\nSiparişiniz için\ntüm ekibimiz adına teşekkür ederiz. Aklınıza takılan bir şey olursa\nbize her zaman yazabilirsiniz.\n\nLoom Halı",
 ["BSM202"], "BSM202: thanks and help offer with line breaks inside sentences"),
(DD, "text", "Sabrınız için teşekkürler ({oid})",
 "Merhaba,\n\nSabrınız ve anlayışınız için teşekkür ederiz.\n\nİyi günler,\nNar Ev",
 ["BSM202"], "BSM202: typed delivery-delay but only thanks, no delay information"),
(FQ, "text", "Sipariş No {oid}",
 "Sayın Müşterimiz,\n\nAldığınız ürün için teşekkür eder, sağlıklı günler dileriz. Her türlü talebiniz için emrinizdeyiz.\n\nSaygılarımızla,\nDefne Sabunevi",
 ["BSM202"], "BSM202: formal thanks and 'at your command for any request'"),
(R, "text", "Re: Sipariş {oid}",
 "Merhaba,\n\nMesajınız için teşekkürler. Başka bir konuda yardımcı olabileceğimiz bir şey olursa bize yazmaktan çekinmeyin.\n\nİyi günler.",
 ["BSM202"], "BSM202: a reply that only thanks and offers further help"),
# ---------------- other word-rule violations ----------------
(FQ, "text", "Siparişiniz alındı - {oid}",
 "Merhaba,\n\nSiparişinizi aldık ve hazırlamaya başladık. Teşekkür ederiz!\n\nNar Ev",
 ["BSM201"], "BSM201: order received and being prepared"),
(FQ, "text", "Paketiniz yolda ({oid})",
 "Merhaba,\n\nPaketiniz bugün Yurtiçi Kargo'ya teslim edildi. Bir iki gün içinde elinizde olur.\n\nİyi günler,\nTekno Köşe",
 ["BSM201"], "BSM201: parcel handed to the carrier today"),
(DD, "text", "Gönderim gecikmesi - {oid}",
 "Merhaba,\n\nSiparişiniz tedarik gecikmesi nedeniyle 14 Aralık'ta gönderilecektir. Anlayışınız için teşekkür ederiz.\n\nNot: Tüm ürünlerimizde geçerli %20 indirim için bir sonraki siparişinizde KIS20 kodunu kullanabilirsiniz.\n\nEge Seramik",
 ["BSM203"], "BSM203: valid delay with a discount code in a P.S."),
(R, "text", "Re: Renk sorusu ({oid})",
 "Merhaba,\n\nÜrünün rengi antrasittir. Yeni koleksiyonumuz yayında; Instagram'da bizi takip ederek tüm yenilikleri kaçırmayın!\n\nLoom Halı",
 ["BSM203"], "BSM203: answer plus new collection and 'follow us'"),
(RR, "text", "Yorumunuz için hediye - {oid}",
 "Merhaba,\n\nÜrünümüz hakkında Amazon'da bir değerlendirme yazarsanız, yorumunuz yayınlandıktan sonra size 50 TL değerinde bir hediye çeki göndereceğiz.\n\nTeşekkürler,\nBakır Ev",
 ["BSM204"], "BSM204: gift voucher once the review is published"),
(RR, "text", "Değerlendirme ({oid})",
 "Merhaba,\n\nÜrün hakkındaki görüşünüzü Amazon'da paylaşır mısınız? Yorum bırakan müşterilerimize bir sonraki siparişlerinde ücretsiz kargo sağlıyoruz.\n\nPamuk Evi",
 ["BSM204"], "BSM204: free shipping next time for reviewers"),
(R, "text", "Re: Sorununuz çözüldü - {oid}",
 "Merhaba,\n\nYedek parçanız size ulaştığına göre sorunun çözüldüğünü düşünüyoruz. 1 yıldızlı yorumunuzu güncellemeniz ya da kaldırmanız mümkün mü?\n\nTeşekkürler,\nMutfak Sepeti",
 ["BSM205"], "BSM205: asks to update or remove a one-star review"),
(R, "text", "Re: Geri bildiriminiz ({oid})",
 "Sayın Müşterimiz,\n\nYaşadığınız aksaklık için tekrar özür dileriz. Sorun giderildiği için bıraktığınız olumsuz geri bildirimi silmenizi rica ederiz.\n\nSaygılarımızla,\nBeyaz Dünya",
 ["BSM205"], "BSM205: asks to delete negative feedback"),
(RR, "text", "Görüşünüz - {oid}",
 "Merhaba,\n\nÜrünü beğendiyseniz Amazon'da 5 yıldız verirseniz çok seviniriz.\n\nİyi günler,\nSüs Dükkanı",
 ["BSM206"], "BSM206: conditional on liking it and asks for five stars"),
(RR, "text", "Deneyiminiz ({oid})",
 "Merhaba,\n\nÜründen memnun kaldıysanız Amazon'da bir yorum bırakabilirsiniz. Memnun kalmadıysanız lütfen yorum yazmadan önce bize ulaşın, sorunu birlikte çözelim.\n\nOyun Kutusu",
 ["BSM206"], "BSM206: only satisfied buyers review, unhappy ones steered to the seller"),
(DD, "text", "Stok durumu - {oid}",
 "Merhaba,\n\nSipariş ettiğiniz ürün maalesef stoklarımızda kalmadı. Sizden ricamız, Amazon üzerinden siparişiniz için iptal talebi oluşturmanızdır.\n\nAnlayışınız için teşekkürler.",
 ["BSM108"], "BSM108: out of stock, asks the buyer to request cancellation"),
(FQ, "text", "Siparişiniz hakkında ({oid})",
 "Merhaba,\n\nÜrünün tedarikçimizde de kalmadığını öğrendik. Bu durumda en hızlı çözüm, siparişinizi Amazon hesabınızdan kendiniz iptal etmeniz olacaktır.\n\nÖzür dileriz,\nVolt Aksesuar",
 ["BSM108"], "BSM108: advises the buyer to cancel because stock ran out"),
(DD, "text", "Gecikme bildirimi - {oid}",
 "Merhaba,\n\nSiparişiniz yoğunluk nedeniyle 16 Aralık'ta gönderilecektir.\n\nBu tür bilgilendirme mesajlarını almak istemiyorsanız bu mesaja DUR yazarak yanıt verin.\n\nHasır Atölye",
 ["BSM305"], "BSM305: valid delay with an opt-out instruction (reply DUR)"),
(DD, "text", "Gecikme ({oid})",
 "Merhaba,\n\nKargo firması yine boktan bir iş çıkardı ve teslim alması gereken paketleri almadı. Siparişiniz 2 gün geç, 10 Aralık'ta gönderilecek.\n\nKaya Mobilya",
 ["BSM306"], "BSM306: Turkish profanity ('boktan') in an otherwise valid delay"),
]
INTL = {
"nl": [
("nl-NL", R, "text", "Re: Afmetingen ({oid})",
 "Hallo,\n\nBedankt voor je vraag. Het kussen is 50x50 cm, inclusief vulling.\n\nFijne dag!\nHuis van Lin",
 [], "clean: short reply giving a size, thanks and a good wish around it"),
("nl-BE", R, "text", "Re: Compatibiliteit - {oid}",
 "Beste klant,\n\nDeze oplader werkt met alle toestellen met een USB-C-aansluiting. Laat u ons het model van uw toestel weten, dan bevestigen wij het graag.\n\nMet vriendelijke groet,\nStroomwinkel",
 [], "clean: compatibility answer with a request for the device model"),
("nl-NL", RF, "text", "Uw retour - {oid}",
 "Goedendag,\n\nOm uw retour af te ronden, vragen wij u een foto van de beschadiging te sturen als antwoord op dit bericht.\n\nAlvast bedankt,\nKeramiek de Vries",
 [], "clean: return follow-up asking for a photo of the damage"),
("nl-NL", DD, "html", "Vertraging bestelling {oid}",
 "<p>Beste klant,</p><p>Door een late levering van onze leverancier wordt uw bestelling drie werkdagen later verzonden, naar verwachting op 11 december.</p><p>Excuses voor het ongemak en bedankt voor uw begrip.<br>Keramiek de Vries</p>",
 [], "clean: HTML delay with a future ship date"),
("nl-NL", CD, "text", "Ontwerpproef ({oid})",
 "Hoi,\n\nIn de bijlage vind je de proef van je gegraveerde plank. Klopt de tekst? Dan gaan we hem maken. Wil je iets aanpassen, laat het ons gewoon weten.\n\nGroetjes,\nHoutatelier Mees",
 [], "clean: informal design proof to approve"),
("nl-NL", RR, "text", "Uw mening - {oid}",
 "Hallo,\n\nWilt u uw ervaring met het product delen in een beoordeling op Amazon? Daarmee helpt u andere kopers.\n\nBedankt,\nHuis van Lin",
 [], "clean: neutral review request"),
("nl-NL", DS, "text", "Bezorgafspraak {oid}",
 "Beste meneer Jansen,\n\nVoor de bezorging van uw kast plannen wij graag een moment. Past donderdag 10 december tussen 9.00 en 13.00 uur, of heeft u liever vrijdagmiddag?\n\nMet vriendelijke groet,\nMeubelhuis Bakker",
 [], "clean: delivery slot question"),
("nl-NL", FQ, "text", "Bedankt! ({oid})",
 "Hallo,\n\nHartelijk dank voor je bestelling! We hopen dat je er veel plezier van hebt.\n\nHuis van Lin",
 ["BSM202"], "BSM202: only thanks and a wish"),
("nl-NL", FQ, "html", "Bestelling {oid}",
 "<p>Beste klant,</p><p>Mocht er iets niet in orde zijn, dan staan wij voor u klaar. Stuur ons gerust een bericht.</p><p>Met vriendelijke groet,<br>Stroomwinkel</p>",
 ["BSM202"], "BSM202: only 'we are ready if something is wrong'"),
("nl-NL", FQ, "text", "Uw pakket ({oid})",
 "Hallo,\n\nGoed nieuws: uw pakket heeft vandaag ons magazijn verlaten en is onderweg naar u.\n\nGroeten,\nKeramiek de Vries",
 ["BSM201"], "BSM201: parcel left the warehouse today"),
],
"en": [
("en-GB", R, "text", "Re: Size question ({oid})",
 "Hi,\n\nThanks for your question. The frame takes an A4 print and measures 25 x 33 cm on the outside.\n\nBest wishes,\nOak and Ash Frames",
 [], "clean: short size answer with thanks and a sign-off"),
("en-US", R, "text", "Re: Material - order {oid}",
 "Hello,\n\nThe mug is stoneware and is dishwasher and microwave safe.\n\nHave a great day!\nMapleworks",
 [], "clean: one-fact material answer"),
("en-GB", AI, "text", "Engraving text for order {oid}",
 "Hello,\n\nCould you reply with the name you would like engraved on the bracelet? Up to 10 characters fit.\n\nMany thanks,\nSilver Lane",
 [], "clean: asks for the engraving text"),
("en-GB", RF, "html", "Your return - {oid}",
 "<p>Dear Mr Patel,</p><p>We are sorry the lid arrived scratched. If you would prefer to keep the kettle, we can offer a partial refund of £12.00 instead of a full return.</p><p>Just reply to let us know which you prefer.</p><p>Kind regards,<br>Hearth and Home</p>",
 [], "clean: HTML partial refund offer"),
("en-GB", INV, "text", "Invoice for order {oid}",
 "Hello,\n\nPlease find the VAT invoice for your order attached.\n\nKind regards,\nOak and Ash Frames",
 [], "clean: one-sentence invoice"),
("en-GB", HS, "text", "Installation appointment - {oid}",
 "Hi,\n\nOur fitter can install your wall oven on Saturday 12 December between 10:00 and 12:00. Please confirm, or suggest another day that suits you.\n\nThanks,\nHearth and Home Services",
 [], "clean: home-service appointment"),
("en-GB", RR, "text", "How are you getting on? ({oid})",
 "Hello,\n\nWould you take a moment to share your experience of the product in a review on Amazon? It helps other shoppers decide.\n\nThank you,\nMapleworks",
 [], "clean: neutral review request"),
("en-GB", FQ, "text", "Thank you - {oid}",
 "Hi there,\n\nJust a quick note to say thank you for shopping with us. We really appreciate it!\n\nWarm regards,\nSilver Lane",
 ["BSM202"], "BSM202: only thanks"),
("en-GB", FQ, "text", "Order {oid}",
 "Hello,\n\nShould anything not be quite right with your order, we are here to help. Simply reply to this message.\n\nKind regards,\nHearth and Home",
 ["BSM202"], "BSM202: only an offer to help if something is wrong"),
("en-GB", RR, "text", "Your opinion ({oid})",
 "Hello,\n\nIf you are happy with your frame, we would love a 5-star review on Amazon. If not, please message us first so we can put it right.\n\nOak and Ash Frames",
 ["BSM206"], "BSM206: only if happy, five stars, unhappy buyers steered to the seller"),
],
"de": [
("de-DE", R, "text", "Re: Frage zur Größe ({oid})",
 "Hallo,\n\ndanke für Ihre Frage. Die Decke misst 150 x 200 cm und wiegt etwa 1,2 kg.\n\nViele Grüße\nWollstube Berger",
 [], "clean: short size answer"),
("de-AT", R, "text", "Re: Kompatibilität - Bestellung {oid}",
 "Guten Tag,\n\ndas Ladegerät ist mit allen Geräten mit USB-C-Anschluss kompatibel. Wenn Sie uns das Modell Ihres Geräts nennen, prüfen wir es gerne genau.\n\nFreundliche Grüße\nTechnikeck Huber",
 [], "clean: compatibility answer and a request for the model"),
("de-DE", AI, "html", "Gravurtext für Bestellung {oid}",
 "<p>Hallo Frau Schmidt,</p><p>bitte teilen Sie uns den gewünschten Gravurtext für Ihren Ring mit. Es passen bis zu 15 Zeichen.</p><p>Vielen Dank und herzliche Grüße<br>Goldschmiede Klein</p>",
 [], "clean: HTML request for the engraving text"),
("de-DE", DD, "text", "Lieferverzögerung {oid}",
 "Guten Tag,\n\nleider verzögert sich der Versand Ihrer Bestellung um etwa vier Tage, weil ein Bauteil später geliefert wird. Wir rechnen mit dem Versand am 14. Dezember.\n\nWir bitten um Ihr Verständnis.\nMöbelwerk Kraus",
 [], "clean: delay with an expected ship date"),
("de-DE", RF, "text", "Ihre Rücksendung ({oid})",
 "Hallo,\n\num die Rücksendung abzuschließen, benötigen wir die Seriennummer auf der Unterseite des Geräts. Könnten Sie sie uns kurz schreiben?\n\nDanke und einen schönen Tag!\nTechnikeck Huber",
 [], "clean: return follow-up asking for the serial number"),
("de-DE", DS, "text", "Liefertermin für Bestellung {oid}",
 "Sehr geehrter Herr Wagner,\n\nfür die Lieferung Ihres Sofas möchten wir einen Termin vereinbaren. Passt Ihnen Dienstag, 8. Dezember, zwischen 8 und 12 Uhr? Andernfalls nennen Sie uns gern einen anderen Tag.\n\nMit freundlichen Grüßen\nMöbelwerk Kraus",
 [], "clean: delivery scheduling"),
("de-DE", RR, "text", "Ihre Meinung zu Bestellung {oid}",
 "Hallo,\n\nwir würden uns freuen, wenn Sie Ihre Erfahrung mit dem Produkt in einer Bewertung auf Amazon teilen.\n\nViele Grüße\nWollstube Berger",
 [], "clean: neutral review request"),
("de-DE", FQ, "text", "Danke! - {oid}",
 "Hallo,\n\nherzlichen Dank für Ihren Einkauf bei uns! Wir wünschen Ihnen viel Freude mit Ihrer neuen Decke.\n\nViele Grüße\nWollstube Berger",
 ["BSM202"], "BSM202: thanks and a wish only"),
("de-DE", FQ, "text", "Bestellung {oid}",
 "Guten Tag,\n\nfalls es Probleme mit Ihrer Bestellung geben sollte, sind wir jederzeit für Sie da.\n\nMit freundlichen Grüßen\nTechnikeck Huber",
 ["BSM202"], "BSM202: only 'we are there if there are problems'"),
("de-DE", R, "text", "Re: Ihre Bewertung ({oid})",
 "Hallo Herr Braun,\n\nschön, dass das Ersatzteil angekommen ist und alles wieder funktioniert. Wären Sie so freundlich, Ihre Ein-Stern-Bewertung anzupassen oder zu entfernen?\n\nViele Grüße\nMöbelwerk Kraus",
 ["BSM205"], "BSM205: asks to change or remove a one-star review"),
],
"fr": [
("fr-FR", R, "text", "Re : Dimensions ({oid})",
 "Bonjour,\n\nMerci pour votre question. Le tapis mesure 120 x 170 cm.\n\nBonne journée,\nTissage Leroy",
 [], "clean: short size answer"),
("fr-BE", R, "text", "Re : Entretien - commande {oid}",
 "Bonjour,\n\nLa housse se lave en machine à 30 °C ; évitez le sèche-linge.\n\nBelle journée à vous,\nMaison Dubois",
 [], "clean: care instructions"),
("fr-FR", AI, "text", "Commande {oid} : texte de la gravure",
 "Bonjour,\n\nPourriez-vous nous indiquer le prénom à graver sur le pendentif ? Nous pouvons graver jusqu'à 12 lettres.\n\nMerci d'avance,\nAtelier Lune",
 [], "clean: asks for the engraving text"),
("fr-FR", RF, "html", "Votre retour - {oid}",
 "<p>Bonjour Madame Martin,</p><p>Nous sommes désolés pour l'éclat sur le plat. Si vous souhaitez le conserver, nous vous proposons un remboursement partiel de 15,00 € au lieu d'un retour.</p><p>Répondez simplement à ce message pour nous dire ce que vous préférez.</p><p>Cordialement,<br>Faïencerie Morel</p>",
 [], "clean: HTML partial refund offer"),
("fr-FR", CD, "text", "Bon à tirer - {oid}",
 "Bonjour,\n\nVous trouverez en pièce jointe le bon à tirer de votre faire-part. Merci de vérifier les noms et la date, puis de nous confirmer votre accord.\n\nCordialement,\nPapeterie Roux",
 [], "clean: design proof to approve"),
("fr-FR", HS, "text", "Rendez-vous d'installation ({oid})",
 "Bonjour,\n\nNotre technicien peut installer votre lave-vaisselle le jeudi 10 décembre entre 14 h et 17 h. Ce créneau vous convient-il ? Sinon, indiquez-nous un autre jour.\n\nCordialement,\nÉlectro Service Petit",
 [], "clean: installation appointment"),
("fr-FR", DD, "text", "Retard de votre commande {oid}",
 "Bonjour,\n\nEn raison d'un retard chez notre fournisseur, votre commande sera expédiée avec environ trois jours de retard, vers le 12 décembre.\n\nMerci de votre compréhension,\nMaison Dubois",
 [], "clean: delay with a future ship date"),
("fr-FR", FQ, "text", "Merci ! ({oid})",
 "Bonjour,\n\nMerci infiniment pour votre commande ! Toute l'équipe vous souhaite une belle journée.\n\nAtelier Lune",
 ["BSM202"], "BSM202: thanks and a wish only"),
("fr-FR", FQ, "html", "Commande {oid}",
 "<p>Bonjour,</p><p>Si vous rencontrez le moindre souci avec votre article, n'hésitez pas à nous écrire : nous sommes là pour vous aider.</p><p>Cordialement,<br>Tissage Leroy</p>",
 ["BSM202"], "BSM202: only an offer to help if there is a problem"),
("fr-FR", R, "text", "Re : Couleur ({oid})",
 "Bonjour,\n\nLe coussin est bleu canard, un peu plus foncé que sur la photo.\n\nP.-S. : profitez de -20 % sur toute la boutique avec le code HIVER20 jusqu'à dimanche !\n\nMaison Dubois",
 ["BSM203"], "BSM203: valid colour answer with a shop-wide discount code in a P.S."),
],
"it": [
("it-IT", R, "text", "Re: Misure ({oid})",
 "Buongiorno,\n\ngrazie per la domanda. Il vaso è alto 30 cm e ha un diametro di 18 cm.\n\nBuona giornata,\nCeramiche Bianchi",
 [], "clean: short size answer"),
("it-IT", R, "text", "Re: Compatibilità - ordine {oid}",
 "Salve,\n\nla cover è compatibile con Samsung Galaxy S24, non con il modello S24 Ultra.\n\nCordiali saluti,\nCover Roma",
 [], "clean: compatibility answer"),
("it-IT", AI, "text", "Ordine {oid}: misura dell'anello",
 "Buongiorno,\n\nper completare il suo ordine ci serve la misura dell'anello. Può indicarcela rispondendo a questo messaggio?\n\nGrazie,\nOreficeria Conti",
 [], "clean: asks for a ring size"),
("it-IT", RF, "text", "Il suo reso ({oid})",
 "Buongiorno,\n\nper completare il reso le chiediamo di inviarci una foto del danno sulla confezione.\n\nGrazie per la collaborazione,\nCeramiche Bianchi",
 [], "clean: return follow-up asking for a photo"),
("it-IT", INV, "html", "Fattura ordine {oid}",
 "<p>Gentile cliente,</p><p>in allegato trova la fattura relativa al suo ordine.</p><p>Cordiali saluti,<br>Cover Roma</p>",
 [], "clean: HTML invoice"),
("it-IT", RR, "text", "La sua opinione - {oid}",
 "Buongiorno,\n\nle andrebbe di condividere la sua esperienza con il prodotto in una recensione su Amazon? Sarebbe utile ad altri acquirenti.\n\nGrazie,\nOreficeria Conti",
 [], "clean: neutral review request"),
("it-IT", FQ, "text", "Grazie! - {oid}",
 "Ciao,\n\ngrazie di cuore per il tuo acquisto! Speriamo che il prodotto ti piaccia.\n\nCover Roma",
 ["BSM202"], "BSM202: thanks and a hope only"),
("it-IT", FQ, "text", "Ordine {oid}",
 "Gentile cliente,\n\nper qualsiasi problema con il suo ordine restiamo a sua completa disposizione.\n\nCordiali saluti,\nCeramiche Bianchi",
 ["BSM202"], "BSM202: only 'at your disposal for any problem'"),
("it-IT", RR, "text", "Recensione ({oid})",
 "Buongiorno,\n\nse lascia una recensione su Amazon, le rimborseremo l'intero importo dell'ordine non appena sarà pubblicata.\n\nGrazie,\nCover Roma",
 ["BSM204"], "BSM204: full refund once the review is published"),
("it-IT", DD, "text", "Disponibilità ({oid})",
 "Buongiorno,\n\npurtroppo l'articolo che ha ordinato è esaurito. Le chiediamo gentilmente di richiedere l'annullamento dell'ordine dal suo account Amazon.\n\nCi scusiamo per il disagio,\nOreficeria Conti",
 ["BSM108"], "BSM108: sold out, asks the buyer to request cancellation"),
],
"es": [
("es-ES", R, "text", "Re: Medidas ({oid})",
 "Hola,\n\ngracias por tu pregunta. La mochila mide 45 x 30 x 15 cm y tiene una capacidad de 20 litros.\n\n¡Un saludo!\nMochilas Sierra",
 [], "clean: short size answer"),
("es-ES", R, "text", "Re: Material - pedido {oid}",
 "Buenos días,\n\nLa sartén es de aluminio fundido con revestimiento cerámico y es apta para inducción.\n\nAtentamente,\nCocina Ruiz",
 [], "clean: material answer"),
("es-ES", AI, "text", "Pedido {oid}: modelo de su dispositivo",
 "Hola,\n\n¿Podría indicarnos el modelo exacto de su portátil? Lo necesitamos para enviarle el cargador adecuado.\n\nGracias,\nElectro Vega",
 [], "clean: asks for the device model"),
("es-ES", RF, "html", "Su devolución - {oid}",
 "<p>Estimada Sra. López,</p><p>Lamentamos el arañazo en la mesa. Si prefiere quedársela, le ofrecemos un reembolso parcial de 25,00 € en lugar de la devolución.</p><p>Responda a este mensaje para indicarnos su preferencia.</p><p>Un cordial saludo,<br>Muebles Ortega</p>",
 [], "clean: HTML partial refund offer"),
("es-ES", DS, "text", "Entrega de su pedido {oid}",
 "Hola,\n\nPara entregar su sofá necesitamos acordar una cita. ¿Le viene bien el martes 8 de diciembre entre las 9:00 y las 13:00? Si no, indíquenos otro día.\n\nUn saludo,\nMuebles Ortega",
 [], "clean: delivery scheduling"),
("es-ES", RR, "text", "Su opinión ({oid})",
 "Hola,\n\n¿Le gustaría compartir su experiencia con el producto en una reseña en Amazon? Ayuda a otros compradores.\n\nGracias,\nCocina Ruiz",
 [], "clean: neutral review request"),
("es-ES", FQ, "text", "¡Gracias! ({oid})",
 "¡Hola!\n\nMuchas gracias por tu compra. ¡Esperamos que disfrutes de tu mochila!\n\nMochilas Sierra",
 ["BSM202"], "BSM202: thanks and a wish only"),
("es-ES", FQ, "html", "Pedido {oid}",
 "<p>Estimado cliente,</p><p>Si surge cualquier problema con su pedido, estamos a su disposición para ayudarle.</p><p>Atentamente,<br>Electro Vega</p>",
 ["BSM202"], "BSM202: only an offer to help if a problem arises"),
("es-ES", DD, "text", "Retraso ({oid})",
 "Hola,\n\nLa puta empresa de transportes no ha recogido los paquetes esta semana, así que su pedido saldrá con dos días de retraso, el 10 de diciembre.\n\nDisculpe las molestias,\nElectro Vega",
 ["BSM306"], "BSM306: Spanish profanity ('puta') in an otherwise valid delay"),
("es-ES", FQ, "text", "Su pedido ({oid})",
 "Hola,\n\nHemos recibido su pedido y ya lo estamos preparando con mucho cariño.\n\nUn saludo,\nCocina Ruiz",
 ["BSM201"], "BSM201: order received and being prepared"),
],
"pl": [
("pl-PL", R, "text", "Re: Wymiary ({oid})",
 "Dzień dobry,\n\ndziękujemy za pytanie. Poduszka ma wymiary 40 x 40 cm, a poszewkę można prać w 40 stopniach.\n\nPozdrawiamy,\nLniany Dom",
 [], "clean: size and care answer"),
("pl-PL", R, "text", "Re: Zgodność - zamówienie {oid}",
 "Dzień dobry,\n\nładowarka działa ze wszystkimi urządzeniami ze złączem USB-C. Jeśli poda Pan model telefonu, potwierdzimy to dokładnie.\n\nZ poważaniem,\nSklep Volta",
 [], "clean: compatibility answer with a request for the model"),
("pl-PL", AI, "text", "Zamówienie {oid}: tekst grawera",
 "Dzień dobry,\n\nprosimy o przesłanie tekstu, który mamy wygrawerować na breloku (maksymalnie 12 znaków).\n\nDziękujemy,\nGrawernia Nowak",
 [], "clean: asks for the engraving text"),
("pl-PL", DD, "html", "Opóźnienie zamówienia {oid}",
 "<p>Szanowna Pani,</p><p>z powodu opóźnionej dostawy od producenta Pani zamówienie zostanie wysłane około 14 grudnia.</p><p>Przepraszamy za niedogodności i dziękujemy za wyrozumiałość.<br>Lniany Dom</p>",
 [], "clean: HTML delay with a future ship date"),
("pl-PL", RF, "text", "Zwrot ({oid})",
 "Dzień dobry,\n\naby zakończyć zwrot, prosimy o przesłanie zdjęcia uszkodzenia opakowania.\n\nPozdrawiamy,\nSklep Volta",
 [], "clean: return follow-up asking for a photo"),
("pl-PL", CD, "text", "Projekt do akceptacji - {oid}",
 "Dzień dobry,\n\nw załączniku przesyłamy projekt grawera. Prosimy o sprawdzenie i potwierdzenie albo o informację, co zmienić.\n\nDziękujemy,\nGrawernia Nowak",
 [], "clean: design proof to approve"),
("pl-PL", FQ, "text", "Dziękujemy! ({oid})",
 "Dzień dobry,\n\nserdecznie dziękujemy za zakupy w naszym sklepie!\n\nLniany Dom",
 ["BSM202"], "BSM202: only thanks"),
("pl-PL", FQ, "text", "Zamówienie {oid}",
 "Dzień dobry,\n\nw razie jakichkolwiek problemów z zamówieniem jesteśmy do Pani dyspozycji.\n\nZ poważaniem,\nSklep Volta",
 ["BSM202"], "BSM202: only 'at your disposal if there are problems'"),
("pl-PL", DD, "text", "Opóźnienie ({oid})",
 "Dzień dobry,\n\nPana zamówienie zostanie wysłane z dwudniowym opóźnieniem, 10 grudnia.\n\nJeśli nie chce Pan otrzymywać od nas takich wiadomości, prosimy odpowiedzieć słowem STOP.\n\nGrawernia Nowak",
 ["BSM305"], "BSM305: valid delay with an opt-out instruction (reply STOP)"),
("pl-PL", R, "text", "Re: Kolor ({oid})",
 "Dzień dobry,\n\nkoc jest w kolorze butelkowej zieleni.\n\nZapraszamy do zapisania się do naszego newslettera, by jako pierwsi poznawać nowe kolekcje!\n\nLniany Dom",
 ["BSM203"], "BSM203: colour answer plus a newsletter invitation"),
],
"sv": [
("sv-SE", R, "text", "Re: Storlek ({oid})",
 "Hej,\n\ntack för din fråga. Mattan är 160 x 230 cm.\n\nHa en fin dag!\nVävstugan",
 [], "clean: short size answer"),
("sv-SE", R, "text", "Re: Skötsel - order {oid}",
 "Hej,\n\nkudden tvättas i 40 grader och bör torka plant. Den tål inte torktumling.\n\nVänliga hälsningar,\nLinneboden",
 [], "clean: care instructions"),
("sv-SE", AI, "text", "Order {oid}: gravyrtext",
 "Hej,\n\nkan du skriva vilket namn du vill ha graverat på armbandet? Det får plats upp till 10 tecken.\n\nTack!\nSilversmedjan",
 [], "clean: asks for the engraving text"),
("sv-SE", HS, "html", "Installationstid för order {oid}",
 "<p>Hej,</p><p>Vår tekniker kan installera din diskmaskin torsdag den 10 december mellan 13.00 och 16.00. Passar det, eller vill du föreslå en annan dag?</p><p>Vänliga hälsningar,<br>Vitvaruservice Lund</p>",
 [], "clean: HTML installation appointment"),
("sv-SE", RR, "text", "Din åsikt ({oid})",
 "Hej,\n\nvill du dela din upplevelse av produkten i en recension på Amazon? Det hjälper andra kunder.\n\nTack,\nVävstugan",
 [], "clean: neutral review request"),
("sv-SE", INV, "text", "Faktura för order {oid}",
 "Hej,\n\nhär kommer fakturan för din beställning som bilaga.\n\nVänliga hälsningar,\nLinneboden",
 [], "clean: one-sentence invoice"),
("sv-SE", FQ, "text", "Tack! ({oid})",
 "Hej,\n\nstort tack för ditt köp! Vi hoppas att du blir nöjd.\n\nSilversmedjan",
 ["BSM202"], "BSM202: thanks and a hope only"),
("sv-SE", FQ, "text", "Order {oid}",
 "Hej,\n\nom något skulle vara fel med din beställning finns vi här för att hjälpa dig.\n\nVänliga hälsningar,\nVävstugan",
 ["BSM202"], "BSM202: only 'we are here if something is wrong'"),
("sv-SE", RR, "text", "Recension ({oid})",
 "Hej,\n\nskriv en recension på Amazon så skickar vi ett presentkort på 100 kr som tack när den är publicerad.\n\nSilversmedjan",
 ["BSM204"], "BSM204: gift card once the review is published"),
("sv-SE", DD, "text", "Lagerstatus ({oid})",
 "Hej,\n\ntyvärr är varan slut i lager. Vi skulle uppskatta om du begär att beställningen avbryts via ditt Amazon-konto.\n\nVänliga hälsningar,\nLinneboden",
 ["BSM108"], "BSM108: sold out, asks the buyer to request cancellation"),
],
}

# ---------------------------------------------------------------- build and validate
import json, os, re, sys

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "fa7.jsonl")  # evaluation/fa7.jsonl
TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up", "invoice",
         "review-request", "delivery-scheduling", "home-service-appointment",
         "custom-design-verification", "fulfillment-question", "reply"}
RULES = {f"BSM{n}" for n in list(range(101, 113)) + list(range(201, 207)) + list(range(301, 313))
         + list(range(401, 415))}
LANGS = {"tr": "tr-TR", "nl": "nl-NL", "en": "en-GB", "de": "de-DE", "fr": "fr-FR", "it": "it-IT",
         "es": "es-ES", "pl": "pl-PL", "sv": "sv-SE"}
COUNTS = {"tr": 120, "nl": 10, "en": 10, "de": 10, "fr": 10, "it": 10, "es": 10, "pl": 10, "sv": 10}
OID_RE = re.compile(r"^\d{3}-\d{7}-\d{7}$")
FIELDS = ["id", "language", "locale", "type", "format", "subject", "body", "order_id", "expected", "note"]


def order_id(i):
    a = 402 + (i * 5) % 7
    b = (7301557 + i * 104729) % 9000000 + 1000000
    c = (2718281 + i * 130363) % 9000000 + 1000000
    return f"{a:03d}-{b:07d}-{c:07d}"


def records():
    rows = [("tr", "tr-TR") + t for t in TR]
    for lang in ["nl", "en", "de", "fr", "it", "es", "pl", "sv"]:
        rows += [(lang,) + t for t in INTL[lang]]
    seq = {}
    out = []
    for i, (lang, locale, typ, fmt, subject, body, expected, note) in enumerate(rows):
        seq[lang] = seq.get(lang, 0) + 1
        oid = order_id(i)
        out.append({"id": f"f7-{lang}-{seq[lang]:03d}", "language": lang, "locale": locale, "type": typ,
                    "format": fmt, "subject": subject.replace("{oid}", oid),
                    "body": body.replace("{oid}", oid), "order_id": oid,
                    "expected": sorted(expected), "note": note})
    return out


EMOJI = re.compile("[\u2600-\u27bf\U0001F000-\U0001FAFF\u2B50\u2B55\uFE0F]")
EMOTICON = re.compile(r"(?<![\w])[:;=][-']?[)(DPpO/\\|]|<3|\^\^|\bxD\b")


def validate(recs):
    errs = []
    ids = set()
    oids = set()
    for r in recs:
        rid = r.get("id")
        if list(r.keys()) != FIELDS:
            errs.append(f"{rid}: fields {list(r.keys())}")
        if not re.fullmatch(r"f7-[a-z]{2}-\d{3}", rid or "") or rid in ids:
            errs.append(f"{rid}: bad or duplicate id")
        ids.add(rid)
        lang = r["language"]
        if lang not in LANGS or not r["locale"].startswith(lang + "-") or rid[3:5] != lang:
            errs.append(f"{rid}: language/locale {lang} {r['locale']}")
        if r["type"] not in TYPES:
            errs.append(f"{rid}: type {r['type']}")
        if r["format"] not in ("html", "text"):
            errs.append(f"{rid}: format")
        oid = r["order_id"]
        if not OID_RE.match(oid) or oid in oids:
            errs.append(f"{rid}: order id {oid}")
        oids.add(oid)
        if oid not in r["subject"] and oid not in r["body"]:
            errs.append(f"{rid}: order id absent")
        if "{oid}" in r["subject"] + r["body"]:
            errs.append(f"{rid}: placeholder left")
        exp = r["expected"]
        if exp != sorted(set(exp)) or not set(exp) <= RULES or "BSM101" in exp:
            errs.append(f"{rid}: expected {exp}")
        if not r["note"] or not r["subject"] or not r["body"]:
            errs.append(f"{rid}: empty field")
        if r["note"].startswith("clean") != (exp == []):
            errs.append(f"{rid}: note does not match label")
        # accidental format/markup violations (none is labelled in this set)
        text = r["subject"] + "\n" + r["body"]
        if "@" in text or re.search(r"https?:|www\.|mailto", text, re.I):
            errs.append(f"{rid}: address or link")
        if EMOJI.search(text) or EMOTICON.search(re.sub(r"<[^>]+>", " ", text)):
            errs.append(f"{rid}: emoji/emoticon")
        if r["format"] == "text":
            if "\n\n\n" in r["body"] or "<" in r["body"]:
                errs.append(f"{rid}: text body has markup or a double blank line")
        else:
            b = r["body"]
            if re.search(r"style|font|color|align|<center|<h\d|<img|<a\b|<table", b, re.I):
                errs.append(f"{rid}: html styling/element")
            if re.search(r"(<br>\s*){3,}|<p>\s*</p>", b) or "\n" in b:
                errs.append(f"{rid}: html breaks")
            tags = set(re.findall(r"</?(\w+)", b))
            if tags - {"p", "br", "ul", "li", "small", "strong"}:
                errs.append(f"{rid}: html tags {tags}")
        plain = text.replace(oid, " ")
        for m in re.finditer(r"\d[\d\s./-]*\d", plain):
            digits = re.sub(r"\D", "", m.group())
            ctx = plain[max(0, m.start() - 20):m.start()]
            if len(digits) >= 9 and not re.search(r"(Vergi No|Fatura No): *[A-Z]*$", ctx):
                errs.append(f"{rid}: phone-like number {m.group()!r}")
        if re.search(r"\[(important|önemli|wichtig|important|belangrijk|importante|ważne|viktigt)\]",
                     r["subject"], re.I):
            errs.append(f"{rid}: [Important] tag")
        if r["type"] == "order-problem" and exp == [] and not re.search(r"düzelt", r["body"]):
            errs.append(f"{rid}: clean order-problem must confirm the adjustment")
    n = {}
    for r in recs:
        n[r["language"]] = n.get(r["language"], 0) + 1
    if n != COUNTS:
        errs.append(f"counts per language {n}")
    clean = sum(1 for r in recs if not r["expected"])
    if not 0.6 <= clean / len(recs) <= 0.7:
        errs.append(f"clean share {clean}/{len(recs)}")
    return errs


def main():
    recs = records()
    errs = validate(recs)
    if errs:
        print("\n".join(errs))
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and validate what was written
    back = [json.loads(line) for line in open(OUT, encoding="utf-8")]
    assert back == recs and not validate(back)
    per_lang, per_rule = {}, {}
    for r in recs:
        k = per_lang.setdefault(r["language"], [0, 0])
        k[0 if not r["expected"] else 1] += 1
        for e in r["expected"]:
            per_rule[e] = per_rule.get(e, 0) + 1
    clean = sum(v[0] for v in per_lang.values())
    print(f"wrote {OUT}: {len(recs)} messages, {clean} clean, {len(recs) - clean} not clean")
    for lang, (c, v) in per_lang.items():
        print(f"  {lang}: {c + v} ({c} clean, {v} not)")
    for rule in sorted(per_rule):
        print(f"  {rule}: {per_rule[rule]}")


if __name__ == "__main__":
    main()
