"""Turkish thanks-only messages: BSM202 and nothing else."""
from common import TH

FQ = "fulfillment-question"

MSGS = [
    TH(FQ, "text", "Teşekkürler - {O}",
       """
       Siparişiniz için teşekkür ederiz!

       Anadolu Seramik
       """,
       "One-line thanks for the order with the order number only in the subject."),
    TH(FQ, "text", "Siparişiniz {O}",
       """
       Merhaba,

       Herhangi bir sorunuz olursa bize bu mesaj üzerinden ulaşabilirsiniz. Yardımcı olmaktan memnuniyet duyarız.

       Ege Tekstil Ev
       """,
       "Only an offer to help, no thanks and no other content."),
    TH(FQ, "text", "{O} numaralı siparişiniz için teşekkürler",
       """
       Sayın Müşterimiz,

       Bizi tercih ettiğiniz için çok teşekkür ederiz. Ürününüzü güle güle kullanmanızı dileriz.

       Saygılarımızla,
       Kristal Cam Müşteri Hizmetleri
       """,
       "Thanks for choosing the shop and a wish to use the product happily."),
    TH(FQ, "text", "Alışverişiniz için teşekkür ederiz",
       """
       Merhaba Ayşe Hanım,

       {O} numaralı siparişiniz için teşekkür ederiz. Bir sorun olursa buradayız.

       İyi günler dileriz,
       Mavi Çini Atölyesi
       """,
       "Thanks with the order number in passing and 'we are here if there is a problem'."),
    TH(FQ, "text", "Bizi tercih ettiğiniz için teşekkürler ({O})",
       """
       Merhaba,

       Küçük bir aile işletmesi olarak her siparişin bizim için ne kadar anlamlı olduğunu anlatamayız. Atölyemizde emek verdiğimiz ürünlerin artık sizin evinizde olacağını düşünmek bizi çok mutlu ediyor.

       Bizi seçtiğiniz için yürekten teşekkür ederiz. Ürününüzü keyifle kullanmanızı diliyoruz.

       Herhangi bir konuda desteğe ihtiyaç duyarsanız, bu mesaja yanıt vermeniz yeterli; elimizden geleni yaparız.

       Sevgiyle,
       Mavi Çini Atölyesi ailesi
       """,
       "Long and warm thanks with no actual content."),
    TH(FQ, "text", "{O}",
       """
       Teşekkürler, iyi günlerde kullanın.

       Hisar Hırdavat
       """,
       "Minimal thanks with 'iyi günlerde kullanın'; the subject is just the order number."),
    TH(FQ, "text", "Siparişiniz için teşekkür ederiz - {O}",
       """
       Sayın Hakan Doğan,

       Yıldız Elektronik'ten alışveriş yaptığınız için teşekkür ederiz. Ürününüzden memnun kalmanızı umuyoruz.

       Aklınıza takılan bir şey olursa lütfen bize yazmaktan çekinmeyin.

       Saygılarımızla,
       Emre Aydın
       Müşteri Hizmetleri Uzmanı
       Yıldız Elektronik
       """,
       "Thanks, hope you are happy, offer to help; signature with name and title."),
    TH(FQ, "text", "Teşekkür - sipariş {O}",
       """
       Merhaba,

       Siparişiniz için teşekkür ederiz.

       Saygılarımızla,
       Boğaziçi Mobilya

       Boğaziçi Mobilya San. ve Tic. A.Ş.
       Organize Sanayi Bölgesi 4. Cadde No: 21, 34555 Arnavutköy/İstanbul
       Vergi No: 1870456321 | MERSİS No: 0187045632100015
       """,
       "One-sentence thanks followed by a company-details footer, which is not content."),
    TH(FQ, "text", "Merhaba! Sipariş {O}",
       """
       Merhaba Zeynep Hanım,

       Bizi tercih ettiğiniz için çok mutluyuz, çok teşekkür ederiz! Umarız ürününüzü çok seversiniz.

       Sevgiler,
       Lale Baskı Atölyesi
       """,
       "Warm thanks saying the shop is glad to be chosen; only thanks and a wish."),
    TH(FQ, "text", "Teşekkürler ({O})",
       """
       İyi günler,

       Alışverişiniz için teşekkür eder, ürününüzü sağlıkla kullanmanızı dileriz.

       Toros Bahçe
       "Toprağa özen, doğaya saygı."
       """,
       "Thanks with a wish and a shop motto below the signature."),
    TH(FQ, "text", "{O} - bilginize",
       """
       Sayın Müşterimiz,

       Siparişinizle ilgili herhangi bir sorun yaşarsanız ekibimiz size yardımcı olmaya hazırdır. Bu mesajı yanıtlamanız yeterlidir.

       Saygılarımızla,
       Marmara Beyaz Eşya Müşteri Hizmetleri
       """,
       "Only says the team is ready to help if a problem occurs; misleading 'bilginize' subject."),
    TH(FQ, "text", "Siparişiniz {O} için teşekkürler",
       """
       Merhaba Oğuz Bey,

       Atlas Spor olarak bize güvendiğiniz için teşekkür ederiz. Yeni ayakkabılarınızla nice güzel koşular dileriz!

       Sporla kalın,
       Atlas Spor
       """,
       "Thanks and a sporty good wish, with a closing formula."),
    TH(FQ, "text", "Teşekkürler",
       """
       Merhaba,

       {O} numaralı siparişiniz için teşekkür ederiz. Soru, öneri ya da herhangi bir konuda bize her zaman yazabilirsiniz.

       Nur Kitabevi
       """,
       "Thanks and an open offer to write; the order number is only in the body."),
    TH(FQ, "text", "Bizden alışveriş yaptığınız için teşekkürler - {O}",
       """
       Değerli müşterimiz,

       Siparişiniz için en içten teşekkürlerimizi sunarız. Sizin gibi müşterilerimiz sayesinde 30 yıldır bu işi severek yapıyoruz.

       Ürününüzü beğeneceğinizi umuyor, iyi günlerde kullanmanızı diliyoruz.

       Saygılarımızla,
       Kapadokya Halı
       """,
       "Warm thanks mentioning the shop's 30 years; still no content beyond thanks and wishes."),
    TH(FQ, "text", "Sipariş {O}",
       """
       Merhaba, siparişiniz için teşekkürler. Bir ihtiyacınız olursa buradayız. İyi günler!

       Gökkuşağı Kırtasiye
       """,
       "Three short sentences: thanks, here if needed, good day."),
    TH(FQ, "text", "{O} numaralı siparişiniz",
       """
       Sayın Selin Öztürk,

       Ege Tekstil Ev'i tercih ettiğiniz için teşekkür ederiz. Yeni nevresim takımınızla huzurlu uykular dileriz.

       Herhangi bir sorunuz olursa Müşteri Hizmetleri ekibimiz size yardımcı olmaktan mutluluk duyacaktır.

       Saygılarımızla,
       Ayşe Demir
       Müşteri Hizmetleri
       Ege Tekstil Ev

       Ege Tekstil Ev Ürünleri San. ve Tic. Ltd. Şti. | Vergi Dairesi: Çiğli | Vergi No: 3251234567
       """,
       "Thanks, good wishes, offer to help, signature and a company footer."),
    TH(FQ, "text", "Teşekkür ederiz - {O}",
       """
       Merhaba Can Bey,

       Siparişiniz için teşekkür ederiz. Ürününüzden memnun kalmanız bizim için her şeyden önemli.

       Gökkuşağı Kırtasiye
       """,
       "Thanks and 'your satisfaction matters most to us'; no review ask, no other content."),
    TH(FQ, "text", "Siparişiniz hakkında ({O})",
       """
       Merhaba,

       Siparişinizle ilgili aklınıza takılan bir şey olursa, bu mesaja yanıt vererek bize ulaşabilirsiniz. Ekibimiz hafta içi her gün mesajlarınızı yanıtlıyor.

       Kuzey Outdoor
       """,
       "Offer to help with a note on when messages are answered; no other content."),
    TH(FQ, "text", "Teşekkürler! - {O}",
       """
       Merhaba Gizem Hanım,

       Efe Oyuncak ailesi olarak siparişiniz için çok teşekkür ederiz. Oyuncağın minik sahibine bol bol keyifli oyunlar dileriz.

       Sevgiler,
       Efe Oyuncak
       """,
       "Thanks and a wish for the child who gets the toy."),
    TH(FQ, "text", "{O} - teşekkür mesajı",
       """
       Sayın Müşterimiz,

       Siparişiniz için teşekkür ederiz. Ürününüzü kullanırken herhangi bir sorunla karşılaşırsanız bizimle iletişime geçmekten çekinmeyin; en kısa sürede size dönüş yapacağız.

       İyi günler dileriz,
       Deniz Aydınlatma

       "Işığınız hiç sönmesin."
       """,
       "Thanks and offer to help with a motto at the end."),
    TH(FQ, "text", "Siparişiniz için teşekkürler",
       """
       Merhaba Tolga Bey,

       {O} numaralı siparişinizi verdiğiniz için teşekkür ederiz.
       Yeni yatağınızda rahat uykular dileriz.

       Saygılarımızla,
       Yatak Dünyası
       """,
       "Thanks with a wrapped line and a wish for good sleep."),
    TH(FQ, "text", "{O}",
       """
       Sevgili müşterimiz,

       Bu mesajı sadece size teşekkür etmek için yazıyoruz. Alışverişiniz bizim için çok değerli.

       Mutlu günler dileriz,
       Safran Mutfak
       """,
       "Explicitly writes 'only to thank you'."),
    TH(FQ, "text", "Merhaba - sipariş {O}",
       """
       Merhaba,

       Siparişiniz için teşekkür ederiz. Ürününüzden memnun kalmanızı diliyoruz. Bir sorun olursa bize yazmanız yeterli.

       İyi günler,
       Murat Arslan
       Hisar Hırdavat
       """,
       "Classic three-part template: thanks, hope you are happy, write to us if there is a problem."),
    TH(FQ, "text", "Teşekkürler - {O}",
       """
       Merhaba,

       Siparişiniz için teşekkür ederiz. Umarız yeni kupalarınızla sabah kahveleriniz daha da keyifli olur.

       Anadolu Seramik
       Anadolu Seramik Tic. Ltd. Şti. - Vergi Dairesi: Odunpazarı - Vergi No: 0680123456
       """,
       "Short thanks and wish with a one-line company footer."),
    TH(FQ, "text", "{O} numaralı sipariş",
       """
       İyi günler,

       Teşekkür ederiz.

       Yıldız Elektronik
       """,
       "Just 'teşekkür ederiz' with the order number in the subject."),
    TH(FQ, "text", "Sipariş {O} - her zaman yanınızdayız",
       """
       Merhaba Hakan Bey,

       Sadece şunu hatırlatmak istedik: ürününüzle ilgili herhangi bir konuda yardıma ihtiyacınız olursa, her zaman yanınızdayız.

       Sizin için buradayız.
       Marmara Isı Servis
       """,
       "Only 'we are always at your side if you need help'."),
    TH(FQ, "html", "Siparişiniz için teşekkürler - {O}",
       """
       <p>Merhaba,</p>
       <p>Siparişiniz için <strong>çok teşekkür ederiz</strong>. Ürününüzü güle güle kullanmanızı dileriz.</p>
       <p>Sorularınız için her zaman buradayız.</p>
       <p>Kristal Cam</p>
       """,
       "HTML thanks, wish and offer to help."),
    TH(FQ, "html", "{O} - teşekkürler",
       """
       <p><img src="https://cdn.postaci-builder.net/u/4821/anadolu-seramik-logo.png" alt="Anadolu Seramik logosu" width="160" height="48"></p>
       <p>Sayın Müşterimiz,</p>
       <p>Anadolu Seramik'i tercih ettiğiniz için teşekkür ederiz. Ürünlerimizi keyifle kullanmanızı dileriz.</p>
       <p>Saygılarımızla,<br>Anadolu Seramik</p>
       """,
       "HTML thanks with the shop's unlinked logo; the logo adds no content."),
    TH(FQ, "html", "Teşekkür ederiz ({O})",
       """
       <table role="presentation" width="100%" cellpadding="0" cellspacing="0">
       <tr><td style="padding:16px">
       <p>Değerli müşterimiz,</p>
       <p>Siparişiniz için teşekkür ederiz. Herhangi bir sorunuz ya da sorununuz olursa bu mesaja yanıt vermeniz yeterli; size memnuniyetle yardımcı oluruz.</p>
       <p>İyi günler dileriz,<br>Pamukkale Havlu Müşteri Hizmetleri</p>
       <p><small>Pamukkale Havlu Tekstil San. Ltd. Şti. | Denizli OSB 3. Cadde No: 11, 20330 Honaz/Denizli | Vergi No: 7120345986</small></p>
       </td></tr>
       </table>
       """,
       "Builder-table HTML thanks with an offer to help and a small-print footer."),
    TH(FQ, "html", "Sipariş {O}",
       """
       <p>Merhaba Büşra Hanım,</p>
       <p>Siparişiniz için teşekkürler! Yeni tabaklarınızla sofralarınız hep bereketli olsun.</p>
       <p>Sevgiler,<br>Anadolu Seramik</p>
       """,
       "Short HTML thanks with a traditional good wish for the table."),
    TH(FQ, "text", "{O} numaralı siparişiniz için",
       """
       Merhabalar,

       Siparişiniz için teşekkür ederiz. Ürününüzle ilgili yardıma ihtiyaç duyarsanız
       mesai saatleri içinde bu mesaja yanıt vererek bize ulaşabilirsiniz.
       Mutlu günlerde kullanmanızı dileriz.

       Saygılarımızla,
       Serin Klima Servis
       Müşteri Hizmetleri
       """,
       "Thanks, offer to help during working hours and a wish, with hard-wrapped lines."),
    TH(FQ, "text", "Teşekkürlerimizle - {O}",
       """
       Merhaba,

       Bu ay bizden alışveriş yapan her müşterimize ayrı ayrı teşekkür etmek istedik. Siparişiniz bizim için çok kıymetli.

       Her şey gönlünüzce olsun,
       Gümüşçü Derya
       """,
       "Thanks framed as a personal note; no promotion and no other content."),
    TH(FQ, "text", "Sipariş {O} için teşekkür",
       """
       Merhaba Merve Hanım,

       Bilekliğinizi bizden aldığınız için teşekkür ederim. Güzel günlerde takmanızı dilerim.

       Sevgilerimle,
       Derya
       """,
       "Personal first-person thanks with a wish to wear the bracelet in good days."),
    TH(FQ, "text", "{O} - Yatak Dünyası",
       """
       Sayın Müşterimiz,

       Yatak Dünyası'nı tercih ettiğiniz için teşekkür ederiz.

       Müşteri memnuniyeti bizim için önceliktir; herhangi bir konuda desteğe ihtiyacınız olursa bize buradan yazabilirsiniz.

       Saygılarımızla,
       Yatak Dünyası Müşteri Hizmetleri
       Yatak Dünyası Mobilya A.Ş. | Vergi Dairesi: İnegöl | Vergi No: 9470123658
       """,
       "Thanks and a customer-satisfaction line with a footer."),
    TH("reply", "text", "Ynt: Teşekkürler - {O}",
       """
       Merhaba Elif Hanım,

       Güzel mesajınız için biz teşekkür ederiz! Sizin gibi müşterilerimiz olduğu için çok şanslıyız.

       Sevgiler,
       Ege Tekstil Ev
       """,
       "Reply to a buyer's thank-you that only thanks back."),
    TH("reply", "text", "Re: {O}",
       """
       Merhaba,

       Geri dönüşünüz için teşekkür ederiz. Başka bir konuda yardımcı olabileceğimiz bir şey olursa buradayız.

       Nur Kitabevi
       """,
       "Reply that only thanks for the feedback and offers help."),
    TH("reply", "text", "Ynt: Çok memnun kaldım ({O})",
       """
       Merhaba Burak Bey,

       Güzel mesajınız için çok teşekkürler, memnun kalmanıza çok sevindik! Çantanızla güzel yürüyüşler dileriz.

       Kuzey Outdoor
       """,
       "Reply to a happy buyer; thanks and a wish only."),
    TH("reply", "html", "Ynt: Teşekkür ederim - {O}",
       """
       <p>Merhaba Derya Hanım,</p>
       <p>Nazik sözleriniz için biz teşekkür ederiz. Tabaklarınızı güzel günlerde kullanmanızı dileriz; ihtiyacınız olursa her zaman buradayız.</p>
       <p>Sevgiyle,<br>Mavi Çini Atölyesi</p>
       """,
       "HTML reply that only returns thanks, a wish and the offer to help."),
    TH("reply", "text", "YNT: {O}",
       """
       Rica ederiz, ne demek! Bir ihtiyacınız olursa yine yazın.

       Safran Mutfak
       """,
       "One-line reply: 'you are welcome, write again if you need anything'."),
    TH("reply", "text", "Ynt: Sipariş {O}",
       """
       Merhaba Can Bey,

       Mesajınız için teşekkür ederiz. Memnun kalmanıza çok sevindik.

       İyi çalışmalar dileriz,
       Gökkuşağı Kırtasiye
       """,
       "Reply glad the buyer is happy; thanks only."),
]
