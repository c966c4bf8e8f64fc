"""v14 evaluation set, Spanish (es-ES). Standard library only."""

LANG, LOCALE, PREFIX = "es", "es-ES", "455"
MESSAGES = []


def _oid(n):
    a = (n * 7368421 + 1234567) % 9000000 + 1000000
    b = (n * 3141593 + 7654321) % 9000000 + 1000000
    return "%s-%07d-%07d" % (PREFIX, a, b)


def M(type_, fmt, subject, body, expected, note):
    n = len(MESSAGES) + 1
    oid = _oid(n)
    sub = lambda s: s.replace("{OID}", oid).replace("{OIDNH}", oid.replace("-", ""))
    MESSAGES.append({
        "id": "v14-%s-%03d" % (LANG, n), "language": LANG, "locale": LOCALE,
        "type": type_, "format": fmt, "subject": sub(subject), "body": sub(body),
        "order_id": oid, "expected": sorted(expected), "note": note,
    })

# ---------------------------------------------------------------- clean (17)
M("delivery-delay", "text", "Pedido {OID}: retraso en el envío",
  "Hola, Lucía:\n\nTe escribimos porque las alpargatas que encargaste se van a retrasar unos días. El yute para la suela nos llegó más tarde de lo previsto y en el taller vamos un poco justos con los pedidos de diciembre.\n\nCalculamos enviarlas el miércoles 16 de diciembre, así que deberían llegarte entre el 18 y el 21. Si el nuevo plazo no te viene bien, respóndenos a este mensaje y lo vemos.\n\nPerdona las molestias.\n\nUn saludo,\nJaume, de Espardenyes Can Pujol",
  [], "Clean plain-text delay notice from a small espadrille workshop, informal register.")

M("delivery-delay", "html", "Nueva fecha de envío - pedido {OID}",
  "<p>Estimado Sr. Navarro:</p>\n<p>Le informamos de que el perchero de pie que adquirió el 1 de diciembre (ref. PP-210, roble natural) saldrá de nuestro taller con unos días de retraso, ya que estamos a la espera del barniz.</p>\n<table border=\"1\" cellpadding=\"6\">\n<tr><td>Fecha de envío inicial</td><td>09/12/2026</td></tr>\n<tr><td>Nueva fecha de envío</td><td>15/12/2026</td></tr>\n<tr><td>Entrega estimada</td><td>17/12/2026 - 18/12/2026</td></tr>\n</table>\n<p>Su pedido sigue reservado y no tiene que hacer nada.</p>\n<p>Atentamente,<br>\nMarta Gil<br>\n<small>Atención al cliente - Carpintería Olmedo, S.L.</small></p>",
  [], "Clean HTML delay notice with a plain table and small footer.")

M("order-problem", "text", "[Importante] Pedido {OID}: artículo agotado, importe ajustado",
  "Estimado/a cliente:\n\nLamentamos comunicarle que la paellera esmaltada de 46 cm de su pedido {OID} no está disponible: la última unidad que teníamos en almacén presentaba un golpe en el borde y no podemos enviarla.\n\nPor ello hemos ajustado el importe de su pedido por falta de existencias. El reembolso íntegro de 42,95 € se reflejará en su método de pago en un plazo de 3 a 5 días hábiles.\n\nDisculpe las molestias.\n\nMenaje Valenciano",
  [], "Clean order problem with [Importante] in the subject, confirming the amount was adjusted.")

M("additional-information", "text", "Datos para el grabado - pedido {OID}",
  "Buenos días, Sr. Ortega:\n\nPara grabar la placa de su caseta de perro nos falta un dato: en el pedido eligió la opción de nombre personalizado, pero el campo llegó vacío.\n\n¿Nos podría indicar, respondiendo a este mensaje:\n- el nombre que quiere grabar (máximo 12 letras);\n- si lo prefiere en mayúsculas o con la primera letra en mayúscula?\n\nEn cuanto lo recibamos, la placa pasa a grabado y el pedido sale en 48 horas.\n\nGracias,\nRubén - Mascotas de Madera",
  [], "Clean request for the engraving text needed to complete the order.")

M("return-follow-up", "text", "Devolución del pedido {OID} - propuesta",
  "Hola, Sra. Molina:\n\nHemos recibido su solicitud de devolución del juego de 4 tazas de gres, en el que una de ellas llegó con una pequeña mella en el asa.\n\nSi le parece bien, podemos ofrecerle un reembolso parcial de 9,00 € (el precio de una taza) y usted se queda con el juego completo, sin tener que embalarlo ni esperar la recogida. Si prefiere la devolución completa, también es posible: indíquenos qué opción le viene mejor.\n\nUn saludo cordial,\nIrene Castro\nCerámica La Rambla",
  [], "Clean return follow-up offering a partial refund.")

M("return-follow-up", "html", "Su devolución - pedido {OID}",
  "<p>Hola:</p>\n<p>Para terminar de tramitar la devolución del cortavientos, necesitamos que nos aclare un par de cosas:</p>\n<ul>\n<li>¿el fallo está en la cremallera o en la costura del bolsillo?</li>\n<li>¿conserva la etiqueta original?</li>\n</ul>\n<p>Basta con responder a este mensaje; si puede, adjunte una foto del defecto.</p>\n<p>Gracias,<br>Nerea, departamento de devoluciones de Norte Outdoor</p>",
  [], "Clean return follow-up asking for information to complete the return.")

M("invoice", "text", "Factura de su pedido {OID}",
  "Buenos días:\n\nAdjuntamos la factura n.º F-2026/12/0458 correspondiente a su pedido {OID} del 2 de diciembre de 2026, por un importe total de 181,50 € (base imponible 150,00 € + IVA 21 % 31,50 €).\n\nSi necesita que la factura figure a nombre de su empresa, indíquenos la razón social y el NIF en respuesta a este mensaje.\n\nAtentamente,\nDepartamento de administración\n\nSillas y Mesas del Sur, S.L. - CIF B-41234567\nPolígono Industrial La Red, calle 7, nave 12, 41500 Alcalá de Guadaíra (Sevilla)\nInscrita en el Registro Mercantil de Sevilla, tomo 5432, folio 87, hoja SE-91234",
  [], "Clean invoice with invoice number with slashes, CIF and Registro Mercantil details.")

M("review-request", "text", "¿Qué le ha parecido su pedido {OID}?",
  "Hola, Sr. Iglesias:\n\nHace una semana que recibió su funda nórdica de lino. Cuando tenga un momento, nos gustaría conocer su opinión: puede dejar una reseña desde el apartado «Mis pedidos» de su cuenta de Amazon.\n\nTodas las opiniones, buenas o malas, nos ayudan a mejorar.\n\nUn saludo,\nLaura y Pablo, Lino del Ampurdán",
  [], "Clean neutral review request in plain text.")

M("review-request", "html", "Su opinión sobre el pedido {OID}",
  "<p><img src=\"https://cdn.conservas-arroyo.es/img/logo-conservas-arroyo.png\" alt=\"Logotipo de Conservas Arroyo\" width=\"170\" height=\"52\"></p>\n<p>Estimada Sra. Herrera:</p>\n<p>Su lote de conservas de bonito del norte le fue entregado la semana pasada. Si lo desea, puede contar su experiencia a otros clientes:</p>\n<p><a href=\"https://www.amazon.es/review/create-review?asin=B0BONITO66\">Escribir una opinión en Amazon</a></p>\n<p>Gracias por su tiempo,<br>Conservas Arroyo</p>",
  [], "Clean HTML review request with shop logo and descriptive https Amazon link.")

M("delivery-scheduling", "text", "Entrega de su armario - pedido {OID}",
  "Buenos días, Sres. Delgado:\n\nSu armario de tres puertas (4 bultos, unos 110 kg) ya está listo. La agencia Transportes Mudanzas Levante entrega con cita previa y lo sube a la vivienda. Estas son las franjas disponibles:\n\n- martes 15 de diciembre, de 8:00 a 14:00\n- jueves 17 de diciembre, de 15:00 a 20:00\n- sábado 19 de diciembre, de 9:00 a 13:00\n\nIndíquenos la franja que prefieran y si el edificio tiene ascensor.\n\nUn saludo,\nCarmen Vidal\nMuebles Albufera",
  [], "Clean scheduling of a bulky delivery with dates and time slots.")

M("home-service-appointment", "text", "Cita para la instalación - pedido {OID}",
  "Estimada Sra. Ramos:\n\nNuestro técnico puede pasar a instalar su termo eléctrico en una de estas fechas:\n\nviernes 11/12/2026, de 9:00 a 11:00\nlunes 14/12/2026, de 16:00 a 18:00\n\nLa instalación dura aproximadamente hora y media. Confírmenos la fecha que le venga mejor respondiendo a este mensaje.\n\nAtentamente,\nÓscar Prieto - Instalaciones Prieto Madrid",
  [], "Clean home-service appointment with dates and time ranges.")

M("custom-design-verification", "html", "Prueba de diseño para revisar - pedido {OID}",
  "<p>¡Hola, Andrea!</p>\n<p>Te adjuntamos la prueba del diseño de tu camiseta personalizada para la despedida (<strong>prueba_camisetas_despedida_Andrea_v2.pdf</strong>).</p>\n<p>Revisa, por favor:</p>\n<ol>\n<li>que los nombres estén bien escritos;</li>\n<li>la fecha: sábado 23 de enero de 2027;</li>\n<li>las tallas: 4 M, 3 L y 1 XL.</li>\n</ol>\n<p>Si todo está correcto, contéstanos «OK, imprimir»; si no, dinos qué cambiamos.</p>\n<p>Un abrazo,<br>Bea - Serigrafía La Tinta</p>",
  [], "Clean custom design proof with the proof attachment named.")

M("fulfillment-question", "text", "Acceso al portal para la entrega {OID}",
  "Buenos días:\n\nSu pedido {OID} (bulto ref. ENV-33092/C) saldrá el 10 de diciembre con una agencia que solo entrega en mano. La dirección indicada es una urbanización cerrada, pero no incluye el código de la puerta ni el número de portal.\n\n¿Podría facilitarnos el código de acceso y, si procede, el portal, la planta y la letra? Los añadiremos a la etiqueta antes del envío.\n\nGracias,\nLogística - Aceites Sierra de Segura",
  [], "Clean question about the gate code with parcel reference numbers.")

M("reply", "text", "Re: Pregunta sobre el «Cast Iron Dutch Oven 5 Qt» - pedido {OID}",
  "Hola, Sr. Cabrera:\n\nSí, la cocotte «Cast Iron Dutch Oven 5 Qt» que ha comprado sirve para todo tipo de cocinas, también de inducción, y puede ir al horno hasta 260 °C. Le recomendamos no meterla en el lavavajillas para que no pierda el curado.\n\nQue la disfrute,\nÁlvaro - La Olla de Hierro",
  [], "Clean reply quoting an English product title inside Spanish sentences.")

M("reply", "text", "Re: La batidora no enciende - pedido {OID}",
  "Estimado Sr. Medina:\n\nSentimos mucho la incidencia. Su batidora está cubierta por la garantía del fabricante, que gestiona directamente la reparación o sustitución.\n\nTeléfono de garantía del fabricante (servicio técnico oficial de Mixtar Ibérica): 900 812 345, de lunes a viernes de 9:00 a 18:00. Tenga a mano el número de serie que aparece en la base del aparato.\n\nSi el fabricante le indica que nos la devuelva a nosotros, nos encargaremos de todo.\n\nAtentamente,\nSusana - Electro Hogar Castilla",
  [], "Clean reply giving the manufacturer's warranty phone line, marked as such.")

M("reply", "html", "Re: Envío a Canarias - pedido {OID}",
  "<p>Hola:</p>\n<p>Los envíos a Canarias salen de nuestro almacén de Cádiz por vía marítima, así que para su lote de vinagres calcule entre 5 y 7 días hábiles en lugar de 2 o 3. No hay recargo por el envío.</p>\n<p>Un saludo,<br>Manuel Rey</p>\n<p><small>Bodegas Rey Jerez, S.L. - Avda. Álvaro Domecq, 31, 11405 Jerez de la Frontera (Cádiz)<br>\nCIF B-11987654 - Registro Mercantil de Cádiz, tomo 2101, folio 45, hoja CA-33210</small></p>",
  [], "Clean reply with a company-details footer (address, CIF, Registro Mercantil).")

M("reply", "text", "Re: Reembolso de mi devolución - pedido {OID}",
  "Hola, Sra. Santos:\n\nSu paquete de devolución (seguimiento Correos PQ4B2C0301234560128001K, autorización RMA-2026-0714) llegó a nuestro almacén el jueves 3 de diciembre a las 12:15. Tras revisarlo, el lunes 7 de diciembre tramitamos el reembolso de 64,90 €; los 4,95 € del envío de vuelta corren de nuestra cuenta.\n\nSegún su banco, el abono puede tardar de 3 a 5 días hábiles.\n\nUn saludo,\nPatricia - Zapatería Menorquina",
  [], "Clean reply with tracking and return numbers, dates, times and amounts.")

# ------------------------------------------------------------ violations (31)
M("fulfillment-question", "text", "Tu pedido {OID} ya va de camino",
  "¡Hola!\n\nTe confirmamos que tu pedido {OID} salió esta mañana de nuestro almacén y ya está en manos de SEUR. Te llegará en 24-48 horas.\n\nUn saludo,\nVivero Los Olivos",
  ["BSM201"], "Shipping confirmation: left the warehouse and handed to the carrier.")

M("fulfillment-question", "html", "Hemos recibido su pedido {OID}",
  "<p>Estimada Sra. Vega:</p>\n<p>Hemos recibido correctamente su pedido de tés ecológicos y ya lo estamos preparando con mucho mimo en nuestro obrador. Le avisaremos cuando esté listo.</p>\n<p>Atentamente,<br>Herbolario El Romero</p>",
  ["BSM201"], "Order confirmation: received and being prepared.")

M("fulfillment-question", "text", "¡Gracias! - pedido {OID}",
  "Hola, Elena:\n\nSolo queríamos darte las gracias de corazón por confiar en nuestro pequeño taller. ¡Nos hace muchísima ilusión!\n\nUn abrazo,\nRocío - Jabones de Alpujarra",
  ["BSM202"], "Thanks-only message.")

M("fulfillment-question", "text", "Pedido {OID}",
  "Buenos días:\n\nLe recordamos que, si surgiera cualquier problema con su compra, quedamos a su entera disposición.\n\nAtentamente,\nAtención al cliente Ferretería Online Soler",
  ["BSM202"], "Only the offer to help if a problem comes up.")

M("delivery-delay", "text", "Pequeño retraso en el pedido {OID}",
  "Hola, Sr. Moreno:\n\nSu juego de cuchillos jamoneros saldrá con dos días de retraso, el martes 15 de diciembre, porque estamos esperando las fundas de cuero del proveedor.\n\nGracias por su paciencia,\nCuchillería Albaceteña\n\nP. D.: Hasta el 31 de diciembre tiene un 20 % de descuento en toda la tienda, ¡ideal para los regalos de Navidad!",
  ["BSM203"], "Delay notice with a P.S. promoting 20% off the whole shop.")

M("reply", "html", "Re: Medida del anillo - pedido {OID}",
  "<p>Hola:</p>\n<p>El anillo talla normal; si duda entre dos tallas, le recomendamos la mayor.</p>\n<p>Por cierto, ¡acabamos de lanzar nuestra nueva colección de pendientes de plata! Síguenos en Instagram y suscríbete a nuestra newsletter para enterarte antes que nadie de las novedades.</p>\n<p>Un saludo,<br>Joyería Alma de Plata</p>",
  ["BSM203"], "Reply with new collection, follow us and newsletter invitation.")

M("review-request", "text", "¿Nos deja una opinión? - pedido {OID}",
  "Estimada Sra. Cortés:\n\nSi deja una opinión sobre su hervidor, en cuanto esté publicada le enviaremos un pequeño detalle como muestra de agradecimiento.\n\nAtentamente,\nCasa del Té Granada",
  ["BSM204"], "Small gift promised once the review is published.")

M("review-request", "text", "Pedido {OID}: una oferta para usted",
  "Hola:\n\nLe proponemos lo siguiente: escriba una reseña sobre su linterna frontal y le devolvemos el importe íntegro en cuanto la reseña aparezca publicada. Solo tiene que enviarnos una captura de pantalla respondiendo a este mensaje.\n\nSaludos,\nMontaña Pro Equipamiento",
  ["BSM204"], "Full refund promised once the review is online.")

M("reply", "text", "Re: Tostadora defectuosa - pedido {OID}",
  "Estimado Sr. Garrido:\n\nComo acordamos, la semana pasada le reembolsamos la tostadora defectuosa. Ahora que el asunto está resuelto, ¿podría modificar su valoración de una estrella o, si lo prefiere, eliminarla? A una tienda pequeña como la nuestra le afecta mucho.\n\nGracias por su comprensión,\nElectrodomésticos Garrido e Hijos",
  ["BSM205"], "Asks to change or remove a one-star review.")

M("review-request", "text", "¿Le gusta su alfombra? (pedido {OID})",
  "Buenos días:\n\n¿Está contento con su alfombra de esparto? Entonces nos encantaría que dejara una reseña en Amazon. Y si algo no le ha convencido, antes de publicar nada escríbanos a nosotros y lo solucionamos.\n\nUn cordial saludo,\nEsparto de La Mancha",
  ["BSM206"], "Review only if satisfied; unhappy buyers steered to contact the seller.")

M("review-request", "html", "¿5 estrellas para el pedido {OID}?",
  "<p>¡Hola, Nuria!</p>\n<p>Tu mochila de lona ya está en casa. Si tienes un par de minutos, ¿nos dejarías 5 estrellas en Amazon? Para una marroquinería pequeña como la nuestra es muy importante.</p>\n<p><a href=\"https://www.amazon.es/review/create-review?asin=B0MOCHILA8\">Dejar una opinión en Amazon</a></p>\n<p>¡Gracias!<br>Marroquinería Ubrique Artesana</p>",
  ["BSM206"], "Asks for five stars.")

M("delivery-delay", "text", "Pedido {OID} - sin existencias",
  "Hola:\n\nLa silla de enea de su pedido {OID} se ha agotado en nuestro proveedor y no tenemos fecha de reposición. Lo más rápido para usted es cancelar el pedido directamente desde su cuenta de Amazon (Mis pedidos > Cancelar productos).\n\nDisculpe las molestias,\nSillas Tradicionales Valdepeñas",
  ["BSM108"], "Out of stock: advises the buyer that cancelling themselves is quickest.")

M("order-problem", "text", "Incidencia con su pedido {OID}",
  "Estimada Sra. Pascual:\n\nPor desgracia, la última caja de turrón artesano de Jijona se vendió en la tienda física antes de que pudiéramos preparar su paquete. Le agradeceríamos que solicitara usted la cancelación del pedido para que podamos cerrarlo.\n\nDisculpe de nuevo,\nTurrones Sirvent Artesanos",
  ["BSM107", "BSM108"], "Order problem asking for a cancellation request, with no amount adjustment confirmed.")

M("delivery-delay", "text", "Envío aplazado - pedido {OID}",
  "Hola:\n\nSu kit para hacer cerveza en casa saldrá el 17 de diciembre en lugar del 10, ya que estamos esperando las botellas del fabricante.\n\nUn saludo,\nCervecería Casera Lúpulo\n\n¿No quiere recibir más mensajes nuestros? Responda BAJA a este correo.",
  ["BSM305"], "Delay notice with a 'reply BAJA' opt-out instruction.")

M("reply", "text", "Re: Jarrón roto - pedido {OID}",
  "Hola:\n\nEs la tercera vez este mes que la puta agencia de transporte nos destroza un paquete. Estamos hasta los cojones. Mañana le mandamos un jarrón nuevo, mejor embalado.\n\nDisculpe,\nSergio - Alfarería de Talavera",
  ["BSM306"], "Reply with Spanish profanity about the carrier.")

M("delivery-delay", "text", "Bestellung {OID} - Verzögerung",
  "Sehr geehrte Frau Romero,\n\nleider wird Ihr handgefertigtes Keramikgeschirr etwa eine Woche später als geplant versandt, voraussichtlich am 16. Dezember. Ihre Bestellung bleibt selbstverständlich reserviert.\n\nMit freundlichen Grüßen\nCerámica de Manises",
  ["BSM104"], "Delay notice to a Spanish buyer written entirely in German.")

M("reply", "text", "Re: Montaje de la estantería - pedido {OID}",
  "Hola, Sr. Fuentes:\n\nPara explicarle bien el montaje de los soportes, lo más fácil es que nos llame al taller: 963 41 27 58, de lunes a viernes en horario de mañana.\n\nUn saludo,\nCarpintería Fuentes",
  ["BSM309"], "Seller's landline number in national format.")

M("reply", "html", "Re: Medidas del escritorio - pedido {OID}",
  "<p>Hola:</p>\n<p>El tablero mide 140 x 70 cm y la altura se regula de 71 a 121 cm.</p>\n<p>Para cualquier otra duda, puede escribir por WhatsApp a nuestra asesora Cristina al +34 644 18 27 90.</p>\n<p>Un saludo,<br>Oficina Ergonómica Soto</p>",
  ["BSM309"], "Seller's mobile number in international format.")

M("reply", "text", "Re: Factura a nombre de empresa - pedido {OID}",
  "Buenos días:\n\nPara emitir la factura a nombre de su empresa, escríbanos directamente a facturacion@encuadernaciones-lorca.es indicando el CIF y la razón social.\n\nAtentamente,\nEncuadernaciones Lorca",
  ["BSM308"], "Plain e-mail address in the text.")

M("reply", "text", "Re: Fotos de la pieza rota - pedido {OID}",
  "Estimada Sra. León:\n\nSi las fotos pesan demasiado para la mensajería, envíelas a postventa arroba juguetes-madera-rioja punto es y le contestamos en el día.\n\nUn saludo,\nJuguetes de Madera Rioja",
  ["BSM308"], "Obfuscated e-mail address written with 'arroba' and 'punto'.")

M("reply", "html", "Re: Cuidado de la tabla - pedido {OID}",
  "<p>Hola:</p>\n<p>Para que su tabla de olivo se mantenga como el primer día, basta con aceitarla una vez al mes con aceite mineral alimentario. Hemos reunido todos los consejos en un artículo:</p>\n<p><a href=\"https://www.olivo-y-madera.es/blog/cuidar-tablas-olivo\">Nuestros consejos para cuidar las tablas de olivo</a></p>\n<p>Que aproveche,<br>Olivo y Madera</p>",
  ["BSM302"], "https link to the seller's own blog, not needed for the order.")

M("reply", "html", "Re: Compatibilidad del filtro - pedido {OID}",
  "<p>Hola:</p>\n<p>El filtro que ha recibido es compatible con las jarras de 2,4 litros. La lista completa de modelos está en la ficha del producto:</p>\n<p><a href=\"http://www.amazon.es/dp/B0FILTRO99\">Ficha del filtro en Amazon</a></p>\n<p>Un saludo,<br>AguaPura Distribución</p>",
  ["BSM301"], "Descriptive Amazon link over http.")

M("delivery-delay", "html", "Su reloj llegará pronto - pedido {OID}",
  "<p>Estimado Sr. Pastor:</p>\n<p>Su reloj de pared saldrá el 14 de diciembre en lugar del 9, porque estamos esperando el mecanismo silencioso.</p>\n<p><img src=\"https://www.relojeria-pastor.es/productos/reloj-pared-nogal-35cm.jpg\" alt=\"Reloj de pared de nogal 35 cm\" width=\"300\"></p>\n<p>Gracias por su paciencia,<br>Relojería Artesana Pastor</p>",
  ["BSM310"], "Photo of the purchased product.")

M("review-request", "html", "Su opinión - pedido {OID}",
  "<p><img src=\"https://fotos.banco-imagenes.example.com/arbol-navidad-luces.jpg\" alt=\"Árbol de Navidad con luces\" width=\"400\"></p>\n<p>Hola:</p>\n<p>Su bufanda de lana merina le fue entregada hace una semana. Una opinión en Amazon, sea cual sea, ayuda a otros clientes a decidir.</p>\n<p><a href=\"https://www.amazon.es/review/create-review?asin=B0BUFANDA3\">Escribir una opinión en Amazon</a></p>\n<p>Lanas de Béjar</p>",
  ["BSM311"], "Stock Christmas-tree image unrelated to the shop.")

M("delivery-scheduling", "html", "Franja de entrega - pedido {OID}",
  "<p><img src=\"https://static.colchones-barbera.es/logo-colchones-barbera.png\" alt=\"\" width=\"160\"></p>\n<p>Hola:</p>\n<p>Su colchón de 150 x 190 lo entregarán dos operarios. Elija una franja: lunes 14 de diciembre (8:00-13:00) o miércoles 16 de diciembre (15:00-20:00).</p>\n<p>Un saludo,<br>Colchones Barberà</p>",
  ["BSM402"], "Shop logo with empty alt.")

M("additional-information", "text", "Color del ribete - pedido {OID}",
  "¡Hola, Marina!\n\nUna pregunta antes de coser tu funda de cojín: ¿el ribete lo quieres mostaza o teja? 🧵 Los dos quedan genial con el terciopelo verde 🤩\n\nAinhoa - Costura Bonita",
  ["BSM403"], "Emoji in a request for information.")

M("reply", "text", "Re: Talla del jersey - pedido {OID}",
  "Hola:\n\nEl jersey es amplio, así que si duda entre la S y la M, la S le quedará perfecta :)\n\n¡Buen día! ;-)\nPunto de Galicia",
  ["BSM403"], "Text emoticons in a reply.")

M("delivery-delay", "html", "Retraso en el pedido {OID}",
  "<style>\np { font-size: 14px; }\nh2 { font-size: 23px; }\n.pie { font-size: 10px; }\n.fecha { font-size: 18px; }\n</style>\n<h2>Un pequeño retraso</h2>\n<p>Hola:</p>\n<p>Su set de fondue saldrá el:</p>\n<p class=\"fecha\">jueves 17 de diciembre de 2026</p>\n<p>Disculpe la espera.</p>\n<p class=\"pie\">Menaje del Pirineo - Jaca</p>",
  ["BSM410"], "Four explicit font sizes in a style block.")

M("invoice", "html", "Factura - pedido {OID}",
  "<p>Buenos días:</p>\n<p>Adjuntamos la factura n.º 2026/0931 de su pedido.</p>\n<p></p>\n<p></p>\n<p>Total: 38,40 € IVA incluido</p>\n<p>Atentamente,<br>Librería Anticuaria El Quijote</p>",
  ["BSM412"], "Empty paragraphs between paragraphs create excess line breaks.")

M("return-follow-up", "text", "[Importante] Devolución del pedido {OID}",
  "Hola:\n\nPara completar la devolución de la lámpara, ¿podría indicarnos si la pantalla llegó rota o solo rayada? Con eso podemos cerrar el trámite.\n\nUn saludo,\nIluminación Costa Brava",
  ["BSM110"], "[Importante] tag on a return follow-up, which is not critical.")

M("fulfillment-question", "text", "Instrucciones de montaje - pedido {OID}",
  "Hola:\n\nAntes de montar su zapatero, tenga a mano ocho tacos adecuados para su pared. Las instrucciones de montaje están aquí: https://www.amazon.es/dp/B0ZAPATERO\n\nUn saludo,\nMadera Viva Diseño",
  ["BSM401"], "Bare URL as the only link text.")

# ------------------------------------------------------------------ vary (2)
M("delivery-delay", "html", "Nueva fecha para su pedido {OID}",
  "<div style=\"padding: 20px 140px;\">\n<p>Estimada Sra. Lozano:</p>\n<p>Su candelabro de forja saldrá el 16 de diciembre en lugar del 10, porque el herrero está terminando una serie.</p>\n<p>Gracias por su paciencia,<br>Forja Artesana Toledo</p>\n</div>",
  ["BSM405"], "140 px horizontal padding on each side, over 20% of the width.")

M("delivery-scheduling", "html", "Elija su franja de entrega - pedido {OID}",
  "<p>Hola:</p>\n<p>Su sofá cama (2 bultos, 78 kg) está listo para entregar. Marque la franja que prefiera:</p>\n<form action=\"https://www.amazon.es/gp/help/contact\" method=\"post\">\n<p><input type=\"radio\" name=\"franja\" value=\"1\"> martes 15 de diciembre, 9:00-14:00</p>\n<p><input type=\"radio\" name=\"franja\" value=\"2\"> jueves 17 de diciembre, 15:00-20:00</p>\n<p><button type=\"submit\">Enviar mi elección</button></p>\n</form>\n<p>Un saludo,<br>Sofás Levante</p>",
  ["BSM312"], "An HTML form inside a delivery-scheduling message.")
