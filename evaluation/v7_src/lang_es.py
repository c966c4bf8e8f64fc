"""v7 blind evaluation set, Spanish (es-ES)."""

LANG = "es"
PREFIX = "507"
_raw = []


def oid(n):
    return "%s-%07d-%07d" % (PREFIX, 4471203 + n * 2551, 1309876 + n * 3119)


def m(n, typ, fmt, subject, body, expected, note, locale="es-ES"):
    o = oid(n)
    if fmt == "text":
        body = body.replace("&amp;", "&").replace("&ndash;", "–").replace("&middot;", "·")
    _raw.append(dict(
        id="v7-%s-%03d" % (LANG, n), language=LANG, locale=locale, type=typ, format=fmt,
        subject=subject.replace("{O}", o).replace("{ON}", o.replace("-", "")),
        body=body.replace("{O}", o).replace("{ON}", o.replace("-", "")),
        order_id=o, expected=sorted(expected), note=note))


# ---------------- clean (17) ----------------
m(1, "delivery-delay", "text", "Pedido {O}: cambio en la fecha de envío",
  "Hola, Sra. Martínez:\n\nLe escribimos porque la sartén de hierro de su pedido {O} no saldrá en la fecha prevista: el fabricante nos ha servido el lote con una semana de retraso.\n\nLa nueva fecha de envío es el jueves 17 de diciembre de 2026. Si prefiere no esperar, contéstenos a este mensaje y lo vemos.\n\nDisculpe las molestias.\nUn saludo,\nJavier Ortega\nCocina de Hierro", [],
  "Plain-text delivery delay with a new ship date.")
m(2, "delivery-delay", "html", "Retraso en la preparación - pedido {O}",
  "<p>Buenos días:</p>\n<p>Su pedido <strong>{O}</strong> (juego de 6 platos de cerámica de Talavera) va a tardar unos días más: el horno del taller estuvo parado por una avería.</p>\n<p>Fecha prevista de envío: <strong>miércoles 16/12/2026</strong>.</p>\n<p>Gracias por su paciencia,<br>\nLucía, de Cerámica Talavera Viva</p>\n<p><small>Cerámica Talavera Viva S.L. &middot; C/ Mesones 12, 45600 Talavera de la Reina (Toledo)</small></p>", [],
  "HTML delivery delay using only default size and small.")
m(3, "order-problem", "text", "[Importante] Pedido {O} - artículo agotado",
  "Estimado Sr. Navarro:\n\nLamentamos comunicarle que la mochila de senderismo de 40 L en color verde oliva ya no está disponible en nuestro proveedor y no podremos enviarla.\n\nHemos ajustado el importe del pedido {O} (motivo: NoInventory): los 64,95 € no se le cobrarán o se le devolverán en un plazo de 3 a 5 días hábiles, según su banco.\n\nUn cordial saludo,\nAtención al cliente de Sierra Aventura", [],
  "Order problem with the amount adjusted; [Importante] allowed on this type.")
m(4, "additional-information", "text", "Falta el texto del grabado - pedido {O}",
  "Hola, Marta:\n\nPara grabar la pulsera de tu pedido {O} nos falta el texto: en el campo de personalización solo aparece «lo que hablamos».\n\n¿Nos escribes las iniciales o la fecha exacta que quieres (máximo 15 caracteres)?\n\n¡Gracias!\nNoelia, de Plata y Tinta", [],
  "Request for information needed to complete a personalised order.")
m(5, "return-follow-up", "text", "Sobre su devolución - pedido {O}",
  "Hola, Sr. Domínguez:\n\nHemos visto su solicitud de devolución de la lámpara de pie por un arañazo en la base.\n\nSi prefiere quedársela, le ofrecemos un reembolso parcial de 18,00 €. Basta con que nos lo confirme respondiendo a este mensaje; si no, seguimos con la devolución sin problema.\n\nPedido: {O}\n\nSaludos cordiales,\nÁlvaro Gil\nLuz Nórdica Home", [],
  "Return follow-up offering a partial refund.")
m(6, "return-follow-up", "text", "Devolución en curso {O} - necesitamos un dato",
  "Buenas tardes:\n\nPara tramitar la devolución del pedido {O} necesitamos saber si el fallo está en la cremallera o en el asa de la maleta, y si conserva la caja original.\n\nMuchas gracias,\nEl equipo de Maletas Iberia", [],
  "Return follow-up asking for the information needed to complete the return.")
m(7, "invoice", "text", "Factura n.º F-2026/12/0389 - pedido {O}",
  "Buenos días:\n\nLe adjuntamos la factura n.º F-2026/12/0389 correspondiente a su pedido {O} del 4 de diciembre de 2026.\n\nBase imponible: 165,29 €\nIVA (21 %): 34,71 €\nTotal: 200,00 €\n\nAtentamente,\nDepartamento de administración\nSuministros de Oficina Levante, S.L.\nAvda. del Puerto 215, 46023 Valencia\nCIF B98765432 - Inscrita en el Registro Mercantil de Valencia, Tomo 9876, Folio 45, Hoja V-154321", [],
  "Invoice with CIF, mercantile registry data and a slashed invoice number.")
m(8, "review-request", "text", "¿Qué le ha parecido su pedido {O}?",
  "Hola:\n\nHace unos días recibió el set de cuchillos de cocina de su pedido {O}.\n\nSi tiene un momento, puede dejar una valoración del producto en Amazon, sea cual sea su opinión: a otros clientes les ayuda a decidir.\n\nGracias y felices fiestas,\nCuchillería Albacete Real", [],
  "Neutral plain-text review request.")
m(9, "review-request", "html", "¿Nos cuenta su opinión sobre el pedido {O}?",
  "<p><img src=\"https://static.alpargatasdelmar.es/img/logo-alpargatas-del-mar.png\" alt=\"Logo Alpargatas del Mar\" width=\"170\" height=\"50\"></p>\n<p>Hola:</p>\n<p>Las alpargatas de su pedido {O} se entregaron la semana pasada. Nos gustaría conocer su opinión, sea buena o mala.</p>\n<p><a href=\"https://www.amazon.es/review/create-review?asin=B0F2HN7WQP\">Escribir una opinión en Amazon.es</a></p>\n<p>Un saludo,<br>\nCarmen Vidal<br>\nAlpargatas del Mar</p>", [],
  "HTML review request with the shop logo (alt names shop) and a descriptive https Amazon link.")
m(10, "delivery-scheduling", "text", "Entrega de su sofá - pedido {O}",
  "Estimada Sra. Ruiz:\n\nEl sofá de tres plazas de su pedido {O} (92 kg, 2 bultos) lo entrega una agencia especializada hasta la estancia que usted indique.\n\nEstas son las franjas disponibles:\n- martes 15 de diciembre, de 9:00 a 13:00\n- jueves 17 de diciembre, de 15:00 a 19:00\n- sábado 19 de diciembre, de 9:00 a 13:00\n\nIndíquenos también el piso y si hay ascensor.\n\nUn saludo,\nLogística Muebles Castilla", [],
  "Delivery scheduling of a bulky item with dates and time slots.")
m(11, "home-service-appointment", "text", "Cita para la instalación - {O}",
  "Buenos días, Sr. Romero:\n\nCon el pedido {O} contrató también la instalación del aire acondicionado split. Nuestro técnico, Raúl, puede ir:\n\n- lunes 21/12/2026, de 9:00 a 12:00\n- martes 22/12/2026, de 16:00 a 19:00\n\nLa instalación lleva unas tres horas. Respóndanos con la franja que prefiera y le confirmamos la cita.\n\nSaludos,\nClimaInstal Madrid", [],
  "Home-service appointment with dates and time windows.")
m(12, "custom-design-verification", "html", "Prueba de diseño para revisar - pedido {O}",
  "<p>Hola, Laura y Pablo:</p>\n<p>Os adjuntamos la prueba de las invitaciones de boda del pedido {O}: en el anverso vuestros nombres en dorado y en el reverso el mapa de la finca.</p>\n<p>Revisad bien la fecha, la hora (18:30) y los nombres, y contestadnos con <strong>«aprobado»</strong> o con los cambios. No imprimimos hasta tener vuestro visto bueno.</p>\n<p>Un abrazo,<br>\nIrene, de Papel y Lazo</p>", [],
  "Custom design proof sent for verification.")
m(13, "fulfillment-question", "text", "Código del portal para la entrega {O}",
  "Hola:\n\nPara que el repartidor pueda entregar su pedido {O} (ref. interna ENV-2026-30518) necesitamos el código del portal y el número de escalera: en la dirección solo figura «Urb. Los Olivos, C/ Jacinto Benavente 8, 29601 Marbella (Málaga)».\n\nPuede contestarnos directamente por aquí.\n\nGracias,\nDiego, de Vinos de la Axarquía", [],
  "Door-code question with reference numbers.")
m(14, "reply", "text", "Re: Duda sobre el teclado - pedido {O}",
  "Hola, Sr. Herrera:\n\nSí, el «Mechanical Keyboard TKL – Brown Switches» de su pedido {O} tiene la distribución española con la tecla Ñ. El cable USB-C viene en la caja, debajo del soporte de cartón.\n\nQue tenga un buen día,\nSergio, de Teclas y Bits", [],
  "Reply quoting an English product title inside Spanish sentences.")
m(15, "reply", "text", "Re: La cafetera no calienta - {O}",
  "Estimada Sra. Molina:\n\nSentimos la avería. La cafetera de su pedido {O} tiene garantía del fabricante hasta noviembre de 2028, y la vía más rápida es contactar con su servicio técnico oficial.\n\nTeléfono del servicio de garantía del fabricante Cecotec: 963 210 728 (de lunes a viernes, de 9:00 a 18:00)\n\nTenga a mano el número de serie que aparece en la base. Si el fabricante no se hace cargo, escríbanos de nuevo.\n\nUn saludo,\nElectro Hogar Sur", [],
  "Reply giving the manufacturer's warranty line, marked as such.")
m(16, "reply", "html", "Re: Factura a nombre de la empresa - {O}",
  "<p>Estimado Sr. Castro:</p>\n<p>Tomamos nota: la factura del pedido {O} se emitirá a nombre de su empresa, con el NIF que nos ha facilitado.</p>\n<p>Atentamente,<br>\nBeatriz Serrano<br>\nResponsable de atención al cliente</p>\n<p><small>Informática Serrano, S.L. &middot; C/ Gran Vía 45, 3.º B, 28013 Madrid<br>\nCIF B87654321 &middot; Inscrita en el Registro Mercantil de Madrid, Tomo 34567, Folio 120, Hoja M-621098</small></p>", [],
  "Reply with a company-details footer (CIF, mercantile registry).")
m(17, "reply", "text", "Re: Devolución de la batidora - {O}",
  "Buenos días, Sr. Iglesias:\n\nLe pasamos los datos para la devolución del pedido {O}:\n\n- n.º de autorización de devolución: RMA-ES-20261207-112\n- etiqueta prepagada de Correos n.º PQ4B7C0123456780128001F, adjunta\n- entréguela en una oficina de Correos antes del 22/12/2026\n\nEn cuanto la batidora llegue a nuestro almacén, le reembolsamos 49,99 € en 48 horas (lo que entra antes de las 14:00 se tramita el mismo día).\n\nUn saludo,\nNuria, de CocinaFácil Store", [],
  "Reply with return numbers, dates, times and amounts.")

# ---------------- violations (31) ----------------
m(18, "fulfillment-question", "text", "Su paquete ya va de camino - {O}",
  "Hola:\n\nLe informamos de que el paquete de su pedido {O} ha salido esta mañana de nuestro almacén de Zaragoza y ya lo tiene SEUR.\n\nSaludos,\nHuerto en Casa", ["BSM201"],
  "Shipment confirmation: left the warehouse, with the carrier.")
m(19, "fulfillment-question", "html", "Pedido {O} recibido",
  "<p>Estimada Sra. Vázquez:</p>\n<p>Hemos recibido su pedido {O} y ya lo estamos preparando. Las velas irán bien protegidas con papel de seda.</p>\n<p>Que tenga un buen día,<br>\nCerería del Norte</p>", ["BSM201"],
  "Order confirmation: received and being prepared.")
m(20, "fulfillment-question", "text", "¡Mil gracias! - {O}",
  "¡Hola, Paula!\n\nMuchísimas gracias por tu pedido {O}, nos hace muchísima ilusión. Todo el taller te lo agradece.\n\nUn abrazo,\nJabones de La Alpujarra", ["BSM202"],
  "Thanks-only message.")
m(21, "fulfillment-question", "text", "Pedido {O}",
  "Buenos días:\n\nSi tiene cualquier problema con su pedido {O}, aquí nos tiene.\n\nAtentamente,\nTienda Mediterránea", ["BSM202"],
  "Only offers help if anything comes up.")
m(22, "delivery-delay", "text", "Un pequeño retraso - pedido {O}",
  "Estimado Sr. Sánchez:\n\nSu pedido {O} saldrá con dos días de retraso, el jueves 17 de diciembre, porque esperamos las cajas de regalo del proveedor.\n\nDisculpe la espera.\nTostadero La Aurora\n\nP. D.: Hasta el 6 de enero tiene un 20 % de descuento en todo el catálogo con el código AURORA20.", ["BSM203"],
  "Delay message with a promotional P.S.")
m(23, "review-request", "text", "Su opinión - pedido {O}",
  "Hola:\n\nSu pedido {O} llegó hace una semana. Si lo desea, puede dejar una valoración del producto en Amazon.\n\nY no se pierda nuestra nueva colección de primavera: suscríbase a nuestra newsletter y síganos en Instagram.\n\nHasta pronto,\nPunto y Lana Galicia", ["BSM203"],
  "Review request with newsletter, follow-us and new-collection promotion.")
m(24, "review-request", "text", "¿Dos palabras sobre el pedido {O}?",
  "Hola, Sra. Prieto:\n\n¿Le importaría dejar una reseña de la esterilla de yoga de su pedido {O}? En cuanto se publique, mándenos una captura y le enviaremos un pequeño detalle de agradecimiento.\n\nNamasté,\nYoga Esencia", ["BSM204"],
  "Small token of appreciation once the review is published.")
m(25, "review-request", "text", "Pedido {O} - reseña",
  "Buenos días:\n\nLe proponemos lo siguiente: si escribe una reseña del cargador portátil de su pedido {O}, le devolvemos el importe íntegro en cuanto la reseña esté publicada.\n\nUn saludo,\nCargaMax España", ["BSM204"],
  "Full refund as soon as the review is online.")
m(26, "reply", "text", "Re: ¿Todo solucionado? - {O}",
  "Estimado Sr. Pastor:\n\nNos alegra que la pieza de repuesto de la estantería (pedido {O}) haya llegado y que el montaje haya ido bien.\n\nDicho esto, ¿estaría dispuesto a modificar o retirar la reseña de una estrella que dejó? Ya no refleja lo que pasó.\n\nGracias,\nMuebles Montaje Fácil", ["BSM205"],
  "Asks to change or remove a one-star review.")
m(27, "review-request", "text", "¿Contento con su pedido {O}?",
  "Hola:\n\nSi la tostadora de su pedido {O} le ha gustado, una reseña en Amazon nos haría mucha ilusión. Y si algo no va bien, escríbanos antes de publicar nada: seguro que lo arreglamos.\n\nUn saludo,\nCocina Smart Ibérica", ["BSM206"],
  "Review only if satisfied, otherwise contact the seller instead.")
m(28, "review-request", "html", "Su reseña sobre el pedido {O}",
  "<p>Hola:</p>\n<p>Gracias por elegir nuestros calcetines de lana merina (pedido {O}).</p>\n<p>Una valoración de cinco estrellas en Amazon nos ayudaría muchísimo: somos un pequeño taller familiar.</p>\n<p>Un abrazo,<br>\nLanas del Pirineo</p>", ["BSM206"],
  "Asks for a five-star rating.")
m(29, "order-problem", "text", "[Importante] Producto agotado - pedido {O}",
  "Estimada Sra. Delgado:\n\nEl sillón «Menorca» de terciopelo mostaza está agotado en fábrica y no podremos enviarlo. Hemos ajustado el importe del pedido {O} (motivo: NoInventory).\n\nPara cerrarlo cuanto antes, lo más rápido es que usted misma solicite la cancelación desde «Mis pedidos» en Amazon.\n\nAtentamente,\nSalones de Diseño", ["BSM108"],
  "Advises the buyer to cancel herself; amount adjustment stated.")
m(30, "order-problem", "text", "Pedido {O} - sin existencias",
  "Estimado Sr. Cano:\n\nPor desgracia se nos han acabado los taladros percutores TP-18 de su pedido {O}.\n\nLe agradeceríamos que enviara usted una solicitud de cancelación del pedido.\n\nDisculpe las molestias,\nFerretería Cano e Hijos", ["BSM107", "BSM108"],
  "Asks for a cancellation request and does not say the amount was adjusted.")
m(31, "delivery-delay", "text", "Nueva fecha para el pedido {O}",
  "Hola:\n\nEl pedido {O} se enviará el 18/12/2026 en lugar del 11/12, cuando recibamos la reposición.\n\n¿No quiere recibir más mensajes nuestros? Responda BAJA.\n\nUn saludo,\nUltramarinos Asturianos", ["BSM305"],
  "Opt-out instruction (reply BAJA).")
m(32, "reply", "text", "Re: Paquete dañado - {O}",
  "Buenas:\n\nHemos visto las fotos. La puta agencia de transporte nos ha destrozado otra caja, y van tres este mes, joder.\n\nLe mandamos mañana mismo un jarrón nuevo para el pedido {O}.\n\nManolo, Cerámica de Manises", ["BSM306"],
  "Spanish profanity in a reply.")
m(33, "delivery-delay", "text", "Order {O} - delay",
  "Hello,\n\nWe're sorry, your order {O} will ship a few days late, on 16 December, because our supplier has fallen behind.\n\nThanks for your understanding.\n\nBest,\nEl Rincón del Corcho", ["BSM104"],
  "Spanish buyer locale, message written in English.")
m(34, "reply", "text", "Re: Medidas del escritorio - {O}",
  "Estimada Sra. Ramos:\n\nEl escritorio de su pedido {O} mide 120 x 60 cm y 75 cm de alto. Para cualquier otra duda, llámenos al 954 218 376, de 9:00 a 18:00.\n\nUn saludo,\nOficina Sevilla", ["BSM309"],
  "Spanish national phone number in a reply.")
m(35, "reply", "text", "Re: Configurar el termostato - {O}",
  "Hola, Sr. Marín:\n\nPara el termostato de su pedido {O}, mantenga pulsado el botón MODE 5 segundos. Si prefiere que le guiemos paso a paso, escríbanos por WhatsApp al +34 612 47 89 30.\n\nSaludos,\nClima Confort", ["BSM309"],
  "International-format Spanish mobile number.")
m(36, "reply", "text", "Re: Talla de la funda - {O}",
  "Buenos días:\n\nPara la funda de sofá del pedido {O}, mándenos una foto de su sofá a atencion@fundas-lopez.es y le decimos si la talla L le sirve.\n\nUn saludo,\nFundas López", ["BSM308"],
  "Plain e-mail address.")
m(37, "additional-information", "text", "Su logotipo para el pedido {O}",
  "Hola:\n\nPara bordar los delantales del pedido {O} necesitamos el logotipo en alta resolución. Puede enviarlo a diseno arroba bordadoslevante punto es, indicando el número de pedido.\n\nGracias,\nBordados Levante", ["BSM308"],
  "Obfuscated e-mail address with 'arroba' and 'punto'.")
m(38, "reply", "html", "Re: Cuidado de la tabla - {O}",
  "<p>Hola:</p>\n<p>Para la tabla de olivo del pedido {O}, le recomendamos aceitarla una vez al mes.</p>\n<p>Tiene todos los consejos en nuestra <a href=\"https://www.olivaryartesanos.es/guias/cuidado-tablas-olivo\">guía de cuidado de tablas de olivo en nuestra web</a>.</p>\n<p>Un saludo,<br>\nOlivar y Artesanos</p>", ["BSM302"],
  "https link with descriptive text to the seller's own site.")
m(39, "delivery-delay", "html", "Retraso en el envío - pedido {O}",
  "<p>Hola:</p>\n<p>El pedido {O} saldrá con tres días de retraso, el sábado 19 de diciembre.</p>\n<p>Puede consultar su estado en <a href=\"http://www.amazon.es/gp/your-account/order-history\">Mis pedidos en Amazon.es</a>.</p>\n<p>Un saludo,<br>\nSonido Hi-Fi Bilbao</p>", ["BSM301"],
  "http link to Amazon with descriptive text.")
m(40, "delivery-delay", "html", "Su alfombra llegará un poco más tarde - {O}",
  "<p>Estimada Sra. Cabrera:</p>\n<p>La alfombra de su pedido {O} saldrá el 17/12/2026 en lugar del 12/12.</p>\n<p><img src=\"https://cdn.alfombrasdelsur.es/productos/alfombra-yute-natural-160x230.jpg\" alt=\"Alfombra de yute natural 160 x 230 cm\" width=\"300\" height=\"200\"></p>\n<p>Disculpe la espera,<br>\nAlfombras del Sur</p>", ["BSM310"],
  "Image of the purchased product.")
m(41, "delivery-delay", "html", "Diciembre a tope - pedido {O}",
  "<p>Hola:</p>\n<p>Con las fiestas, su pedido {O} saldrá el 19 de diciembre en lugar del 15.</p>\n<p><img src=\"https://cdn.juguetesdemadera.es/img/arbol-de-navidad-nevado.jpg\" alt=\"Árbol de Navidad nevado\" width=\"300\" height=\"200\"></p>\n<p>¡Felices fiestas!<br>\nJuguetes de Madera Pinocho</p>", ["BSM311"],
  "Stock Christmas-tree image unrelated to the shop.")
m(42, "additional-information", "html", "Talla del anillo - pedido {O}",
  "<p><img src=\"https://static.joyeriaaranda.es/logo-joyeria-aranda.png\" alt=\"\" width=\"150\" height=\"50\"></p>\n<p>Hola:</p>\n<p>Para el anillo de su pedido {O}, ¿nos confirma la talla? En las notas puso «14 o 15».</p>\n<p>Gracias,<br>\nJoyería Aranda</p>", ["BSM402"],
  "Shop logo with an empty alt.")
m(43, "delivery-delay", "text", "Un pequeño retraso 😬 - {O}",
  "¡Hola, Elena!\n\nTu pedido {O} sale el lunes 14 en vez del viernes, estamos hasta arriba con los pedidos de Navidad 🎁\n\n¡Gracias por la paciencia!\nAinhoa, de Velas Dulces", ["BSM403"],
  "Emoji in subject and body.")
m(44, "reply", "text", "Re: Color del hilo - {O}",
  "Hola, Jorge:\n\nTranquilo, el hilo gris perla es justo el de tu pedido {O}, no el gris marengo :D\n\nHasta pronto,\nMercería Encarna", ["BSM403"],
  "Text emoticon.")
m(45, "delivery-delay", "html", "Pedido {O} - nueva fecha",
  "<style>\n.cabecera { font-size: 23px; }\n.cuerpo { font-size: 16px; }\n.aviso { font-size: 12px; }\n.legal { font-size: 9px; }\n</style>\n<p class=\"cabecera\">Actualización del envío</p>\n<p class=\"cuerpo\">Hola: su pedido {O} se enviará el 16/12/2026.</p>\n<p class=\"aviso\">El retraso se debe a una reposición que llegó tarde.</p>\n<p class=\"legal\">Casa Nórdica Hogar, S.L. &middot; C/ Aragó 210, 08011 Barcelona</p>", ["BSM410"],
  "Four explicit font sizes in a style block.")
m(46, "additional-information", "html", "Dirección de entrega - pedido {O}",
  "<p>Hola:</p>\n<p>En la dirección del pedido {O} falta el número de la calle.</p>\n<p></p>\n<p></p>\n<p>¿Nos lo puede indicar antes del miércoles?</p>\n<p>Gracias,<br>\nBici Recambios Navarra</p>", ["BSM412"],
  "Empty paragraphs between paragraphs.")
m(47, "reply", "text", "[Importante] Re: Instrucciones de montaje - {O}",
  "Hola, Sr. Fuentes:\n\nLas patas de la mesa de su pedido {O} se atornillan con la llave Allen de 5 mm que va en la bolsita de herrajes. Empiece por las dos del lado de la cajonera.\n\nUn saludo,\nMesas Artesanas Soria", ["BSM110"],
  "[Importante] on a reply.")
m(48, "delivery-delay", "html", "Retraso pedido {O}",
  "<p>Hola:</p>\n<p>Su pedido {O} se enviará el 17 de diciembre en lugar del 14.</p>\n<p>Detalles del pedido: <a href=\"https://www.amazon.es/gp/your-account/order-history\">https://www.amazon.es/gp/your-account/order-history</a></p>\n<p>Un saludo,<br>\nDeportes Picos</p>", ["BSM401"],
  "Bare URL as link text.")

# ---------------- varying (2) ----------------
m(49, "delivery-scheduling", "html", "Elija la franja de entrega - pedido {O}",
  "<p>Hola:</p>\n<p>Para entregar el colchón de su pedido {O} (35 kg), elija una franja:</p>\n<form>\n<label><input type=\"radio\" name=\"franja\" value=\"1\"> martes 15/12, de 9:00 a 14:00</label><br>\n<label><input type=\"radio\" name=\"franja\" value=\"2\"> jueves 17/12, de 16:00 a 20:00</label><br>\n<button type=\"submit\">Enviar</button>\n</form>\n<p>Un saludo,<br>\nDescanso Total</p>", ["BSM312"],
  "An HTML form in the message.")
m(50, "delivery-delay", "html", "Nueva fecha de envío - {O}",
  "<div style=\"padding: 0 140px;\">\n<p>Estimado Sr. Peña:</p>\n<p>Su pedido {O} se enviará el martes 15 de diciembre, con cuatro días de retraso.</p>\n<p>Un saludo,<br>\nVinoteca Ribera</p>\n</div>", ["BSM405"],
  "140 px of horizontal padding a side.")

MESSAGES = _raw
