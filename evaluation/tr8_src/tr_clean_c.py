"""Clean Turkish messages, part C: design proofs, door codes, replies (foreign titles,
manufacturer's warranty line, company footer, numbers)."""
from common import C

MSGS = [
    # ---- custom design verification ----------------------------------------------------------
    C("custom-design-verification", "text", "Tasarım onayı - sipariş {O}",
      """
      Merhaba Ece Hanım,

      Kişiye özel kupanız için hazırladığımız tasarım önizlemesini ekte gönderiyoruz. Kupada "Dünyanın en iyi öğretmeni - Ayla Hoca" yazısı ve seçtiğiniz çiçek motifi yer alıyor.

      Önizlemeyi onaylarsanız baskıya geçeceğiz. Değişiklik isterseniz hangi kısmın değişmesini istediğinizi yazmanız yeterli.

      Lale Baskı Atölyesi
      """,
      "Design proof for a personalised mug, asking for approval or changes."),
    C("custom-design-verification", "text", "{O} - kapı isimliği önizlemesi",
      """
      Sayın Müşterimiz,

      Kapı isimliğinizin tasarım taslağı ekte (PDF). Lütfen şunları kontrol edin:

      - İsim: "Yılmaz Ailesi"
      - Yazı tipi: el yazısı stili
      - Ölçü: 20 x 8 cm

      Taslak uygunsa "onaylıyorum" yazmanız yeterli; üretim onayınızdan sonraki iş günü başlar.

      Lale Baskı Atölyesi
      """,
      "Design proof checklist; 'yazı tipi' describes the product's lettering, not a message font."),
    C("custom-design-verification", "html", "Tasarım önizlemeniz hazır - {O}",
      """
      <p>Merhaba Can Bey,</p>
      <p>Şirket logonuzun işleneceği 50 adet defter kapağı için hazırladığımız baskı provası ekte.</p>
      <ul>
      <li>Baskı tekniği: sıcak yaldız</li>
      <li>Logo ölçüsü: 4 x 4 cm, sağ alt köşe</li>
      <li>Kapak rengi: lacivert</li>
      </ul>
      <p>Onayınızı aldıktan sonra üretime başlayacağız.</p>
      <p>Gökkuşağı Kırtasiye<br>Kurumsal Siparişler</p>
      """,
      "HTML design proof for branded notebooks; 'sağ alt köşe' and 'lacivert' describe the product, not the message layout."),
    C("custom-design-verification", "text", "Sipariş {O}: gravür provası",
      """
      Merhaba Merve Hanım, bilekliğinize yapılacak gravürün provası ekte. İç yüzde "M & K 12.06.2021" yazacak. Harf aralığı ve yazım doğruysa onay vermeniz yeterli.

      Sevgiler,
      Derya
      Gümüşçü Derya
      """,
      "Short engraving proof with a date inside the engraving text."),
    C("custom-design-verification", "text", "{O} numaralı siparişiniz - baskı onayı",
      """
      İyi günler,

      Düğün davetiyeleriniz için hazırladığımız son taslağı ekte bulabilirsiniz. İsteğiniz doğrultusunda tarih "22 Mayıs 2027 Cumartesi, 19:30" olarak güncellendi ve salon adı "Beyaz Köşk Düğün Salonu" şeklinde düzeltildi.

      Baskı adedi: 150. Onayınızla birlikte baskıya gireceğiz; onaydan sonra değişiklik yapılamadığını hatırlatırız.

      Saygılarımızla,
      Lale Baskı Atölyesi
      """,
      "Wedding invitation proof with a future event date and time inside the design."),
    C("custom-design-verification", "html", "Tasarım kontrolü: {O}",
      """
      <table role="presentation" width="100%" cellpadding="0" cellspacing="0">
      <tr><td style="padding:16px">
      <p>Sayın Müşterimiz,</p>
      <p>Fotoğrafınızdan hazırladığımız kanvas tablonun kadraj önizlemesi ekte yer alıyor. Fotoğrafın kenarlarından yaklaşık 2 cm tuval kenarına katlanacak.</p>
      <p>Kadraj uygunsa onay verebilir, farklı bir kırpma isterseniz bize yazabilirsiniz.</p>
      <p>Lale Baskı Atölyesi</p>
      </td></tr>
      </table>
      """,
      "Builder HTML canvas-print proof; the proof is an attachment, not an inline image."),
    # ---- door code / access question ------------------------------------------------------
    C("additional-information", "text", "Teslimat için kapı kodu - {O}",
      """
      Merhaba,

      Teslimat adresinizin bir site içinde olduğunu gördük. Sitenizin giriş kapısında kod isteniyorsa, teslimatın aksamaması için kapı kodunu ya da görevliye bırakılabilecek bir not bilgisini yazabilir misiniz?

      Teslimat referans no: TSL-2026-48172

      Teşekkürler,
      Boğaziçi Mobilya
      """,
      "Door-code question with a delivery reference number."),
    C("additional-information", "text", "{O} - site girişi ve blok bilgisi",
      """
      Sayın Müşterimiz,

      Adresinizde site adı yazıyor ancak blok harfi yok. Nakliye ekibinin doğru bloğa ulaşabilmesi için blok harfini ve varsa güvenlik kulübesinde verilecek kodu yazmanızı rica ederiz.

      Referans: SEV/2026/0774 - Araç planı: 16.12.2026

      Marmara Beyaz Eşya
      """,
      "Asks for the block letter and gate code; reference number with slashes and a date."),
    C("additional-information", "html", "Sipariş {O}: bina giriş kodu",
      """
      <p>Merhaba Emre Bey,</p>
      <p>Teslimat referans numarası <strong>KRG-88-20461</strong> olan siparişinizin teslimatında kuryenin binanıza girişte zorluk yaşamaması için dış kapı şifresini veya paketin bırakılabileceği bir komşu/daire bilgisini paylaşabilir misiniz?</p>
      <p>Teşekkür ederiz,<br>Hisar Hırdavat</p>
      """,
      "HTML door-code question with a hyphenated reference number."),
    C("additional-information", "text", "{O} - teslimat notu",
      """
      Merhaba, teslimat adresinizdeki "kapıda şifre var" notunu gördük. Teslim anında kuryenin kullanabilmesi için şifreyi yazar mısınız? Ref: DLV 4471 902

      Toros Bahçe
      """,
      "One-line door-code question with a grouped reference number that is not a phone number."),
    # ---- reply quoting a product title / shop name in another language ---------------------
    C("reply", "text", "Ynt: Bulaşık makinesi sorusu - {O}",
      """
      Merhaba Selin Hanım,

      Sorduğunuz "Stoneware Mug Set - Ocean Blue, 4 pcs" ürünü bulaşık makinesinde ve mikrodalga fırında kullanılabilir. Sırrı kurşunsuzdur; yalnızca ani sıcaklık değişimlerinden (buzdolabından çıkarıp doğrudan fırına koymak gibi) kaçınmanızı öneririz.

      Saygılarımızla,
      Anadolu Seramik
      """,
      "Reply quoting an English product title inside Turkish sentences."),
    C("reply", "text", "Re: Kutudaki firma adı ({O})",
      """
      Merhaba,

      Ürün kutusunda ve kullanım kılavuzunda gördüğünüz "Schwarzwald Holzwerk GmbH", Türkiye distribütörü olduğumuz Alman üreticinin unvanıdır. Amazon'daki mağaza adımız "Ahşap Ev Dekor"dur; iade ve faturalama işlemleri bizim üzerimizden yürür.

      İyi günler dileriz,
      Ahşap Ev Dekor
      """,
      "Reply naming a German manufacturer and the shop name inside Turkish sentences."),
    C("reply", "html", "Ynt: Ürün uyumluluğu - sipariş {O}",
      """
      <p>Merhaba Burak Bey,</p>
      <p>Sorunuz için teşekkürler. <em>"Trail Runner Pro GTX - Men's Waterproof Hiking Shoe"</em> modelinin iç tabanı çıkarılabilir; ortopedik tabanınızı rahatlıkla kullanabilirsiniz.</p>
      <p>Ürün kalıbı standarttır, bu yüzden normalde giydiğiniz numarayı seçmeniz yeterli.</p>
      <p>Kuzey Outdoor</p>
      """,
      "HTML reply quoting a long English product title in italics."),
    C("reply", "text", "YNT: Kitabın dili - {O}",
      """
      Merhaba İbrahim Bey,

      Sipariş ettiğiniz "Le Petit Prince" kitabı Fransızca orijinal baskıdır; Türkçe çevirisi değildir. Türkçe baskıyı isterseniz "Küçük Prens" adıyla ayrı bir ilanımız bulunuyor.

      Nur Kitabevi
      """,
      "Reply quoting a French book title; the sentences are Turkish."),
    C("reply", "text", "Ynt: Ürün açıklaması ({O})",
      """
      Merhaba,

      Etikette yazan "Made in Italy - 100% Merino Wool" ifadesi doğrudur: atkı İtalya'da üretilmiş ve tamamen merinos yünündendir. Elde, 30 derecede yıkanmasını öneriyoruz.

      Sevgiler,
      Ege Tekstil Ev Müşteri Hizmetleri
      """,
      "Reply quoting English label text inside a Turkish sentence."),
    C("reply", "text", "Ynt: Set içeriği - {O}",
      """
      Merhaba Gizem Hanım,

      "Kinderküche Spielset Deluxe" setinin içinde 24 parça bulunuyor: tencere, tava, tabaklar, çatal-kaşık takımı ve oyuncak gıdalar. Pil gerektiren bir parça yok.

      Efe Oyuncak
      """,
      "Short reply quoting a German product title."),
    # ---- reply with the manufacturer's warranty hotline (BSM309 exception) -------------------
    C("reply", "text", "Ynt: Garanti başvurusu - {O}",
      """
      Merhaba Hakan Bey,

      Kahve makinenizin garanti süresi fatura tarihinden itibaren 2 yıldır ve garanti işlemleri doğrudan üretici tarafından yürütülür.

      Üreticinin garanti hattı (Brevo Ev Aletleri Garanti Destek): 0850 455 12 12

      Aradığınızda faturanızdaki tarih ve cihazın seri numarası sorulacaktır.

      Saygılarımızla,
      Yıldız Elektronik
      """,
      "Reply giving a 0850 number explicitly marked as the manufacturer's warranty line."),
    C("reply", "text", "Re: Servis - sipariş {O}",
      """
      Merhaba,

      Buzdolabınızdaki soğutma sorunu için üreticinin yetkili servisine başvurmanız gerekiyor. Üretici garanti hattı: 444 8 372 (Norvik Beyaz Eşya, hafta içi 08:30-18:00).

      Servis kaydı açıldıktan sonra işlem numarasını bize iletirseniz süreci takip edebiliriz.

      Marmara Beyaz Eşya
      """,
      "Reply with a 444 short number marked as the manufacturer's warranty line, plus opening hours."),
    C("reply", "html", "Ynt: Garanti belgesi ({O})",
      """
      <p>Merhaba Serkan Bey,</p>
      <p>Garanti belgesi kulaklığın kutusunun içindedir. Garanti kapsamındaki arızalar için üreticiye başvurabilirsiniz:</p>
      <p><strong>Sonix Audio üretici garanti hattı:</strong> 0 850 222 76 49</p>
      <p>Garanti süresi 24 aydır; başvururken faturanızın bir kopyası istenir.</p>
      <p>Yıldız Elektronik Müşteri Hizmetleri</p>
      """,
      "HTML reply with the manufacturer's warranty line marked in bold."),
    C("reply", "text", "Ynt: Matkap arızası - {O}",
      """
      Merhaba Murat Bey,

      Anlattığınız sorun motor kömürlerinden kaynaklanıyor olabilir. Cihaz 2 yıl üretici garantisi altında olduğu için doğrudan üreticinin garanti hattını aramanızı öneririz:

      Demirtaş Aletleri garanti ve yetkili servis hattı: +90 212 555 48 10

      Hisar Hırdavat
      """,
      "Reply with an international-format number marked as the manufacturer's warranty and service line."),
    C("reply", "text", "YNT: Klima garantisi - {O}",
      """
      İyi günler,

      Klimanızın garantisi üretici Polar Klima tarafından sağlanır. Garanti kapsamındaki arızalar için üreticinin ücretsiz garanti destek hattını (0800 211 40 40) arayabilirsiniz; kayıt sırasında siparişinizdeki model adını ("Polar Inverter 12000 BTU") söylemeniz yeterli.

      Serin Klima Servis
      """,
      "Reply with a 0800 free number marked as the manufacturer's warranty support line."),
    C("reply", "text", "Ynt: Yedek parça - {O}",
      """
      Merhaba Cansu Hanım,

      Tencerenizin kapak tutacağı garanti kapsamındadır ve üretici yedek parçayı ücretsiz gönderiyor. Üreticinin garanti ve yedek parça hattı: 0216 555 30 30 (Gurme Döküm Garanti Birimi).

      Safran Mutfak
      """,
      "Reply with a landline number marked as the manufacturer's warranty and spare-parts line."),
    # ---- reply with a company-details footer ----------------------------------------------
    C("reply", "text", "Ynt: Ürün ölçüleri - {O}",
      """
      Merhaba,

      Sorduğunuz kitaplığın ölçüleri 80 cm genişlik, 30 cm derinlik ve 180 cm yüksekliktir. Raf aralıkları ayarlanabilir ve her raf 15 kg taşıyabilir.

      Saygılarımızla,
      Boğaziçi Mobilya Müşteri Hizmetleri

      --
      Boğaziçi Mobilya San. ve Tic. A.Ş.
      Organize Sanayi Bölgesi 4. Cadde No: 21, 34555 Arnavutköy/İstanbul
      Vergi Dairesi: Boğaziçi Kurumlar | Vergi No: 1870456321 | MERSİS No: 0187045632100015
      """,
      "Reply with a plain-text company footer: address, postal code, tax and MERSİS numbers."),
    C("reply", "html", "Ynt: Ürün bakımı ({O})",
      """
      <p>Merhaba Derya Hanım,</p>
      <p>Çini tabaklarımız elde yıkanmalıdır; bulaşık makinesi deterjanı zamanla sırrın parlaklığını azaltabilir. Yumuşak bir süngerle ılık su yeterlidir.</p>
      <p>Saygılarımızla,<br>Mavi Çini Atölyesi</p>
      <hr>
      <p><small>Mavi Çini Sanat Ürünleri Ltd. Şti. · Cumhuriyet Mah. Çiniciler Sok. No: 8, 43100 Merkez/Kütahya · Vergi Dairesi: 30 Ağustos · Vergi No: 6230987145 · Ticaret Sicil No: 9876</small></p>
      """,
      "HTML reply with a small-print company footer after a horizontal rule."),
    C("reply", "text", "Re: Kumaş içeriği - {O}",
      """
      Merhaba Elif Hanım,

      Nevresim takımımız %100 pamuk saten kumaştan üretilmiştir; iplik sıklığı 300 TC'dir.

      İyi günler dileriz,
      Ayşe Demir
      Müşteri Hizmetleri

      Ege Tekstil Ev Ürünleri San. ve Tic. Ltd. Şti.
      Atatürk OSB 10003 Sk. No: 7, 35620 Çiğli/İzmir
      Vergi Dairesi: Çiğli - Vergi No: 3251234567
      MERSİS No: 0325123456700019
      """,
      "Short reply with a personal signature and a four-line company footer."),
    C("reply", "text", "Ynt: Uyumlu pil - {O}",
      """
      Merhaba, oyuncak arabanız 3 adet AA pil ile çalışır; pil kutuya dahil değildir. Şarjlı pil de kullanabilirsiniz.

      Efe Oyuncak
      Efe Oyuncak Tic. Ltd. Şti. | Yenişehir Mah. 1204 Sok. No: 3, 06170 Yenimahalle/Ankara | Vergi No: 3340567812 (Ostim VD)
      """,
      "Very short reply with a one-line company footer."),
    C("reply", "html", "Ynt: Teslimat bölgesi - {O}",
      """
      <table role="presentation" width="100%" cellpadding="0" cellspacing="0">
      <tr><td style="padding:16px">
      <p>Merhaba Tolga Bey,</p>
      <p>Yatak teslimatlarımızı Türkiye'nin tüm illerine yapıyoruz; adresiniz kendi nakliye ağımızın kapsamında olduğundan taşıma ve yerleştirme ücretsizdir.</p>
      <p>İyi günler,<br>Yatak Dünyası</p>
      <p><small>Yatak Dünyası Mobilya A.Ş. | İnegöl OSB 2. Cadde No: 15, 16400 İnegöl/Bursa | Vergi Dairesi: İnegöl | Vergi No: 9470123658 | MERSİS No: 0947012365800012</small></p>
      </td></tr>
      </table>
      """,
      "Builder HTML reply with a small-print company footer in the same cell."),
    # ---- reply with tracking/return numbers, dates, times, amounts ---------------------------
    C("reply", "text", "Ynt: İade durumu - {O}",
      """
      Merhaba Serkan Bey,

      İade ettiğiniz kulaklık 2 Aralık 2026 saat 14:32'de depomuza ulaştı (Aras Kargo iade gönderi no: 4518 2207 6631). Kontrolü 3 Aralık'ta tamamladık ve 1.050,00 TL'lik iadenizi aynı gün saat 11:05'te başlattık.

      İade tutarı bankanıza bağlı olarak 3-10 iş günü içinde kartınıza yansır.

      Yıldız Elektronik
      """,
      "Reply about a completed return with a grouped tracking number, dates, times and an amount."),
    C("reply", "text", "Re: Kısmi iade tutarı - {O}",
      """
      Merhaba,

      Onayladığınız kısmi iadeyi bugün (07.12.2026) 16:40'ta gerçekleştirdik:

      - İade tutarı: 135,00 TL
      - Amazon iade talep no: R-2026-114507
      - Orijinal sipariş tutarı: 449,90 TL

      Kristal Cam
      """,
      "Reply confirming a partial refund with a return id, a date, a time and amounts."),
    C("reply", "html", "Ynt: İade kargo kodu ({O})",
      """
      <p>Merhaba Büşra Hanım,</p>
      <p>İade talebiniz onaylandı. Ürünü Yurtiçi Kargo şubelerinden herhangi birine <strong>iade kodu 7302 5581</strong> ile ücretsiz olarak teslim edebilirsiniz. Kod 21.12.2026 saat 23:59'a kadar geçerlidir.</p>
      <p>Ürün elimize ulaştıktan sonra 899,00 TL iadeniz en geç 2 iş günü içinde başlatılır.</p>
      <p>Anadolu Seramik</p>
      """,
      "HTML reply giving a return code, an expiry date and time, and the refund amount."),
    C("reply", "text", "Ynt: Değişim ve fark iadesi - {O}",
      """
      Merhaba Oğuz Bey,

      Değişim için gönderdiğiniz eski ayakkabı 3 Aralık'ta bize ulaştı; iade takip no: MNG 622 418 337. Fark tutarı olan 120,00 TL'yi 4 Aralık 2026 saat 10:15'te iade ettik.

      Yeni numara için verdiğiniz değişim siparişi ise ayrı bir sipariş olarak Amazon'da görünecektir.

      Atlas Spor
      """,
      "Reply about a returned item with a grouped return tracking number, date, time and refund amount."),
    C("reply", "text", "YNT: Ücret farkı ({O})",
      """
      Merhaba Ece Hanım,

      Sorduğunuz 60,00 TL'lik fark, ürünü kısmen kullanılmış olarak iade ettiğiniz için onayınızla düştüğümüz kesintiden kaynaklanıyor: 449,90 TL - 60,00 TL = 389,90 TL. İade işlem numarası RF/2026/3318, işlem tarihi 05.12.2026 - 09:47.

      Saygılarımızla,
      Kristal Cam Müşteri Hizmetleri
      """,
      "Reply explaining a refund calculation with amounts, a slash-separated refund id, a date and a time."),
]
