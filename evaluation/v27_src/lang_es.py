# -*- coding: utf-8 -*-
"""v27 blind evaluation set, Spanish (es-ES)."""

LANG = "es"


def _oid(n):
    a = (7390412 + n * 113003) % 10000000
    b = (6019283 + n * 87013) % 10000000
    return "586-%07d-%07d" % (a, b)


def _m(n, typ, fmt, subject, body, expected, note, locale="es-ES"):
    oid = _oid(n)
    plain = oid.replace("-", "")
    subject = subject.replace("{oid}", oid).replace("{plain}", plain)
    body = body.replace("{oid}", oid).replace("{plain}", plain)
    return {
        "id": "v27-es-%03d" % n,
        "language": LANG,
        "locale": locale,
        "type": typ,
        "format": fmt,
        "subject": subject,
        "body": body,
        "order_id": oid,
        "expected": sorted(expected),
        "note": note,
    }


MESSAGES = [
# ---------------- clean (1-17) ----------------
_m(1, "delivery-delay", "text",
   "Pedido {oid}: retraso en el envío",
   "Hola, Carmen:\n\n"
   "Te escribimos por tu pedido {oid} (juego de sartenes de hierro forjado). Nuestro taller de Albacete va con unos días de retraso por la campaña de Navidad y no podremos enviarlo en la fecha anunciada.\n\n"
   "La nueva fecha prevista de envío es el martes 15 de diciembre; debería llegarte entre el 17 y el 18.\n\n"
   "Perdona las molestias.\n\nUn saludo,\nPaco\nForja Manchega",
   [], "Clean informal plain-text delivery delay."),

_m(2, "delivery-delay", "html",
   "Actualización de su pedido {oid}",
   "<p>Estimado/a cliente:</p>"
   "<p>Le informamos de que el envío de su pedido <strong>{oid}</strong> se retrasará ligeramente, ya que el proveedor de las láminas de corcho nos ha entregado la mercancía más tarde de lo previsto.</p>"
   "<table><tr><td>Fecha de envío anunciada:</td><td>09/12/2026</td></tr>"
   "<tr><td>Nueva fecha de envío:</td><td>14/12/2026</td></tr></table>"
   "<p>Lamentamos las molestias ocasionadas.</p>"
   "<p>Atentamente,<br>Departamento de Atención al Cliente<br>Corchos del Alentejo Ibérica</p>",
   [], "Clean builder-style HTML delivery delay with a table."),

_m(3, "order-problem", "text",
   "[Importante] No podemos enviar su pedido {oid}",
   "Buenos días, Sr. Navarro:\n\n"
   "Lamentamos comunicarle que la bicicleta estática de su pedido {oid} no está disponible: la última unidad llegó dañada de fábrica y el modelo está descatalogado.\n\n"
   "Ya hemos ajustado el importe total del pedido en Amazon por falta de existencias, por lo que recibirá el reembolso de 279,00 € en su método de pago en un plazo de 3 a 5 días hábiles.\n\n"
   "Disculpe las molestias.\n\nAtentamente,\nMarta Ibáñez\nFitness Levante S.L.",
   [], "Clean order problem confirming the adjustment; [Importante] allowed on this type."),

_m(4, "additional-information", "text",
   "Pedido {oid} – necesitamos un dato",
   "Hola:\n\nPara preparar el cuadro personalizado de tu pedido {oid} nos falta saber la orientación: ¿lo quieres en vertical o en horizontal? La foto que nos enviaste sirve para ambas.\n\n"
   "En cuanto nos lo digas, lo mandamos a imprimir.\n\nGracias,\nLaura – Enmarcados Triana",
   [], "Clean request for information needed to complete a custom order."),

_m(5, "return-follow-up", "text",
   "Devolución del pedido {oid} – propuesta",
   "Estimada Sra. Herrero:\n\n"
   "Hemos revisado las fotos que adjuntó a su solicitud de devolución: la mesa auxiliar tiene un pequeño roce en una pata, pero está en perfecto uso.\n\n"
   "Si lo prefiere, le ofrecemos un reembolso parcial de 18,00 € y se queda con la mesa, sin necesidad de devolverla. Si aun así quiere devolverla, seguimos adelante con la devolución sin problema.\n\n"
   "Quedamos a la espera de su respuesta.\n\nUn cordial saludo,\nMuebles Albero\nPedido {oid}",
   [], "Clean return follow-up offering a partial refund."),

_m(6, "return-follow-up", "text",
   "Su devolución – {oid}",
   "Buenas tardes:\n\nPara tramitar la devolución del pedido {oid}, ¿nos puede confirmar qué talla va a devolver? En el pedido aparecen dos pares de zapatillas (40 y 41) y la solicitud no indica cuál.\n\n"
   "Gracias,\nJavier\nCalzados Elche Online",
   [], "Clean return follow-up asking which item is returned."),

_m(7, "invoice", "html",
   "Factura 2026/A/0873 – pedido {oid}",
   "<p>Buenos días:</p>"
   "<p>Adjuntamos la factura <strong>2026/A/0873</strong>, de fecha 02/12/2026, correspondiente a su pedido {oid}.</p>"
   "<p>Base imponible: 61,98 €<br>IVA (21 %): 13,02 €<br>Total: 75,00 €</p>"
   "<p>Un saludo.</p>"
   "<p><small>Conservas Rías Baixas, S.L. – CIF B36512874 – C/ do Porto, 14, 36202 Vigo (Pontevedra)<br>"
   "Inscrita en el Registro Mercantil de Pontevedra, Tomo 3921, Folio 118, Hoja PO-55102 – NIF-IVA ESB36512874</small></p>",
   [], "Clean invoice with CIF, Registro Mercantil data and a slash-separated invoice number."),

_m(8, "review-request", "text",
   "¿Qué le ha parecido? – pedido {oid}",
   "Hola:\n\nHace unos días recibió la funda nórdica de su pedido {oid}. Si tiene un momento, puede dejar una reseña en la página del producto en Amazon; cualquier opinión, buena o mala, ayuda a otros compradores.\n\n"
   "Muchas gracias,\nTextil Hogar Ontinyent",
   [], "Clean neutral text review request."),

_m(9, "review-request", "html",
   "Tu opinión sobre el pedido {oid}",
   "<p><img src=\"https://m.media-amazon.com/images/S/seller-logos/la-tienda-del-olivo.png\" alt=\"Logotipo de La Tienda del Olivo\" width=\"170\"></p>"
   "<p>Hola:</p>"
   "<p>Tu aceite de oliva virgen extra (pedido {oid}) llegó hace una semana. Nos interesa saber qué te ha parecido, sea lo que sea.</p>"
   "<p><a href=\"https://www.amazon.es/review/review-your-purchases/?asin=B0CES58601\">Escribir una opinión en Amazon</a></p>"
   "<p>Saludos desde Jaén,<br>La Tienda del Olivo</p>",
   [], "Clean HTML review request with named logo and descriptive https Amazon link."),

_m(10, "delivery-scheduling", "text",
   "Entrega de su frigorífico – pedido {oid}",
   "Buenos días, Sra. Molina:\n\n"
   "Su frigorífico combi (pedido {oid}) se entrega con nuestro servicio de transporte especial, con subida a domicilio. Le proponemos estas franjas:\n\n"
   "- Lunes 14/12, de 9:00 a 13:00 h\n- Miércoles 16/12, de 15:00 a 19:00 h\n- Viernes 18/12, de 9:00 a 13:00 h\n\n"
   "Indíquenos cuál le viene mejor y si el edificio tiene ascensor.\n\n"
   "Atentamente,\nRubén Castillo\nJefe de logística – ElectroHogar Sevilla",
   [], "Clean delivery scheduling with dated time slots."),

_m(11, "home-service-appointment", "text",
   "Cita para la instalación – {oid}",
   "Hola, Sr. Vidal:\n\nEl técnico que instalará su termo eléctrico (pedido {oid}) puede pasar:\n\n"
   "· jueves 10 de diciembre, de 8:00 a 10:00\n· sábado 12 de diciembre, de 10:00 a 12:00\n\n"
   "La instalación dura aproximadamente hora y media. ¿Qué día le va mejor?\n\nSaludos,\nInstalaciones Turia",
   [], "Clean home-service appointment with dates and times."),

_m(12, "custom-design-verification", "html",
   "Prueba de diseño de sus camisetas – pedido {oid}",
   "<p>Hola, Álvaro:</p>"
   "<p>Te adjuntamos la prueba de diseño de las camisetas del pedido {oid} (archivo <em>prueba_diseno_pena_los_lunes_v3.pdf</em>).</p>"
   "<ul><li>Texto: «Peña Los Lunes – Fiestas 2027»</li><li>Color de la tinta: blanco sobre camiseta azul marino</li><li>Tallas: 6 M, 8 L, 4 XL</li></ul>"
   "<p>Revisa bien los textos. En cuanto nos des el visto bueno, pasamos a serigrafía.</p>"
   "<p>Un saludo,<br>Nuria<br>Serigrafía Gràcia</p>",
   [], "Clean custom design proof listing text, ink and sizes."),

_m(13, "fulfillment-question", "text",
   "Código de acceso para la entrega del pedido {oid}",
   "Buenas:\n\nEl repartidor pasará el viernes 11/12 con su pedido {oid} (ref. envío SEUR 2026-ES-77103, ref. interna ALM/4418). La dirección es una urbanización con puerta de acceso y teclado.\n\n"
   "¿Nos facilita el código de la puerta o el nombre que figura en el portero automático? Solo se lo pasaremos al repartidor.\n\n"
   "Gracias,\nAlmacén Ibérico Gourmet",
   [], "Clean door-code question with reference numbers."),

_m(14, "reply", "text",
   "Re: ¿es la misma edición? – {oid}",
   "Hola:\n\nSí, el libro que ha pedido, «The Silent Garden: A Gardener's Year», es la edición original en inglés de tapa dura, la misma que aparece en la ficha. La traducción al castellano aún no se ha publicado.\n\n"
   "Su pedido {oid} no necesita ningún cambio.\n\nUn saludo,\nLibrería Anticuaria Montesinos",
   [], "Clean reply quoting an English book title inside Spanish sentences."),

_m(15, "reply", "text",
   "Re: la tablet no carga ({oid})",
   "Buenos días:\n\nSentimos el problema con la tablet del pedido {oid}. Está cubierta por la garantía del fabricante durante 3 años, y lo más rápido es contactar directamente con su servicio técnico oficial:\n\n"
   "Teléfono de garantía del fabricante Nexor: 900 814 226 (lunes a viernes, de 9:00 a 19:00)\n\n"
   "Tenga a mano el número de serie que aparece en la caja.\n\nAtentamente,\nInformática Delta",
   [], "Clean reply with the manufacturer's warranty phone number marked as such."),

_m(16, "reply", "text",
   "Re: factura a nombre de empresa – {oid}",
   "Buenos días:\n\nPor supuesto. Emitiremos la factura del pedido {oid} a nombre de su empresa con el CIF B87654321 que nos indica, y se la enviaremos por la mensajería de Amazon antes del lunes.\n\n"
   "Un saludo,\n\nIsabel Ortega\nResponsable de administración\nCafés El Tostadero, S.L.\nAvda. de la Constitución, 45, 2.º B, 41001 Sevilla\nCIF B41234567 – Registro Mercantil de Sevilla, Tomo 5102, Hoja SE-83311",
   [], "Clean reply with company footer and CIF/Registro numbers."),

_m(17, "reply", "text",
   "Re: reembolso de mi devolución – {oid}",
   "Hola, Sra. Prieto:\n\nSu devolución (n.º de autorización DEV-2026-0932, seguimiento Correos Express 3230 1187 7745) llegó a nuestro almacén el 03/12/2026 a las 12:20 h.\n\n"
   "El reembolso de 36,95 € del pedido {oid} se emitió el 04/12 a las 9:05 h; según su banco, puede tardar de 3 a 5 días hábiles en verse.\n\n"
   "Saludos,\nDepartamento de devoluciones – Juguetes Mar Menor",
   [], "Clean reply with return and tracking numbers, dates, times and amounts."),

# ---------------- violations (18-48) ----------------
_m(18, "fulfillment-question", "text",
   "¡Tu pedido {oid} ya va de camino!",
   "Hola:\n\nTu pedido {oid} salió ayer de nuestro almacén de Zaragoza y ya está en manos de GLS. Lo recibirás en 24-48 horas.\n\nUn saludo,\nAragón Delicatessen",
   ["BSM201"], "Shipping confirmation: left the warehouse, with the carrier."),

_m(19, "additional-information", "html",
   "Pedido {oid} recibido",
   "<p>Estimado cliente:</p><p>Le confirmamos que hemos recibido correctamente su pedido {oid} y que ya lo estamos preparando en nuestro taller.</p><p>Atentamente,<br>Cerámica de Talavera Real</p>",
   ["BSM201"], "Order confirmation: received and being prepared."),

_m(20, "fulfillment-question", "text",
   "Gracias – {oid}",
   "¡Muchísimas gracias por tu compra (pedido {oid})! Para un negocio familiar como el nuestro significa mucho.\n\nUn abrazo,\nMiel de la Alcarria",
   ["BSM202"], "Thanks-only message."),

_m(21, "fulfillment-question", "text",
   "Pedido {oid}",
   "Buenas tardes:\n\nSolo queríamos recordarle que, si surge cualquier problema con su pedido {oid}, estamos a su disposición para ayudarle.\n\nAtentamente,\nRelojería Goya",
   ["BSM202"], "Only 'we are here if anything comes up'."),

_m(22, "delivery-delay", "text",
   "Retraso en su pedido {oid}",
   "Hola:\n\nSu pedido {oid} saldrá el 16/12 en vez del 11/12 porque estamos esperando una remesa de tarros de cristal. Disculpe el retraso.\n\n"
   "Conservas La Abuela\n\n"
   "P. D.: Esta semana tiene un 20 % de descuento en toda la tienda con el código NAVIDAD20.",
   ["BSM203"], "Permitted delay with a 20% off P.S."),

_m(23, "reply", "text",
   "Re: ¿el bolso es de piel? – {oid}",
   "Hola:\n\nSí, el bolso de su pedido {oid} es de piel de vacuno curtida en Ubrique.\n\n"
   "Por cierto, ¡acabamos de lanzar nuestra nueva colección de carteras! Síguenos en Instagram y suscríbete a nuestro boletín para ser el primero en verla.\n\nMarroquinería Sierra",
   ["BSM203"], "Reply with new collection / follow us / newsletter promotion."),

_m(24, "review-request", "text",
   "Un detalle por su reseña – {oid}",
   "Estimado cliente:\n\nSi deja una reseña sobre el cuchillo jamonero de su pedido {oid}, en cuanto esté publicada le enviaremos un pequeño detalle como agradecimiento.\n\nUn saludo,\nCuchillería Albacete",
   ["BSM204"], "Small gift once the review is published."),

_m(25, "review-request", "text",
   "Pedido {oid}: le devolvemos el dinero",
   "Hola:\n\nEn cuanto su opinión sobre los auriculares esté visible en Amazon, le reembolsamos el importe íntegro del pedido {oid}. Solo tiene que responder a este mensaje con una captura.\n\nAudioPro Iberia",
   ["BSM204"], "Full refund as soon as the review is online."),

_m(26, "reply", "text",
   "Re: tornillos que faltaban – {oid}",
   "Buenos días, Sr. Lozano:\n\nYa le hemos mandado los tornillos que faltaban (pedido {oid}). Ahora que está todo solucionado, ¿podría actualizar o eliminar la valoración de una estrella que dejó?\n\nGracias de antemano,\nBricoMuebles Online",
   ["BSM205"], "Asks to update or remove a one-star review."),

_m(27, "review-request", "text",
   "¿Contento con su compra? – {oid}",
   "Hola:\n\nSi está satisfecho con la mochila de su pedido {oid}, nos ayudaría mucho con una reseña en Amazon. Si algo no le ha gustado, mejor escríbanos antes a nosotros y lo arreglamos, en lugar de dejar una opinión.\n\nMochilas Pirineo",
   ["BSM206"], "Review only if satisfied; unhappy buyers steered away from reviewing."),

_m(28, "review-request", "html",
   "¿Nos regalas 5 estrellas? – {oid}",
   "<p>¡Hola!</p><p>Somos una tienda pequeñita de Cádiz y cada valoración cuenta. Si crees que lo hemos hecho bien con tu pedido {oid}, déjanos cinco estrellas en Amazon.</p><p>Gracias,<br>Abanicos Sol de Cádiz</p>",
   ["BSM206"], "Asks for five stars."),

_m(29, "order-problem", "text",
   "Pedido {oid} – sin existencias",
   "Hola:\n\nLa batidora de vaso de su pedido {oid} se ha agotado y no va a reponerse. Ya hemos ajustado el importe del pedido por falta de existencias (reembolso de 89,95 €).\n\n"
   "Para cerrar todo cuanto antes, lo más rápido es que cancele usted mismo el pedido desde «Mis pedidos».\n\nUn saludo,\nCocina Fácil Store",
   ["BSM108"], "Advises the buyer to cancel although the adjustment is confirmed."),

_m(30, "order-problem", "text",
   "Incidencia con su pedido {oid}",
   "Estimado cliente:\n\nNos hemos quedado sin stock de la lámpara de pie que pidió (pedido {oid}) y el proveedor no nos da fecha de reposición.\n\nLe agradeceríamos que solicitara la cancelación del pedido a través de Amazon para poder cerrarlo.\n\nAtentamente,\nIluminación Castellana",
   ["BSM107", "BSM108"], "Asks for a cancellation for stock-out without confirming the amount adjustment."),

_m(31, "delivery-delay", "text",
   "Nueva fecha para su pedido {oid}",
   "Hola:\n\nSu pedido {oid} se enviará el 17/12 en lugar del 12/12 por un retraso de la imprenta.\n\nSaludos,\nLáminas Vintage Madrid\n\n"
   "Si no desea recibir más mensajes nuestros, responda BAJA a este mensaje.",
   ["BSM305"], "Opt-out instruction (reply BAJA)."),

_m(32, "reply", "text",
   "Re: mi pedido no llega {oid}",
   "Mire, joder, ya le hemos dicho tres veces que el pedido {oid} lo tiene la puta agencia de transporte, no nosotros. Lo reenviamos el lunes.\n\nRecambios Motor Getafe",
   ["BSM306"], "Spanish profanity in a reply."),

_m(33, "delivery-delay", "text",
   "Atraso na encomenda {oid}",
   "Olá,\n\nA sua encomenda {oid} só será enviada no dia 16 de dezembro, devido a um atraso do nosso fornecedor. Pedimos desculpa pelo incómodo.\n\nCumprimentos,\nVinhos do Douro Shop",
   ["BSM104"], "Whole message in Portuguese to a Spanish buyer."),

_m(34, "additional-information", "text",
   "Dirección incompleta – {oid}",
   "Hola:\n\nEn la dirección del pedido {oid} falta el piso y la puerta. ¿Nos los puede indicar? Si le resulta más cómodo, llámeme al 612 34 78 90.\n\nGracias,\nSergio – Plantas del Sur",
   ["BSM309"], "Spanish mobile number."),

_m(35, "reply", "text",
   "Re: montaje del armario – {oid}",
   "Buenas tardes:\n\nPara cualquier duda con el montaje del armario del pedido {oid}, puede llamar a nuestra oficina al +34 915 55 12 34 de lunes a viernes.\n\nAtentamente,\nMuebles Castilla",
   ["BSM309"], "Seller's phone number in international format."),

_m(36, "return-follow-up", "text",
   "Devolución {oid} – fotos",
   "Hola:\n\nPara completar la devolución del pedido {oid}, envíenos por favor una foto del defecto a devoluciones.modaluna@gmail.com.\n\nModa Luna",
   ["BSM308"], "Plain e-mail address."),

_m(37, "reply", "text",
   "Re: pedido para empresa – {oid}",
   "Buenos días:\n\nPara un presupuesto de 50 unidades como las del pedido {oid}, escríbanos a ventas arroba papeleria-sol punto es y le contestamos hoy mismo.\n\nPapelería Sol",
   ["BSM308"], "Obfuscated e-mail address with 'arroba ... punto es'."),

_m(38, "reply", "html",
   "Re: cómo curar el jamón – {oid}",
   "<p>Hola:</p><p>Para conservar bien la paleta de su pedido {oid}, tápela con su propia grasa y guárdela en un lugar fresco.</p>"
   "<p>Tiene más trucos en nuestra <a href=\"https://www.jamonesdeguijuelo-tienda.es/blog/conservar-jamon\">guía para conservar el jamón</a>.</p>"
   "<p>Un saludo,<br>Jamones de Guijuelo</p>",
   ["BSM302"], "https link to the seller's own site, not needed for the order."),

_m(39, "review-request", "html",
   "Su opinión – pedido {oid}",
   "<p>Hola:</p><p>Hace una semana recibió la esterilla de su pedido {oid}. Si quiere, puede dejar su opinión en la <a href=\"http://www.amazon.es/review/review-your-purchases/\">página de opiniones de Amazon</a>.</p><p>Yoga Mediterráneo</p>",
   ["BSM301"], "Insecure http link to Amazon."),

_m(40, "delivery-delay", "html",
   "Su sofá – pedido {oid}",
   "<p>Hola:</p><p>El sofá cama Lisboa de su pedido {oid} saldrá el 22/12 en lugar del 15/12.</p>"
   "<p><img src=\"https://fotos.sofasvalencia.es/productos/sofa-cama-lisboa-beige.jpg\" alt=\"Sofá cama Lisboa beige\" width=\"300\"></p>"
   "<p>Gracias por su paciencia,<br>Sofás Valencia</p>",
   ["BSM310"], "Image of the purchased product."),

_m(41, "additional-information", "html",
   "Pedido {oid}: elija el acabado",
   "<p>Hola:</p><p>¿Qué acabado prefiere para la estantería de su pedido {oid}, roble o nogal?</p>"
   "<p><img src=\"https://banco-imagenes.example/navidad/arbol-navidad-luces.jpg\" alt=\"Árbol de Navidad con luces\" width=\"300\"></p>"
   "<p>¡Felices fiestas!<br>Carpintería Ebro</p>",
   ["BSM311"], "Unrelated stock image (Christmas tree)."),

_m(42, "delivery-delay", "html",
   "Retraso del pedido {oid}",
   "<p><img src=\"https://m.media-amazon.com/images/S/seller-logos/turrones-jijona-casa-marti.png\" alt=\"\" width=\"150\"></p>"
   "<p>Hola:</p><p>Los turrones de su pedido {oid} saldrán el 14/12 en lugar del 10/12.</p><p>Turrones Casa Martí</p>",
   ["BSM402"], "Shop logo with empty alt."),

_m(43, "delivery-delay", "text",
   "Un pequeño retraso 😅 – {oid}",
   "¡Hola!\n\nTu pedido {oid} sale el lunes en vez del viernes 🙏 Se nos acabaron las cajas.\n\n¡Perdón!\nAna – Velas Aromáticas Lúa",
   ["BSM403"], "Emoji in subject and body."),

_m(44, "reply", "text",
   "Re: ¿viene con pilas? – {oid}",
   "Hola:\n\nSí, el mando de su pedido {oid} ya trae las pilas puestas :-D\n\nSaludos,\nJuguetes Retro Bilbao",
   ["BSM403"], "Text emoticon :-D."),

_m(45, "invoice", "html",
   "Factura del pedido {oid}",
   "<style>h1{font-size:26px} .cuerpo{font-size:13px} .importe{font-size:20px} .pie{font-size:9px}</style>"
   "<h1>Factura F26-0451</h1>"
   "<p class=\"cuerpo\">Adjuntamos la factura de su pedido {oid}.</p>"
   "<p class=\"importe\">Total: 112,40 €</p>"
   "<p class=\"pie\">Bodegas Rioja Alta Online, S.L. – CIF B26123456</p>",
   ["BSM410"], "Four explicit font sizes in a style block."),

_m(46, "delivery-scheduling", "html",
   "Entrega de la lavadora – {oid}",
   "<p>Buenos días:</p><p>Podemos entregar la lavadora de su pedido {oid} el martes 15/12 entre las 10:00 y las 14:00.</p>"
   "<p></p><p></p>"
   "<p>¿Le viene bien?</p><p>Un saludo,<br>Electro Murcia</p>",
   ["BSM412"], "Empty paragraphs between paragraphs."),

_m(47, "reply", "text",
   "[Importante] Re: color de la funda – {oid}",
   "Hola:\n\nLa funda de su pedido {oid} es del color «arena», que en la foto se ve algo más oscura. Es el mismo tejido que el modelo gris.\n\nSaludos,\nFundas Sofá Express",
   ["BSM110"], "[Importante] tag on a reply."),

_m(48, "return-follow-up", "html",
   "Devolución del pedido {oid}",
   "<p>Hola:</p><p>Para completar la devolución del pedido {oid}, ¿nos confirma si devuelve también el soporte? La etiqueta de devolución la tiene <a href=\"https://www.amazon.es/gp/css/returns/homepage.html\">aquí</a>.</p><p>Gracias,<br>Monitores Pro</p>",
   ["BSM401"], "Non-descriptive link text 'aquí'."),

# ---------------- varying (49-50) ----------------
_m(49, "review-request", "html",
   "Su opinión sobre el pedido {oid}",
   "<p><a href=\"https://www.ceramicasmanises.es\"><img src=\"https://m.media-amazon.com/images/S/seller-logos/ceramicas-manises.png\" alt=\"Logotipo de Cerámicas Manises\" width=\"160\"></a></p>"
   "<p>Hola:</p><p>Su juego de platos (pedido {oid}) llegó hace diez días. Si quiere, puede dejar una reseña en la página del producto en Amazon.</p><p>Cerámicas Manises</p>",
   ["BSM302", "BSM304"], "Shop logo linked to the seller's website."),

_m(50, "delivery-delay", "html",
   "Pedido {oid}: nueva fecha",
   "<p><img src=\"http://m.media-amazon.com/images/S/seller-logos/aceitunas-sevillanas.png\" alt=\"Logotipo de Aceitunas Sevillanas\" width=\"580\"></p>"
   "<p>Hola:</p><p>Las aceitunas aliñadas de su pedido {oid} saldrán el 15/12 en lugar del 11/12.</p><p>Aceitunas Sevillanas</p>",
   ["BSM406", "BSM413"], "Shop logo 580 px wide loaded over http."),
]
