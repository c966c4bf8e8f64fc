"""v4 blind evaluation set, Spanish (es-ES)."""

MESSAGES = []


def _oid(n):
    return "207-%07d-%07d" % ((4409 * n * n + 7283 * n + 2500391) % 10**7,
                              (5227 * n + 3061 * n * n + 6700027) % 10**7)


def m(n, typ, fmt, subject, body, expected, note, locale="es-ES"):
    o = _oid(n)
    MESSAGES.append({
        "id": "v4-es-%03d" % n, "language": "es", "locale": locale, "type": typ,
        "format": fmt, "subject": subject.replace("{O}", o),
        "body": body.replace("{O}", o).replace("{ONH}", o.replace("-", "")),
        "order_id": o, "expected": sorted(expected), "note": note})


# ---------------- 17 clean ----------------
m(1, "delivery-delay", "text", "Pedido {O}: nueva fecha de envío",
  "Hola, Carmen:\n\nTe escribimos porque la cazuela de barro de tu pedido {O} va a salir con unos días de retraso. Nuestro alfarero de Totana ha tenido que repetir la cocción de la última hornada, así que la nueva fecha prevista de envío es el jueves 17 de diciembre (en lugar del lunes 14).\n\nSentimos mucho las molestias.\n\nUn saludo,\nPaco Martínez\nAlfarería del Segura",
  [], "Plain-text delivery delay with a new ship date.")

m(2, "delivery-delay", "html", "Información sobre su pedido {O}",
  "<table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\"><tr><td><p>Estimado/a cliente:</p><p>Le informamos de que la lámpara de esparto <b>Mediterránea</b> (pedido {O}) estará disponible a partir del <b>21/12/2026</b>, debido a un retraso de nuestro taller de Crevillent.</p><p>Nueva fecha estimada de entrega: entre el 23 y el 26 de diciembre.</p><p>Disculpe las molestias.<br>Atención al cliente<br>Esparto &amp; Luz</p></td></tr></table>",
  [], "Builder HTML delivery delay, no styles.")

m(3, "order-problem", "text", "[Importante] Artículo sin stock - pedido {O}",
  "Buenos días, Sr. Navarro:\n\nLamentamos comunicarle que el segundo juego de sábanas de su pedido {O} se ha agotado en fábrica y no podremos enviárselo.\n\nYa hemos ajustado el importe del pedido: no se le cobrarán los 39,95 € de ese artículo. El resto del pedido sigue adelante sin cambios.\n\nDisculpe las molestias,\nLucía Herrera\nTextil Hogar Ontinyent",
  [], "Order problem confirming the adjusted amount; [Importante] allowed here.")

m(4, "additional-information", "text", "Pedido {O}: necesitamos un dato",
  "Hola:\n\nPara terminar la placa grabada de tu pedido {O} nos falta saber el texto exacto: ¿ponemos solo «Familia Ortega» o también el número de la casa? Si no nos dices nada antes del 14/12, grabaremos únicamente «Familia Ortega».\n\n¡Gracias!\nNerea, Grabados Txoko",
  [], "Request for information needed to complete a personalised order.")

m(5, "return-follow-up", "text", "Su devolución - pedido {O}",
  "Buenas tardes, Sra. Jiménez:\n\nHemos visto su aviso sobre el edredón (pedido {O}) que llegó con una costura suelta. Si prefiere quedárselo, le ofrecemos un reembolso parcial de 20,00 €; si no, seguimos adelante con la devolución sin problema.\n\nQuedamos a la espera de su respuesta.\n\nAtentamente,\nJavier Soler\nResponsable de atención al cliente - Nórdicos del Norte",
  [], "Return follow-up offering a partial refund.")

m(6, "return-follow-up", "html", "Devolución del pedido {O}: una pregunta",
  "<p>Hola:</p><p>Para tramitar la devolución de la batidora de vaso (pedido {O}) necesitamos saber si nos envías también la jarra de repuesto que venía en la caja, ya que en la solicitud figura un solo artículo.</p><p>Gracias,<br>Departamento de devoluciones<br>Electro Levante</p>",
  [], "Return follow-up asking for information needed to complete the return.")

m(7, "invoice", "text", "Factura FV/2026/000731 - pedido {O}",
  "Buenos días:\n\nAdjuntamos la factura n.º FV/2026/000731 correspondiente a su pedido {O}, por un importe total de 302,50 € (base imponible 250,00 € + IVA 21 % 52,50 €).\n\nUn saludo,\nAdministración\n\nMueblecasa Distribución, S.L.\nC/ Sierra de Cazorla, 18 - 28033 Madrid\nCIF B86412937\nInscrita en el Registro Mercantil de Madrid, Tomo 33.021, Folio 112, Hoja M-594377",
  [], "Invoice with CIF, Registro Mercantil data and an invoice number with slashes.")

m(8, "review-request", "text", "Tu opinión sobre el pedido {O}",
  "Hola, Álvaro:\n\nEsperamos que estés disfrutando de la sartén. Si te apetece, puedes dejar una reseña del producto y una valoración del vendedor en Amazon; a otros compradores les sirve de mucho.\n\nUn saludo,\nMarta - Menaje Bilbao (pedido {O})",
  [], "Neutral review request in plain text.")

m(9, "review-request", "html", "Pedido {O}: cuéntanos qué te ha parecido",
  "<table role=\"presentation\" cellpadding=\"8\" cellspacing=\"0\"><tr><td><img src=\"https://cdn.almazaralosolivos.es/correo/logo-almazara-los-olivos.png\" alt=\"Almazara Los Olivos\" width=\"170\" height=\"50\"></td></tr><tr><td><p>Hola:</p><p>Esperamos que el aceite de tu pedido {O} esté dando alegría a tu cocina. Nos gustaría mucho conocer tu opinión, sea cual sea.</p><p><a href=\"https://www.amazon.es/review/create-review?asin=B0CQ2LMT64\">Escribir una reseña del producto en Amazon</a></p><p>Un abrazo desde Baena,<br>Familia Cabello<br><small>Almazara Los Olivos</small></p></td></tr></table>",
  [], "HTML review request with shop logo (alt names shop) and descriptive https Amazon link.")

m(10, "delivery-scheduling", "text", "Entrega del sofá - pedido {O}",
  "Buenos días, Sra. Romero:\n\nPara la entrega e instalación en domicilio del sofá chaise longue (pedido {O}), nuestra agencia de transporte tiene estos huecos:\n\n- martes 15/12, de 9:00 a 13:00\n- miércoles 16/12, de 16:00 a 20:00\n- sábado 19/12, de 10:00 a 14:00\n\nContéstenos por aquí con la franja que mejor le venga.\n\nAtentamente,\nSergio Castillo\nPlanificación de entregas - Sofás Yecla",
  [], "Delivery scheduling for a bulky item with time slots.")

m(11, "home-service-appointment", "text", "Cita para la instalación - pedido {O}",
  "Hola:\n\nHas contratado la instalación del aire acondicionado con tu pedido {O}. Nuestro técnico, Raúl Vidal, puede ir el lunes 14 de diciembre a las 9:30 o el martes 15 de diciembre a las 16:00. La instalación dura unas 3 horas.\n\n¿Qué día te viene mejor?\n\nGracias,\nBeatriz Molina\nClimaServicios Sevilla",
  [], "Home-service appointment with dates and times.")

m(12, "custom-design-verification", "html", "Prueba de diseño de las invitaciones - pedido {O}",
  "<p>Hola, Irene y Daniel:</p><p>Os adjuntamos la prueba de diseño (prueba_invitaciones_Irene_Daniel_v2.pdf) de vuestras invitaciones de boda, pedido {O}.</p><p>Revisad con calma los nombres, la fecha (sábado 12 de junio de 2027), el lugar y la hora. En cuanto nos deis el visto bueno, imprimimos las 150 unidades.</p><p>Un abrazo,<br>Claudia<br>Papelería La Pluma Roja</p>",
  [], "Custom design proof sent for approval.")

m(13, "fulfillment-question", "text", "Código de acceso para la entrega - ref. ENT-30457 / pedido {O}",
  "Buenos días:\n\nAntes de programar la entrega del armario (pedido {O}, expediente ENT-30457, bulto 2 de 3) necesitamos saber cómo acceder al patio interior de la finca. ¿Nos podría indicar el código del portal y el piso?\n\nMuchas gracias,\nÓscar Gil\nMuebles Gil Zaragoza",
  [], "Door-code question with reference numbers.")

m(14, "reply", "text", "Re: Pregunta sobre \"Bamboo Cutting Board Set\" - pedido {O}",
  "Hola:\n\nSí, el \"Bamboo Cutting Board Set\" de la marca Totally Bamboo trae tres tablas de distintos tamaños. Recomendamos lavarlas a mano y secarlas enseguida; no deben ir al lavavajillas.\n\nUn saludo,\nIñaki - Cocina Donostia (pedido {O})",
  [], "Reply quoting an English product title inside Spanish sentences.")

m(15, "reply", "text", "Re: Garantía de la cafetera - pedido {O}",
  "Buenos días, Sra. Prieto:\n\nLa cafetera de su pedido {O} tiene 3 años de garantía del fabricante. Para cualquier reparación en garantía, lo más rápido es contactar directamente con el servicio técnico oficial:\n\nTeléfono de garantía del fabricante (Cafemax): 900 814 226, de lunes a viernes de 9:00 a 19:00\n\nTenga a mano la factura y el número de serie.\n\nAtentamente,\nRubén Ortiz\nCafeteras Express",
  [], "Reply giving the manufacturer's warranty line, marked as such.")

m(16, "reply", "html", "Re: Datos fiscales para su empresa - pedido {O}",
  "<p>Buenos días, Sr. Calvo:</p><p>Como nos pedía, estos son los datos fiscales de nuestra empresa para el pedido {O}:</p><p>Cerámica Manises Artesana, S.L.<br>Avda. de la Alquería, 7<br>46940 Manises (Valencia)<br>CIF B98741205<br>Registro Mercantil de Valencia, Hoja V-187320</p><p>Un cordial saludo,<br>Amparo Ferrer, gerente</p>",
  [], "Reply with a company-details footer.")

m(17, "reply", "text", "Re: Reembolso de su devolución - pedido {O}",
  "Hola:\n\nTu paquete de devolución (localizador de Correos Express 3230014589127, autorización de devolución DEV/2026/0412) llegó a nuestro almacén el 04/12/2026 a las 12:05. Hemos emitido ese mismo día el reembolso de 74,99 €; lo verás en tu cuenta en 3-5 días hábiles.\n\nBuen fin de semana,\nDavid Ramos\nAtención al cliente - Deportes Cumbre (pedido {O})",
  [], "Reply with return tracking number, return authorisation, date, time and amount.")

# ---------------- 31 violations ----------------
m(18, "delivery-delay", "text", "Tu pedido {O} ya está en camino",
  "Hola:\n\n¡Buenas noticias! Tu paquete (pedido {O}) ha salido esta mañana de nuestro almacén y se lo hemos entregado a SEUR. Lo tendrás en 24-48 horas.\n\nSaludos,\nEquipo Juguetes Mágicos",
  ["BSM201"], "Shipping confirmation: left the warehouse, handed to the carrier.")

m(19, "fulfillment-question", "text", "Hemos recibido tu pedido {O}",
  "Hola, Pilar:\n\nHemos recibido tu pedido {O} y ya lo estamos preparando con mucho cariño: cada jabón va envuelto a mano en papel kraft.\n\n¡Hasta pronto!\nRocío - Jabones de Alhama",
  ["BSM201"], "Order confirmation: received and being prepared.")

m(20, "reply", "text", "¡Gracias! - pedido {O}",
  "Hola:\n\nMil gracias por confiar en nosotros con tu pedido {O}. De verdad, nos hace muchísima ilusión.\n\nUn abrazo,\nTurrones Hermanos Sirvent",
  ["BSM202"], "Thanks only.")

m(21, "fulfillment-question", "text", "Pedido {O}",
  "Buenos días, Sr. Delgado:\n\nSi surgiera cualquier incidencia con su pedido {O}, no dude en escribirnos; estamos a su entera disposición.\n\nAtentamente,\nFerretería Online Castilla",
  ["BSM202"], "Only an offer of help if something comes up.")

m(22, "delivery-delay", "text", "Pedido {O}: pequeño retraso",
  "Hola:\n\nEl juego de mesa de tu pedido {O} saldrá el 16/12 en lugar del 14/12, porque estamos esperando una reimpresión de las cartas.\n\nGracias por tu paciencia,\nToni, Jocs de Taula\n\nP.D.: Hasta el 6 de enero tienes un 20 % de descuento en toda la tienda con el código REYES20.",
  ["BSM203"], "Permitted delay with a promotional P.S.")

m(23, "review-request", "text", "Tu opinión sobre el pedido {O}",
  "Hola:\n\nEsperamos que te guste tu bolso (pedido {O}); si quieres, puedes dejar una reseña en Amazon.\n\n¡Y no te pierdas nuestra nueva colección de primavera! Síguenos en Instagram y suscríbete a nuestro boletín para enterarte antes que nadie.\n\nUn saludo,\nMarroquinería Ubrique Arte",
  ["BSM203"], "Follow us / newsletter / new collection.")

m(24, "review-request", "text", "Un detalle para ti - pedido {O}",
  "Hola, Sra. Medina:\n\nEsperamos que las velas le estén gustando. En cuanto su reseña aparezca publicada en Amazon, respóndanos por aquí con el número de pedido ({O}) y le enviaremos un pequeño obsequio como agradecimiento.\n\nUn cordial saludo,\nVelas La Candela",
  ["BSM204"], "A small token once the review is published.")

m(25, "review-request", "text", "Pedido {O}: reembolso completo",
  "Hola:\n\nTe proponemos algo sencillo: escribe una reseña de la linterna frontal (pedido {O}) y, en cuanto esté publicada, te devolvemos el importe íntegro de la compra.\n\nSaludos,\nMontaña Equipamiento",
  ["BSM204"], "Full refund as soon as the review is online.")

m(26, "reply", "text", "Re: Su valoración - pedido {O}",
  "Buenos días, Sr. Cano:\n\nLe cambiamos el hervidor defectuoso de su pedido {O} y nos confirma que el nuevo funciona perfectamente. ¿Sería tan amable de modificar la valoración de una estrella que publicó, o incluso eliminarla?\n\nGracias por su comprensión,\nAlberto, Cocina Fácil",
  ["BSM205"], "Asks to change or remove a one-star review.")

m(27, "review-request", "text", "¿Está satisfecho? - pedido {O}",
  "Hola:\n\nSi estás contento con tu mochila (pedido {O}), nos ayudaría muchísimo una reseña en Amazon. Y si algo no te ha convencido, antes de escribir una reseña cuéntanoslo por aquí y lo solucionamos.\n\nUn saludo,\nMochilas Pirineo",
  ["BSM206"], "Review only if satisfied; unhappy buyers steered to contact the seller.")

m(28, "review-request", "html", "Pedido {O}: tu valoración",
  "<p>Hola:</p><p>¿Nos harías el favor de dar 5 estrellas en Amazon al taladro de tu pedido {O}? Para una pequeña empresa como la nuestra, cada estrella cuenta.</p><p>Gracias,<br>Quique - Herramientas Vallès</p>",
  ["BSM206"], "Asks for a five-star rating.")

m(29, "order-problem", "text", "Pedido {O}: artículo agotado",
  "Buenos días, Sra. Vega:\n\nEl cargador de su pedido {O} está agotado en nuestro proveedor; ya hemos ajustado el importe del pedido en 21,90 €. Como la funda que pidió con él no le servirá de mucho por separado, lo más rápido es que cancele usted misma el pedido desde su cuenta de Amazon.\n\nUn saludo,\nAccesorios Móvil Málaga",
  ["BSM108"], "Amount adjusted, but advises the buyer to cancel because of the stock-out.")

m(30, "order-problem", "text", "Pedido {O}",
  "Buenos días:\n\nSentimos comunicarle que la bicicleta estática de su pedido {O} ya no está disponible y no recibiremos más unidades hasta marzo. Le agradeceríamos que nos enviara una solicitud de cancelación desde su cuenta.\n\nDisculpe las molestias,\nFitness Hogar España",
  ["BSM107", "BSM108"], "Polite cancellation request, no amount adjustment confirmed.")

m(31, "review-request", "text", "Pedido {O}: tu reseña",
  "Hola:\n\nEsperamos que la esterilla de yoga te esté resultando cómoda: puedes compartir tu opinión en la página del producto en Amazon.\n\nSi no quieres recibir más mensajes nuestros, responde BAJA a este mensaje.\n\nUn saludo,\nYoga Shop Madrid (pedido {O})",
  ["BSM305"], "Opt-out instruction (reply BAJA).")

m(32, "reply", "text", "Re: Paquete dañado - pedido {O}",
  "Hola:\n\nJoder, otra vez los inútiles de la agencia nos han destrozado un paquete. Bueno: mándanos una foto de la caja y del jarrón (pedido {O}) y te enviamos uno nuevo.\n\nManolo, Cerámica de Talavera",
  ["BSM306"], "Spanish profanity in a reply.")

m(33, "delivery-delay", "text", "Encomenda {O}: atraso",
  "Caro cliente,\n\nA sua encomenda {O} (manta de lã) só será enviada a 18 de dezembro, em vez de 12 de dezembro. A nossa tecelagem tem um atraso por motivo de doença.\n\nCom os melhores cumprimentos,\nMantas de Grazalema",
  ["BSM104"], "Message written in Portuguese to a Spanish buyer.")

m(34, "reply", "text", "Re: Talla del pantalón - pedido {O}",
  "Hola:\n\nPara cambiar la talla del pantalón (pedido {O}) lo más sencillo es que nos llames al 963 514 287, de martes a sábado.\n\nUn saludo,\nMaría - Moda Ruzafa",
  ["BSM309"], "Spanish national-format phone number.")

m(35, "delivery-scheduling", "text", "Entrega del frigorífico - pedido {O}",
  "Buenos días:\n\nPodemos entregar el frigorífico (pedido {O}) el 17/12 de 8:00 a 13:00 o el 18/12 de 15:00 a 20:00. Contéstenos por aquí o llame a nuestro departamento de entregas al +34 612 48 37 90.\n\nAtentamente,\nFrío Servicio Murcia",
  ["BSM309"], "International-format mobile number, not a warranty line.")

m(36, "reply", "text", "Re: Instrucciones de montaje - pedido {O}",
  "Hola:\n\nTe adjuntamos las instrucciones de la estantería (pedido {O}). Si te falta algún tornillo, escríbenos a recambios@maderaytornillo.es indicando las referencias.\n\nBuen montaje,\nMadera y Tornillo",
  ["BSM308"], "Plain e-mail address.")

m(37, "reply", "text", "Re: Ingredientes del jabón - pedido {O}",
  "Buenos días:\n\nLa lista completa de ingredientes y alérgenos del jabón de leche de burra (pedido {O}) la lleva nuestro laboratorio; se la enviará si escribe a laboratorio arroba jaboneriadelsur punto es.\n\nUn cordial saludo,\nInmaculada Reyes\nJabonería del Sur",
  ["BSM308"], "Obfuscated e-mail address (arroba / punto).")

m(38, "reply", "html", "Re: Lavado de las sábanas - pedido {O}",
  "<p>Hola:</p><p>Gracias por tu pregunta sobre las sábanas de lino (pedido {O}). Hemos reunido todos los consejos en nuestra web: <a href=\"https://www.linosdelmaestrazgo.es/consejos/lavar-lino\">nuestros consejos para lavar el lino</a>.</p><p>Un saludo,<br>Elena, Linos del Maestrazgo</p>",
  ["BSM302"], "Descriptive https link to the seller's own site.")

m(39, "review-request", "html", "Pedido {O}: deja tu reseña",
  "<p>Hola:</p><p>Esperamos que el molinillo de pimienta de tu pedido {O} te esté siendo útil. Si quieres, cuéntanos tu experiencia:</p><p><a href=\"http://www.amazon.es/review/create-review?asin=B09XR2PL35\">Escribir una reseña en Amazon</a></p><p>Gracias,<br>Especias y Molinos</p>",
  ["BSM301"], "Insecure http link to Amazon with descriptive text.")

m(40, "delivery-delay", "html", "Pedido {O}: retraso de fabricación",
  "<p>Hola:</p><p>La fabricación de tu paellera de acero pulido (pedido {O}) va más lenta de lo previsto; saldrá el 18/12.</p><p><img src=\"https://img.paellerasgarcima.es/productos/paellera-acero-pulido-40cm.jpg\" alt=\"Paellera de acero pulido 40 cm\" width=\"300\" height=\"300\"></p><p>Disculpa,<br>Paelleras Garcima</p>",
  ["BSM310"], "Photo of the purchased product.")

m(41, "review-request", "html", "¡Felices fiestas! Tu opinión sobre el pedido {O}",
  "<p><img src=\"https://static.regalosdelaplaza.es/correo/arbol-navidad-luces.jpg\" alt=\"Árbol de Navidad con luces\" width=\"400\" height=\"260\"></p><p>Hola:</p><p>Esperamos que disfrutes de tu lote de regalo (pedido {O}): si quieres, puedes dejar una reseña en Amazon.</p><p>Regalos de la Plaza</p>",
  ["BSM311"], "Stock image unrelated to the shop (Christmas tree).")

m(42, "delivery-delay", "html", "Pedido {O}: nueva fecha",
  "<p><img src=\"https://cdn.sastreriaalcala.es/logo-sastreria-alcala.png\" alt=\"\" width=\"150\" height=\"40\"></p><p>Buenos días:</p><p>Su traje a medida (pedido {O}) estará terminado el 15/12 y saldrá al día siguiente.</p><p>Atentamente,<br>Sastrería Alcalá</p>",
  ["BSM402"], "Shop logo with empty alt.")

m(43, "reply", "text", "Re: Color de la bufanda - pedido {O}",
  "Hola:\n\nLa bufanda de tu pedido {O} es de lana merina, color «teja» 😊 Se puede lavar a mano a 30 °C.\n\nUn saludo,\nLanas de Ezcaray",
  ["BSM403"], "Emoji in a reply.")

m(44, "reply", "text", "Re: Talla del anillo - pedido {O}",
  "Hola:\n\nNinguna pega, podemos dejar el anillo en la talla 14 antes de enviar tu pedido {O}. Solo necesitamos que nos lo confirmes por aquí :D\n\nUn saludo,\nJoyería Albaicín",
  ["BSM403"], "Emoticon :D in a reply.")

m(45, "delivery-delay", "html", "Pedido {O}: entrega aplazada",
  "<style>.cabecera{font-size:23px}.cuerpo{font-size:15px}.aviso{font-size:12px}.pie{font-size:10px}</style><p class=\"cabecera\">Aviso de retraso</p><p class=\"cuerpo\">Hola: tu mesa de centro (pedido {O}) saldrá el 19/12 en lugar del 14/12 por un retraso en el barnizado.</p><p class=\"aviso\">Disculpa las molestias.</p><p class=\"pie\">Carpintería Hermanos Luque</p>",
  ["BSM410"], "Four explicit font sizes in a style block.")

m(46, "delivery-delay", "html", "Pedido {O}: retraso",
  "<p>Hola:</p><p>Tu pedido {O} saldrá con tres días de retraso, el 17/12.</p><p></p><p>&nbsp;</p><p></p><p>Perdona las molestias.</p><p>Un saludo,<br>Cerámica del Pantano</p>",
  ["BSM412"], "Empty paragraphs between paragraphs.")

m(47, "return-follow-up", "text", "[Importante] Su devolución - pedido {O}",
  "Buenos días:\n\nPara completar la devolución de la chaqueta (pedido {O}), ¿nos puede indicar si la devuelve por talla o por algún defecto?\n\nAtentamente,\nModa Montaña Jaca",
  ["BSM110"], "[Importante] tag on a return follow-up.")

m(48, "review-request", "text", "Tu opinión sobre el pedido {O}",
  "Hola:\n\nEsperamos que disfrutes de tu kit de bordado (pedido {O}). Si quieres dejar una reseña, puedes hacerlo aquí:\n\nhttps://www.amazon.es/review/create-review?asin=B0C8WQ2KD7\n\nGracias,\nHilo y Aguja",
  ["BSM401"], "Bare https Amazon URL as link text.")

# ---------------- 2 that vary ----------------
m(49, "delivery-delay", "text", "Pedido {O}: retraso",
  "Hola, Sr. Pascual:\n\nWe are sorry to let you know that your order {O} (ceramic dinner set) will ship on 16 December instead of 12 December, because one plate failed our quality check and has to be remade.\n\nKind regards,\nPorcelanas Sargadelos Shop",
  ["BSM104"], "Greeting in Spanish, body in English.")

m(50, "delivery-delay", "html", "Pedido {O}: retraso",
  "<div style=\"padding:0 140px\"><p>Hola:</p><p>Tu marco tallado (pedido {O}) saldrá el 21/12 en lugar del 15/12: el dorado con pan de oro necesita más tiempo de secado en esta época.</p><p>Disculpa la espera,<br>Taller de Dorados Sevilla</p></div>",
  ["BSM405"], "140 px of padding on each side of the body container.")
