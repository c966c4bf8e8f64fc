"""v16 Spanish messages (es-ES)."""
LANG, LOC, PFX = "es", "es-ES", "475"


def _oid(n):
    a = (1299851 + n * 104729) % 9000000 + 1000000
    b = (4012359 + n * 611953) % 9000000 + 1000000
    return "%s-%07d-%07d" % (PFX, a, b)


MESSAGES = []


def _m(n, typ, fmt, subject, body, expected, note):
    o = _oid(n)
    MESSAGES.append({
        "id": "v16-%s-%03d" % (LANG, n), "language": LANG, "locale": LOC,
        "type": typ, "format": fmt, "subject": subject.replace("{o}", o),
        "body": body.replace("{o}", o), "order_id": o,
        "expected": sorted(expected), "note": note})


_m(1, "delivery-delay", "text", "Pedido {o}: pequeño retraso",
   "Hola, Sra. Navarro:\n\nLa manta de lana que eligió sale del telar algo más tarde de lo previsto: la enviaremos el jueves 17 de diciembre en lugar del día 12.\n\nDisculpe las molestias.\n\nUn saludo,\nCarmen – Telares de Grazalema",
   [], "Clean plain-text delivery delay.")
_m(2, "delivery-delay", "html", "Pedido {o} – nueva fecha de envío",
   "<p>Buenos días, Sr. Romero:</p><p>Nuestro proveedor de vidrio nos ha servido tarde: su lámpara <strong>Mallorca 30 cm</strong> (pedido {o}) se enviará el <strong>21/12/2026</strong>.</p><p>Le pedimos disculpas por el retraso.</p><p>El equipo de Luces de Antes<br><small>Luces de Antes, S.L. – C/ Mayor, 27, 46001 Valencia</small></p>",
   [], "Clean builder-HTML delivery delay.")
_m(3, "order-problem", "text", "[Importante] Pedido {o}: artículo no disponible",
   "Estimado Sr. Ortega:\n\nLa última unidad de la cafetera italiana de 6 tazas resultó dañada en el almacén y no podemos enviarla. Hemos ajustado el importe de su pedido {o} (motivo: sin existencias); el reembolso de 29,95 € aparecerá en su método de pago en unos días.\n\nDisculpe las molestias,\nAtención al cliente de Cafés del Sur",
   [], "Clean order problem with [Importante], amount adjusted.")
_m(4, "additional-information", "text", "Grabado – pedido {o}",
   "Hola, Lucía:\n\nPara grabar la tabla de cortar nos falta el texto exacto (nombres y fecha) y saber si prefieres letra recta o cursiva.\n\nEn cuanto nos contestes, el taller se pone con ello.\n\nGracias,\nJavi – Taller Madera y Brasa",
   [], "Clean information request.")
_m(5, "return-follow-up", "text", "Su devolución – pedido {o}",
   "Buenas tardes, Sra. Vidal:\n\nHemos visto las fotos de la funda con la costura suelta. En lugar de la devolución, le podemos ofrecer un reembolso parcial de 10,00 € y se queda el artículo. ¿Le parece bien?\n\nAtentamente,\nCojines & Cía.",
   [], "Clean return follow-up with partial refund offer.")
_m(6, "return-follow-up", "text", "Devolución del pedido {o}",
   "Hola:\n\nPara tramitar la devolución de la batidora, ¿podría indicarnos si se llegó a usar y si vienen en la caja todos los accesorios (vaso, tapa y varilla)?\n\nUn saludo,\nPosventa CocinaMás",
   [], "Clean return follow-up asking for information.")
_m(7, "invoice", "text", "Factura F-2026/12/0317 – pedido {o}",
   "Estimado Sr. Molina:\n\nLe adjuntamos la factura F-2026/12/0317 de su pedido {o}, por un importe de 212,96 € IVA incluido (IVA 21 %: 36,96 €).\n\nAtentamente,\nAdministración – Cerámicas Molina Hermanos, S.L.\nAvda. de la Constitución, 12, 41004 Sevilla\nCIF B41234567 – Inscrita en el Registro Mercantil de Sevilla, Tomo 4521, Folio 88, Hoja SE-71234",
   [], "Clean invoice with CIF, registry data and slashed invoice number.")
_m(8, "review-request", "text", "Su opinión sobre el pedido {o}",
   "Hola, Marta:\n\nTu cuaderno cosido a mano llegó hace unos días. Si tienes un momento, puedes dejar una reseña del producto en Amazon; sea buena o no tanto, ayuda a otros compradores.\n\nQue pases buen fin de semana,\nPapelería La Glorieta",
   [], "Clean neutral review request.")
_m(9, "review-request", "html", "Pedido {o}: ¿qué tal?",
   "<p><img src=\"https://cdn.jaboneria-cabo-gata.es/img/logo-jaboneria-cabo-de-gata.png\" alt=\"Logotipo de Jabonería Cabo de Gata\" width=\"160\"></p><p>Hola:</p><p>Ya tiene sus jabones de aceite de oliva (pedido {o}). Nos interesa su opinión, sea cual sea.</p><p><a href=\"https://www.amazon.es/review/create-review?asin=B0CZ56ES78\">Escribir una opinión en Amazon</a></p><p>Jabonería Cabo de Gata</p>",
   [], "Clean HTML review request with logo and descriptive Amazon link.")
_m(10, "delivery-scheduling", "text", "Entrega de su armario – pedido {o}",
   "Buenos días, Sres. Castillo:\n\nSu armario de tres puertas (92 kg) lo entregará nuestra agencia de transporte con cita previa. ¿Qué franja les viene mejor?\n- martes 15 de diciembre, de 8:00 a 12:00\n- miércoles 16 de diciembre, de 15:00 a 19:00\n\nIndíquennos también el piso y si hay ascensor.\n\nUn saludo,\nMuebles Castillo",
   [], "Clean bulky-item delivery scheduling.")
_m(11, "home-service-appointment", "text", "Instalación de la estufa – pedido {o}",
   "Estimado Sr. Herrera:\n\nNuestro técnico puede pasar a instalar su estufa de pellets el lunes 14/12 entre las 9:00 y las 11:00, o el viernes 18/12 entre las 16:00 y las 18:00. ¿Qué cita le va mejor?\n\nAtentamente,\nCalefacción Herrera e Hijos – planificación",
   [], "Clean home-service appointment.")
_m(12, "custom-design-verification", "html", "Prueba de diseño para aprobar – pedido {o}",
   "<p>Hola, Paula:</p><p>Te adjuntamos la prueba de diseño (prueba_invitaciones_Ana_Pablo.pdf) de las invitaciones de boda. Revisa bien los nombres, la fecha (sábado 5 de junio de 2027) y la dirección de la finca.</p><p>Contéstanos «OK para imprimir» o dinos qué hay que corregir.</p><p>Irene<br>Estudio Papel Pluma</p>",
   [], "Clean design proof verification.")
_m(13, "fulfillment-question", "text", "Código del portal – pedido {o}",
   "Hola:\n\nEl repartidor indica que el portal de la Urbanización Los Olivos, bloque 3, tiene código. ¿Nos podría facilitar el código de acceso para el bulto ref. ENV-66231/3 (pedido {o})?\n\nGracias,\nLogística Huerto Fácil",
   [], "Clean door-code question with references.")
_m(14, "reply", "text", "RE: consulta sobre «Bamboo Steamer Set»",
   "Hola, Sergio:\n\nSí, el «Bamboo Steamer Set – 3 Tier» de su pedido {o} encaja en una olla de 24 cm; el nombre en inglés es del fabricante, pero las instrucciones vienen también en español.\n\nQue aproveche,\nNuria, Ultramarinos Zen",
   [], "Clean reply quoting an English product title.")
_m(15, "reply", "text", "RE: avería de la aspiradora – {o}",
   "Estimada Sra. Gil:\n\nSu aspiradora sigue en garantía del fabricante (3 años). Para gestionarla, el servicio de garantía del fabricante Aspira atiende en el 900 123 456 (teléfono de garantía del fabricante).\n\nUn saludo,\nElectro Ahorro Zaragoza",
   [], "Clean reply with manufacturer's warranty line marked.")
_m(16, "reply", "html", "RE: pedido {o}",
   "<p>Estimado Sr. Domínguez:</p><p>Las patas de la mesa vienen incluidas con los tornillos y la llave Allen, así que no necesita comprar nada más.</p><p>Reciba un cordial saludo,<br>Beatriz Serrano<br>Responsable de atención al cliente</p><p><small>Mobiliario Serrano, S.L. – Polígono Industrial El Pla, nave 4, 03801 Alcoy (Alicante) – CIF B03987654</small></p>",
   [], "Clean reply with company footer.")
_m(17, "reply", "text", "RE: reembolso del pedido {o}",
   "Hola:\n\nRecibimos su devolución n.º DEV-2026-5512 el 02/12/2026 a las 12:40. El reembolso de 47,50 € se emitió ese mismo día; tardará de 3 a 5 días hábiles. Seguimiento de la devolución: SEUR 0123456789012.\n\nUn saludo,\nÁlvaro – Deportes Sierra",
   [], "Clean reply with return/tracking numbers, dates, time, amount.")
_m(18, "fulfillment-question", "text", "Tu paquete {o}",
   "¡Hola, Elena!\n\nBuenas noticias: tu paquete ha salido de nuestro almacén esta mañana y ya lo tiene Correos Express. Te llegará en 24-48 horas.\n\nUn abrazo,\nJoyas Selene",
   ["BSM201"], "Shipment confirmation.")
_m(19, "fulfillment-question", "html", "Pedido {o} recibido",
   "<p>Hola:</p><p>Hemos recibido correctamente su pedido {o} y ya lo estamos preparando con mimo.</p><p>El equipo de Té y Más</p>",
   ["BSM201"], "Order received and being prepared.")
_m(20, "reply", "text", "¡Gracias! – {o}",
   "Hola, Rocío:\n\nMil gracias por tu pedido {o}, nos hace muchísima ilusión.\n\nUn abrazo,\nLaura y Dani – La Vela Pequeña",
   ["BSM202"], "Thanks only.")
_m(21, "reply", "text", "Pedido {o}",
   "Hola:\n\nSi surge cualquier problema con su pedido {o}, quedamos a su entera disposición.\n\nAtentamente,\nBicis Rápidas",
   ["BSM202"], "Only the offer to help.")
_m(22, "delivery-delay", "text", "Retraso – pedido {o}",
   "Estimado Sr. Iglesias:\n\nLa mochila se enviará el 19 de diciembre en vez del 15, por un retraso de nuestro proveedor.\n\nUn saludo,\nPirineo Outdoor\n\nP. D.: Hasta el domingo, 20 % de descuento en toda la tienda con el código INVIERNO20.",
   ["BSM203"], "Discount code in a P.S.")
_m(23, "additional-information", "html", "Talla del anillo – pedido {o}",
   "<p>Hola:</p><p>¿Nos confirma la talla (12 o 14) del anillo del pedido {o}?</p><p>Por cierto, acabamos de lanzar la nueva colección «Luna de invierno»: síguenos en Instagram y suscríbete a nuestra newsletter para no perderte nada.</p><p>Orfebrería Áurea</p>",
   ["BSM203"], "New collection, follow us, newsletter.")
_m(24, "review-request", "text", "¿Una reseña? – pedido {o}",
   "Hola, Pablo:\n\nSi dejas una reseña de los auriculares, en cuanto se publique te mandamos un detallito como agradecimiento.\n\nHasta pronto,\nSonidoBox",
   ["BSM204"], "Small gift once review published.")
_m(25, "review-request", "text", "Pedido {o}",
   "Hola:\n\nEn cuanto su reseña esté publicada en Amazon, envíenos una captura y le devolveremos el importe íntegro de la compra.\n\nEquipo GadgetPro",
   ["BSM204"], "Full refund once review is online.")
_m(26, "reply", "text", "RE: su valoración – {o}",
   "Estimada Sra. Prieto:\n\nYa le hemos enviado el hervidor de sustitución. Ahora que está solucionado, ¿podría cambiar su valoración de una estrella o, si lo prefiere, eliminarla?\n\nMuchas gracias,\nCafés del Sur",
   ["BSM205"], "Asks to change or remove a one-star review.")
_m(27, "review-request", "text", "Su opinión cuenta – {o}",
   "Hola:\n\nSi está contento con su esterilla de yoga, déjenos una reseña en Amazon. Si algo no le ha gustado, mejor escríbanos antes de publicar nada y lo arreglamos.\n\nNamasté Shop España",
   ["BSM206"], "Review only if satisfied.")
_m(28, "review-request", "html", "Pedido {o} – ¿5 estrellas?",
   "<p>¡Hola!</p><p>¿Te gusta tu nueva sartén? Un clic en las 5 estrellas nos ayudaría un montón.</p><p>CocinaMás</p>",
   ["BSM206"], "Asks for five stars.")
_m(29, "order-problem", "text", "[Importante] Sin existencias – pedido {o}",
   "Hola:\n\nEl altavoz que pidió ya no está disponible y no se puede enviar; hemos ajustado el importe del pedido {o} por falta de existencias. Lo más rápido es que cancele usted mismo el pedido desde su cuenta.\n\nGracias por su comprensión,\nSonidoBox",
   ["BSM108"], "Adjusted, but advises buyer to cancel.")
_m(30, "order-problem", "text", "Pedido {o}: artículo agotado",
   "Estimado Sr. Vega:\n\nLamentablemente, el sillón de mimbre está agotado en fábrica. Le agradeceríamos que enviara una solicitud de cancelación del pedido {o}.\n\nAtentamente,\nMimbre & Co.",
   ["BSM107", "BSM108"], "Asks for cancellation, no adjustment confirmed.")
_m(31, "delivery-delay", "text", "Pedido {o} con retraso",
   "Hola:\n\nLos paños bordados saldrán el 22/12 y no el 16/12 como se indicaba.\n\nUn saludo,\nBordados Lola\n\nSi no desea recibir más mensajes nuestros, responda BAJA.",
   ["BSM305"], "Opt-out instruction (reply BAJA).")
_m(32, "reply", "text", "RE: entrega {o}",
   "Hola:\n\nEl puto transportista ha vuelto a perder un paquete, estamos hasta los cojones. Le reenviamos hoy mismo la lámpara, pedido {o}.\n\nManolo, Rastro Vintage",
   ["BSM306"], "Spanish profanity.")
_m(33, "delivery-delay", "text", "Order {o} – delay",
   "Hello,\n\nUnfortunately the dispatch of your order {o} has been delayed by about a week. We apologise for the inconvenience.\n\nKind regards,\nCocinaMás Fulfilment Team",
   ["BSM104"], "Whole message in English to a Spanish buyer.")
_m(34, "reply", "text", "RE: montaje – {o}",
   "Estimado Sr. Cano:\n\nPara el montaje de la litera (pedido {o}), lo más sencillo es que nos llame al 963 52 18 47, de lunes a viernes.\n\nUn saludo,\nMuebles Castillo",
   ["BSM309"], "Seller landline, national format.")
_m(35, "additional-information", "text", "Dirección incompleta – {o}",
   "Hola:\n\nFaltan el piso y la puerta en la dirección del pedido {o}. Puede mandárnoslo por WhatsApp al +34 612 48 93 07.\n\nGracias,\nFlores de Andalucía",
   ["BSM309"], "Seller mobile, international format.")
_m(36, "reply", "text", "RE: factura {o}",
   "Hola:\n\nPara dudas sobre la factura (pedido {o}), escriba directamente a facturacion@ceramicasmolina.es, así va más rápido.\n\nAtentamente,\nCerámicas Molina",
   ["BSM308"], "Plain e-mail address.")
_m(37, "return-follow-up", "text", "Devolución {o}",
   "Hola:\n\nPara gestionar la devolución, ¿nos puede enviar una foto de la caja? Dirección: posventa arroba juguetes-listos punto es.\n\nGracias,\nJuguetes Listos",
   ["BSM308"], "Obfuscated e-mail (arroba / punto).")
_m(38, "delivery-delay", "html", "Retraso de su pedido {o}",
   "<p>Hola:</p><p>Su puzle de 1000 piezas saldrá con tres días de retraso, el 18 de diciembre.</p><p>Descubra más puzles en el <a href=\"https://www.puzlesdelcastillo.es/catalogo\">catálogo de Puzles del Castillo</a>.</p><p>Puzles del Castillo</p>",
   ["BSM302"], "https link to seller's site.")
_m(39, "return-follow-up", "html", "Devolución – pedido {o}",
   "<p>Hola:</p><p>Para completar la devolución, indique el motivo en el <a href=\"http://www.amazon.es/gp/orc/returns/homepage.html\">Centro de devoluciones de Amazon</a>.</p><p>Electro Ahorro Zaragoza</p>",
   ["BSM301"], "http link to Amazon.")
_m(40, "delivery-delay", "html", "Pedido {o}: envío aplazado",
   "<p>Hola:</p><p>Su jarrón de barro se enviará el 20/12.</p><p><img src=\"https://cdn.alfareria-talavera.es/productos/jarron-barro-azul-25cm.jpg\" alt=\"Jarrón de barro azul 25 cm\" width=\"300\"></p><p>Alfarería Talavera</p>",
   ["BSM310"], "Photo of the purchased product.")
_m(41, "additional-information", "html", "Pedido {o} – una consulta",
   "<p>Hola:</p><p>¿Nos confirma el color del hilo (crudo o gris) para su manta?</p><p><img src=\"https://cdn.telares-grazalema.es/imagenes/playa-atardecer.jpg\" alt=\"Playa al atardecer\" width=\"300\"></p><p>Telares de Grazalema</p>",
   ["BSM311"], "Unrelated beach image.")
_m(42, "review-request", "html", "Su opinión – pedido {o}",
   "<p><img src=\"https://cdn.tostadero-ducal.es/logo.png\" alt=\"\" width=\"140\"></p><p>Hola, ya tiene su café. Si quiere, puede compartir su opinión en la <a href=\"https://www.amazon.es/review/create-review?asin=B0DK99CAFE\">página de opiniones de Amazon del producto</a>.</p><p>Tostadero Ducal</p>",
   ["BSM402"], "Logo with empty alt.")
_m(43, "delivery-delay", "text", "Pedido {o} – un pelín de retraso",
   "¡Hola!\n\nTus zapatillas de casa salen el lunes 14 en vez del viernes 📦 ¡Gracias por la paciencia! ❤️\n\nZapatillas de Aquí",
   ["BSM403"], "Emoji in body.")
_m(44, "reply", "text", "RE: talla – {o}",
   "Hola, Iñaki:\n\nEl jersey viene amplio, mejor la M :D Tenemos tu pedido {o} controlado.\n\nPunto de la Abuela",
   ["BSM403"], "Emoticon :D.")
_m(45, "delivery-delay", "html", "Retraso pedido {o}",
   "<style>h1{font-size:23px} h2{font-size:18px} p{font-size:15px} .pie{font-size:10px}</style><h1>Un pequeño retraso</h1><h2>Pedido {o}</h2><p>Su reloj de pared saldrá el 19 de diciembre.</p><p class=\"pie\">Relojes de Época, S.L.</p>",
   ["BSM410"], "Four font sizes in a style block.")
_m(46, "additional-information", "text", "Nombre para bordar – {o}",
   "Hola:\n\n¿Qué nombre quiere que bordemos en el albornoz (pedido {o})?\n\n\n\nGracias,\nBordados Lola",
   ["BSM412"], "Blank-line run in text.")
_m(47, "delivery-delay", "html", "Pedido {o}: retraso",
   "<p>Hola:</p><p>Su alfombra se enviará el 23 de diciembre.<br><br><br>Un saludo,<br>Alfombras Nómadas</p>",
   ["BSM412"], "Three <br> in a row.")
_m(48, "reply", "text", "[Importante] RE: duda sobre el pedido {o}",
   "Hola:\n\nSí, el molinillo de pimienta es regulable en cinco grosores.\n\nEspecias Lucio",
   ["BSM110"], "[Importante] on a reply.")
_m(49, "return-follow-up", "html", "Devolución – {o}",
   "<p>Hola:</p><p>Para imprimir la etiqueta de devolución del pedido {o}, <a href=\"https://www.amazon.es/gp/css/returns/homepage.html\">pinche aquí</a> y díganos si el embalaje original está completo.</p><p>Juguetes Listos</p>",
   ["BSM401"], "Non-descriptive link text 'pinche aquí'.")
_m(50, "delivery-delay", "html", "Pedido {o}: nueva fecha",
   "<p>Hola:</p><p>Su juego de sábanas de lino saldrá el 18 de diciembre en lugar del 12.</p><p>Lino y Lana</p><img src=\"https://track.linoylana.es/open.gif?uid=88412&amp;o=mail\" width=\"1\" height=\"1\" alt=\"\">",
   ["BSM307", "BSM402"], "1x1 tracking pixel with empty alt.")
