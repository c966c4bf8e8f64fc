"""v29 blind evaluation set, Spanish (es-ES). Standard library only."""

LANG = "es"
PREFIX = "606"


def _order(n):
    return "%s-%07d-%07d" % (PREFIX, (n * 8537 + 3092741) % 10**7, (n * 77213 + 6601438) % 10**7)


MESSAGES = []


def _m(n, typ, fmt, subject, body, expected, note, locale="es-ES"):
    o = _order(n)
    MESSAGES.append({
        "id": "v29-%s-%03d" % (LANG, n),
        "language": LANG,
        "locale": locale,
        "type": typ,
        "format": fmt,
        "subject": subject.replace("{ORDER}", o).replace("{ORDER_NOHYPHEN}", o.replace("-", "")),
        "body": body.replace("{ORDER}", o).replace("{ORDER_NOHYPHEN}", o.replace("-", "")),
        "order_id": o,
        "expected": sorted(expected),
        "note": note,
    })


# ---------------- clean (17) ----------------
_m(1, "delivery-delay", "text", "Tu pedido {ORDER} sale un poco más tarde",
   "Hola, Lucía:\n\nTe escribimos porque el jarrón de cerámica de tu pedido {ORDER} sale del taller con unos días de retraso. Lo enviaremos el lunes 14 de diciembre en lugar del miércoles 9.\n\nPerdona las molestias.\n\nUn saludo,\nPilar\nAlfarería La Rambla",
   [], "Plain-text delivery delay with a new ship date; clean.")
_m(2, "delivery-delay", "html", "Pedido {ORDER}: nueva fecha de envío",
   "<p>Estimado cliente:</p><p>Por una rotura de stock de nuestro proveedor, las sábanas de algodón de su pedido <strong>{ORDER}</strong> se enviarán el <strong>jueves 17/12/2026</strong>.</p><table><tr><td>Fecha prevista</td><td>10/12/2026</td></tr><tr><td>Nueva fecha</td><td>17/12/2026</td></tr></table><p>Gracias por su paciencia.<br>Textil Hogar Levante</p>",
   [], "Builder HTML delay notice with a table and no styling; clean.")
_m(3, "order-problem", "text", "[Importante] Pedido {ORDER}: artículo sin stock",
   "Buenos días, Sr. Navarro:\n\nLamentablemente, la última unidad de la paellera esmaltada de 40 cm llegó dañada a nuestro almacén y no podemos enviársela. Hemos ajustado el importe de su pedido {ORDER} y se le reembolsarán los 34,95 € íntegros (motivo: sin existencias).\n\nDisculpe las molestias.\n\nAtentamente,\nRaquel Ortega\nMenaje Valenciano",
   [], "Order problem with [Importante] confirming the amount adjustment; clean.")
_m(4, "additional-information", "text", "Pedido {ORDER}: nos falta un dato",
   "Hola:\n\nPara grabar la cartera de piel de tu pedido {ORDER} necesitamos las iniciales: el campo de personalización llegó vacío. ¿Nos las puedes indicar por la mensajería de Amazon? Máximo tres letras.\n\n¡Gracias!\nÁlex – Marroquinería Ubrique",
   [], "Asks for information needed to complete a personalised order; clean.")
_m(5, "return-follow-up", "text", "Devolución del pedido {ORDER}",
   "Estimada Sra. Jiménez:\n\nHemos recibido su solicitud de devolución de la lámpara de mesa (pedido {ORDER}) por el arañazo en la base. Si prefiere quedársela, le ofrecemos un reembolso parcial de 14,00 € sobre los 59,00 € abonados. Indíquenos qué opción prefiere.\n\nUn cordial saludo,\nAtención al cliente Luces de Triana",
   [], "Return follow-up offering a partial refund; clean.")
_m(6, "return-follow-up", "html", "Tu devolución - pedido {ORDER}",
   "<p>Hola, Marta:</p><p>Para tramitar el cambio de las zapatillas (pedido {ORDER}), ¿nos confirmas qué talla quieres en su lugar, la 39 o la 40?</p><p>Gracias,<br>Dani de Calzados Elche</p>",
   [], "Return follow-up asking for information needed to complete the return; clean.")
_m(7, "invoice", "text", "Factura F/2026/00731 - pedido {ORDER}",
   "Buenos días:\n\nAdjuntamos la factura F/2026/00731 correspondiente a su pedido {ORDER}, por un importe total de 181,50 € (IVA 21 % incluido: 31,50 €).\n\nAtentamente,\n\nDepartamento de administración\nBicicletas Ebro, S.L. – C/ Alfonso I, 23, 50003 Zaragoza\nCIF B50123456 – Inscrita en el Registro Mercantil de Zaragoza, tomo 4123, folio 87, hoja Z-61234",
   [], "Invoice with slash number, CIF and registry data; clean.")
_m(8, "review-request", "text", "¿Qué te ha parecido tu pedido {ORDER}?",
   "Hola:\n\nTu pedido {ORDER} te llegó hace unos días. Si te apetece, puedes dejar una reseña del producto en Amazon: cualquier opinión, buena o mala, ayuda a otros compradores a decidir.\n\nQue tengas buen día,\nIrene – Papelería El Cuaderno Azul",
   [], "Neutral plain-text review request; clean.")
_m(9, "review-request", "html", "Su opinión sobre el pedido {ORDER}",
   "<p><img src=\"https://cdn.aceitesdeljaen.es/img/logo-aceites-del-jaen.png\" alt=\"Logo Aceites del Jaén\" width=\"170\"></p><p>Estimado cliente:</p><p>Recibió su aceite de oliva virgen extra (pedido {ORDER}) hace una semana. Nos gustaría conocer su opinión, sea cual sea.</p><p><a href=\"https://www.amazon.es/review/review-your-purchases/\">Escribir una opinión en Amazon</a></p><p>Saludos cordiales,<br>Manuel, Aceites del Jaén</p>",
   [], "HTML review request with shop logo (alt names the shop) and descriptive https Amazon link; clean.")
_m(10, "delivery-scheduling", "text", "Entrega de su sofá - pedido {ORDER}",
   "Buenos días, Sr. Romero:\n\nEl sofá chaise longue de su pedido {ORDER} lo entregará nuestro equipo de dos transportistas. Le proponemos estas franjas:\n\n- martes 15 de diciembre, de 9:00 a 13:00\n- miércoles 16 de diciembre, de 15:00 a 19:00\n- viernes 18 de diciembre, de 9:00 a 13:00\n\nIndíquenos también el piso y si el edificio tiene ascensor.\n\nUn saludo,\nMuebles Castilla",
   [], "Bulky delivery scheduling with dates and slots; clean.")
_m(11, "home-service-appointment", "text", "Cita para la instalación - {ORDER}",
   "Hola:\n\nNuestro técnico puede instalar la campana extractora de tu pedido {ORDER} el lunes 21/12 de 10:00 a 12:00 o el martes 22/12 de 16:00 a 18:00. ¿Qué día te viene mejor?\n\nLa instalación dura unos 90 minutos.\n\nGracias,\nInstalaciones Hogar Sevilla",
   [], "Home service appointment with dates and time windows; clean.")
_m(12, "custom-design-verification", "text", "Boceto para revisar - pedido {ORDER}",
   "Hola, Nuria:\n\nTe adjuntamos el boceto de las invitaciones de boda (pedido {ORDER}): nombres «Nuria y Javier», fecha 12 de junio de 2027, tinta verde oliva sobre papel reciclado.\n\nRevisa bien nombres y fecha y contéstanos «Aprobado» o dinos qué cambiamos. Empezamos a imprimir en cuanto nos des el visto bueno.\n\nUn abrazo,\nCarla – Imprenta La Pluma",
   [], "Design proof for customer approval; clean.")
_m(13, "fulfillment-question", "text", "Código del portal - pedido {ORDER}",
   "Buenos días:\n\nLa agencia de transporte del pedido {ORDER} (ref. de reparto SEUR 2026-118-4473, bulto 1/2) nos indica que la urbanización tiene puerta con código y que en el portero automático no aparece su nombre. ¿Podría facilitarnos el código de acceso y el número de portal?\n\nGracias,\nLogística – Viveros del Segura",
   [], "Door-code question with reference numbers that are not phones; clean.")
_m(14, "reply", "text", "Re: medidas - pedido {ORDER}",
   "Hola, Sergio:\n\nSí, la «Stainless Steel Saucepan Set 3 pcs» de tu pedido {ORDER} trae cazos de 16, 18 y 20 cm y sirve para inducción.\n\nUn saludo,\nCocina Total",
   [], "Reply quoting an English product title inside Spanish sentences; clean.")
_m(15, "reply", "text", "Re: avería de la cafetera - {ORDER}",
   "Estimada Sra. Molina:\n\nSu cafetera (pedido {ORDER}) tiene dos años de garantía del fabricante. Para una gestión más rápida, puede llamar directamente al servicio de garantía del fabricante Cafexpert: 900 834 216 (línea de garantía del fabricante, de lunes a viernes de 9:00 a 18:00).\n\nTenga a mano la factura y el número de serie.\n\nAtentamente,\nElectrodomésticos Gil",
   [], "Manufacturer's warranty hotline marked as such; clean.")
_m(16, "reply", "html", "Re: datos fiscales - pedido {ORDER}",
   "<p>Buenos días:</p><p>Como nos pidió, le indicamos nuestros datos fiscales para su nota de gastos (pedido {ORDER}).</p><p><small>Oficina Práctica, S.L.<br>Avda. de la Constitución, 45, 2.º B, 41001 Sevilla<br>CIF B91234567 – Registro Mercantil de Sevilla, hoja SE-98765</small></p><p>Un saludo,<br>Rocío Vargas, administradora</p>",
   [], "Reply with a company-details footer; clean.")
_m(17, "reply", "text", "Re: mi reembolso ({ORDER})",
   "Hola, Jorge:\n\nTu paquete de devolución (seguimiento PQ8Y4R0612345670, autorización RMA 2026/0519) se registró en nuestro almacén el 3 de diciembre a las 12:20. El reembolso de 69,90 € del pedido {ORDER} se tramitó el 4 de diciembre; según tu banco, tardará entre 3 y 5 días hábiles.\n\nSaludos,\nPosventa Deportes Sierra Nevada",
   [], "Reply with return tracking, RMA, dates, times and amounts; clean.")

# ---------------- violations (31) ----------------
_m(18, "fulfillment-question", "text", "Pedido {ORDER}",
   "¡Hola!\n\nTu paquete del pedido {ORDER} ha salido hoy de nuestro almacén y ya está en manos de Correos Express.\n\nSaludos,\nMiel de la Alcarria",
   ["BSM201"], "Parcel left the warehouse and was handed to the carrier.")
_m(19, "fulfillment-question", "html", "Hemos recibido tu pedido {ORDER}",
   "<p>Hola, Elena:</p><p>Tu pedido {ORDER} ya está con nosotros y lo estamos preparando con mucho mimo en el obrador.</p><p>Un abrazo,<br>Jabones del Montseny</p>",
   ["BSM201"], "Order received and being prepared.")
_m(20, "reply", "text", "¡Gracias! - {ORDER}",
   "¡Mil gracias por tu compra (pedido {ORDER}) y por confiar en nosotros!\n\nUn saludo,\nVelas Mediterráneo",
   ["BSM202"], "Thanks only.")
_m(21, "fulfillment-question", "text", "Pedido {ORDER}",
   "Estimado cliente:\n\nSi surge cualquier incidencia con su pedido {ORDER}, estamos a su entera disposición.\n\nAtentamente,\nJuguetes de Madera Ibi",
   ["BSM202"], "Only offers help if something comes up.")
_m(22, "delivery-delay", "text", "Retraso en tu pedido {ORDER}",
   "Hola:\n\nTu alfombra de esparto (pedido {ORDER}) saldrá el sábado 12 de diciembre, dos días más tarde de lo previsto, por un retraso en el tejido.\n\nDisculpa la espera.\n\nEsparto Artesano\n\nPD: ¡Hasta el 31 de diciembre, 20 % de descuento en toda la tienda con el código NAVIDAD20!",
   ["BSM203"], "Promotional P.S. with 20 % off the whole shop.")
_m(23, "review-request", "html", "¿Qué tal tu pedido {ORDER}?",
   "<p>Hola:</p><p>Esperamos que la mochila (pedido {ORDER}) te esté gustando. Puedes dejar tu opinión en la <a href=\"https://www.amazon.es/review/review-your-purchases/\">página de opiniones de Amazon</a>.</p><p>Y no te pierdas nuestra nueva colección de invierno: síguenos en Instagram y suscríbete a nuestra newsletter.</p><p>Mochilas Norte</p>",
   ["BSM203"], "Follow us / newsletter / new collection without a link.")
_m(24, "review-request", "text", "¿Nos cuentas qué tal? {ORDER}",
   "Hola, Pablo:\n\nSi tienes un momento para escribir una reseña de tu navaja (pedido {ORDER}), nos harías un favor enorme. En cuanto la reseña esté publicada, te enviamos un pequeño detalle de agradecimiento.\n\nSaludos,\nCuchillería Albacete",
   ["BSM204"], "Small token promised once the review is published.")
_m(25, "review-request", "text", "Pedido {ORDER} - su reseña",
   "Estimado cliente:\n\nLe reembolsaremos el importe completo del pedido {ORDER} en cuanto su reseña del producto aparezca publicada en Amazon. Solo tiene que enviarnos una captura de pantalla.\n\nAtentamente,\nGadgets Hogar España",
   ["BSM204"], "Full refund once the review is online.")
_m(26, "reply", "text", "Re: cremallera rota - {ORDER}",
   "Buenos días, Sr. Castro:\n\nNos alegra que la maleta de sustitución (pedido {ORDER}) le haya llegado perfecta. Ya que el problema está resuelto, ¿sería tan amable de modificar su valoración de una estrella o, si lo prefiere, eliminarla?\n\nMuchas gracias,\nMaletas Viajero",
   ["BSM205"], "Asks to modify or remove a one-star review.")
_m(27, "review-request", "text", "¿Contento con tu compra? {ORDER}",
   "Hola:\n\nSi estás satisfecho con tu batidora (pedido {ORDER}), una reseña en Amazon nos ayudaría muchísimo. Si algo no va bien, escríbenos antes de opinar y lo solucionamos.\n\nCocina Fácil",
   ["BSM206"], "Only satisfied buyers asked; unhappy ones steered away.")
_m(28, "review-request", "html", "Pedido {ORDER}",
   "<p>Buenos días:</p><p>Esperamos que el reloj (pedido {ORDER}) sea de su agrado. Una valoración de cinco estrellas en la <a href=\"https://www.amazon.es/review/review-your-purchases/\">página de opiniones de Amazon</a> sería el mejor regalo para nuestra pequeña marca.</p><p>Gracias,<br>Relojería Cántabra</p>",
   ["BSM206"], "Asks for five stars.")
_m(29, "order-problem", "text", "Pedido {ORDER}: un artículo agotado",
   "Buenos días:\n\nEl segundo bote de pintura de su pedido {ORDER} ya no está disponible en nuestro proveedor. Hemos ajustado el importe del pedido y le devolvemos 17,90 € (motivo: sin existencias).\n\nSi no le interesa recibir solo el primer bote, lo más rápido es que cancele usted mismo el pedido desde su cuenta.\n\nAtentamente,\nPinturas del Norte",
   ["BSM108"], "Amount adjusted but advises the buyer to cancel because of the stock-out.")
_m(30, "order-problem", "text", "Sin stock - {ORDER}",
   "Estimada Sra. Serrano:\n\nSentimos comunicarle que el abrigo de lana talla M de su pedido {ORDER} está agotado. Le agradeceríamos que solicitara la cancelación del pedido desde su cuenta de cliente.\n\nDisculpe las molestias,\nModa Gallega",
   ["BSM107", "BSM108"], "Asks for a cancellation request without confirming an amount adjustment.")
_m(31, "review-request", "text", "Tu opinión - {ORDER}",
   "Hola:\n\nTu pedido {ORDER} se entregó hace una semana. Si quieres, puedes dejar una reseña del producto en Amazon.\n\nSi no deseas recibir más mensajes nuestros, responde BAJA.\n\nManualidades Creativas",
   ["BSM305"], "Opt-out instruction (reply BAJA).")
_m(32, "reply", "text", "Re: jarrón roto {ORDER}",
   "Hola:\n\nJoder, el puto transportista ha vuelto a tirar la caja, es una mierda cada vez. Te mandamos un jarrón nuevo para el pedido {ORDER} el lunes.\n\nPaco – Cerámica de Talavera",
   ["BSM306"], "Spanish profanity.")
_m(33, "delivery-delay", "text", "Encomenda {ORDER} atrasada",
   "Olá,\n\nA sua encomenda {ORDER} será enviada a 16 de dezembro em vez de 11 de dezembro, devido a um atraso do nosso fornecedor. Pedimos desculpa pelo incómodo.\n\nCumprimentos,\nIbérica Gourmet",
   ["BSM104"], "Message entirely in Portuguese for a Spanish buyer.")
_m(34, "reply", "text", "Re: montaje de la litera - {ORDER}",
   "Buenos días:\n\nPara el montaje de la litera (pedido {ORDER}), llámenos al 963 512 874 y le guiamos paso a paso.\n\nUn saludo,\nDormitorios Infantiles Turia",
   ["BSM309"], "National-format Spanish landline of the seller.")
_m(35, "reply", "text", "Re: consulta pedido {ORDER}",
   "Hola, Andrés:\n\nPara cualquier duda sobre el pedido {ORDER} también puedes escribirnos por WhatsApp al +34 644 21 87 90, de lunes a sábado.\n\nSaludos,\nAudio Pro Madrid",
   ["BSM309"], "International-format mobile number not marked as manufacturer/warranty.")
_m(36, "return-follow-up", "text", "Devolución {ORDER}",
   "Buenos días:\n\nPara completar la devolución del pedido {ORDER}, ¿puede enviarnos una foto de la etiqueta del producto a devoluciones@jardineria-verde.es?\n\nGracias,\nJardinería Verde",
   ["BSM308"], "Plain e-mail address.")
_m(37, "additional-information", "text", "Pedido {ORDER}: falta la talla",
   "Hola:\n\nNos falta la medida de tu dedo para el anillo del pedido {ORDER}. Puedes mandárnosla a pedidos arroba joyeriacordobesa punto es.\n\nGracias,\nJoyería Cordobesa",
   ["BSM308"], "Obfuscated e-mail with 'arroba' and 'punto'.")
_m(38, "reply", "html", "Re: lavado de la manta - {ORDER}",
   "<p>Hola:</p><p>Gracias por tu pregunta sobre la manta de lana (pedido {ORDER}). Tienes todos los consejos de lavado en la <a href=\"https://www.mantasdegrazalema.es/guia-de-lavado\">guía de lavado de nuestra web</a>.</p><p>Un saludo,<br>Mantas de Grazalema</p>",
   ["BSM302"], "https link with descriptive text to the seller's own site.")
_m(39, "delivery-delay", "html", "Retraso en la entrega - pedido {ORDER}",
   "<p>Buenos días:</p><p>Su pedido {ORDER} se enviará el 19 de diciembre en vez del 14. Puede consultar su estado en <a href=\"http://www.amazon.es/gp/css/order-history\">Mis pedidos en Amazon</a>.</p><p>Disculpe,<br>Ultramarinos La Despensa</p>",
   ["BSM301"], "http link to Amazon with descriptive text.")
_m(40, "review-request", "html", "Tu sartén - pedido {ORDER}",
   "<p>Hola:</p><p><img src=\"https://cdn.sartenesdehierro.es/productos/sarten-hierro-28cm.jpg\" alt=\"Sartén de hierro de 28 cm\" width=\"300\"></p><p>Recibiste tu sartén (pedido {ORDER}) hace unos días: tu opinión en la <a href=\"https://www.amazon.es/review/review-your-purchases/\">página de opiniones de Amazon</a> sería útil para otros compradores.</p><p>Sartenes de Hierro</p>",
   ["BSM310"], "Image of the purchased product.")
_m(41, "delivery-delay", "html", "Pedido {ORDER}: envío aplazado",
   "<p><img src=\"https://cdn.mailingfacil.es/stock/playa-atardecer.jpg\" alt=\"Playa al atardecer\" width=\"400\"></p><p>Buenos días:</p><p>Su pedido {ORDER} se enviará el martes 15 de diciembre, con tres días de retraso. Gracias por su comprensión.</p><p>Bañadores Costa Brava</p>",
   ["BSM311"], "Stock beach image unrelated to the shop.")
_m(42, "invoice", "html", "Factura 2026-0855 - pedido {ORDER}",
   "<p><img src=\"https://cdn.graficasmontes.es/logo-graficas-montes.png\" alt=\"\" width=\"150\"></p><p>Buenos días:</p><p>Adjuntamos la factura 2026-0855 del pedido {ORDER} (112,20 € IVA incluido).</p><p>Gráficas Montes</p>",
   ["BSM402"], "Shop logo with empty alt.")
_m(43, "delivery-scheduling", "text", "Entrega del colchón {ORDER}",
   "¡Hola!\n\nTu colchón (pedido {ORDER}) ya está listo para entregar 🛏️ ¿Te viene mejor el jueves 17 o el viernes 18 de diciembre por la mañana? 🙂\n\nDescanso Total",
   ["BSM403"], "Emoji in the body.")
_m(44, "additional-information", "text", "Pedido {ORDER} - color del hilo",
   "Hola, Laura:\n\nPara bordar tu delantal (pedido {ORDER}), ¿prefieres hilo dorado o blanco? Dinos y nos ponemos manos a la obra :D\n\nBordados Amparo",
   ["BSM403"], "Emoticon :D.")
_m(45, "delivery-delay", "html", "Pedido {ORDER}: nueva fecha",
   "<style>h1{font-size:25px} h2{font-size:19px} p{font-size:14px} .pie{font-size:10px}</style><h1>Un pequeño retraso</h1><h2>Pedido {ORDER}</h2><p>Su lámpara se enviará el 21 de diciembre en lugar del 16 de diciembre.</p><p class=\"pie\">Iluminación Gaudí</p>",
   ["BSM410"], "Four explicit font sizes in a <style> block.")
_m(46, "additional-information", "html", "Dirección de entrega - {ORDER}",
   "<p>Buenos días:</p><p></p><p></p><p>En la dirección del pedido {ORDER} falta el número de la calle. ¿Podría indicárnoslo?</p><p></p><p></p><p>Gracias,<br>Bodega Rioja Alta</p>",
   ["BSM412"], "Empty paragraphs between paragraphs.")
_m(47, "return-follow-up", "text", "[Importante] Devolución del pedido {ORDER}",
   "Hola:\n\nPara completar la devolución del pedido {ORDER}, ¿nos confirmas si el producto conserva la caja original?\n\nGracias,\nElectrónica Turia",
   ["BSM110"], "[Importante] tag on a return follow-up.")
_m(48, "delivery-delay", "html", "Envío retrasado - {ORDER}",
   "<p>Buenos días:</p><p>Su pedido {ORDER} saldrá el lunes 14 de diciembre. Para ver los detalles del pedido, pulse <a href=\"https://www.amazon.es/gp/css/order-history\">aquí</a>.</p><p>Disculpe las molestias,<br>Vajillas Sargadelos</p>",
   ["BSM401"], "Non-descriptive link text 'aquí'.")

# ---------------- varying (2) ----------------
_m(49, "delivery-delay", "html", "Retraso - pedido {ORDER}",
   "<p><img src=\"https://cdn.cesteriamallorquina.es/logo-cesteria-mallorquina.png\" alt=\"Logo Cestería Mallorquina\" width=\"580\"></p><p>Buenos días:</p><p>Su pedido {ORDER} se enviará el viernes 18 de diciembre en lugar del martes 15.</p><p>Gracias por su paciencia,<br>Cestería Mallorquina</p>",
   ["BSM406"], "Shop logo 580 px wide, over 80 % of the maximum width.")
_m(50, "delivery-delay", "text", "Retraso en su pedido",
   "Buenos días:\n\nSu pedido n.º {ORDER_NOHYPHEN} se enviará el miércoles 16 de diciembre, tres días más tarde de lo previsto, por un retraso de nuestro proveedor.\n\nDisculpe las molestias.\n\nAtentamente,\nConservas Cantábricas",
   ["BSM102"], "Order number written without hyphens, so no valid order number.")
