"""v3 blind evaluation set, Spanish (es-ES). Standard library only."""

def _o(i):
    return "406-%07d-%07d" % ((3010299 * i + 4771212) % 10**7, (6931471 * i + 5772156) % 10**7)

O = {i: _o(i) for i in range(1, 51)}

def P(*paras):
    return "\n\n".join(paras)

MESSAGES = []

def m(n, typ, fmt, subject, body, expected, note, locale="es-ES"):
    MESSAGES.append({"id": "v3-es-%03d" % n, "language": "es", "locale": locale, "type": typ,
                     "format": fmt, "subject": subject, "body": body, "order_id": O[n],
                     "expected": sorted(expected), "note": note})

# ---------------------------------------------------------------- clean (1-17)
m(1, "delivery-delay", "text", "Pedido %s: retraso en el envío" % O[1], P(
    "Hola, Lucía:",
    "Te escribimos por tu pedido %s (juego de sábanas de lino, 150 cm). El tinte color terracota necesita un día más de secado y el paquete no saldrá el jueves 10 de diciembre como indicábamos." % O[1],
    "La nueva fecha de envío es el martes 15 de diciembre de 2026. Si te viene mal, contéstanos a este mensaje y lo vemos.",
    "Un saludo,\nPilar Navarro\nLino del Ampurdán"),
  [], "Plain-text delivery delay in informal register with a new date.")

m(2, "delivery-delay", "html", "Su pedido %s saldrá más tarde de lo previsto" % O[2],
  "<p>Estimado Sr. Domínguez:</p>"
  "<p>Lamentamos comunicarle que la mesa de centro de roble de su pedido <strong>%s</strong> se enviará con retraso: nuestro carpintero está terminando el barnizado.</p>"
  "<table><tr><td>Fecha de envío anunciada</td><td>09/12/2026</td></tr><tr><td>Nueva fecha estimada</td><td>17/12/2026</td></tr><tr><td>Importe</td><td>215,00 &euro; (sin cambios)</td></tr></table>"
  "<p>Puede consultar el estado en <a href=\"https://www.amazon.es/gp/your-account/order-history\">Mis pedidos en Amazon</a>.</p>"
  "<p>Disculpe las molestias.<br>Atentamente,<br>Javier Ortega<br>Carpintería Ortega e Hijos</p>" % O[2],
  [], "HTML delivery delay with a table and a descriptive https Amazon link.")

m(3, "order-problem", "text", "[Importante] Pedido %s: artículo agotado, importe reembolsado" % O[3], P(
    "Estimado cliente:",
    "Sentimos informarle de que no podemos enviar su pedido %s. La última unidad de la cafetera italiana de inducción que tenía reservada resultó dañada en el almacén." % O[3],
    "Ya hemos ajustado el importe total del pedido en Seller Central con el motivo \"sin existencias\" (NoInventory). El reembolso de 42,95 EUR aparecerá en su método de pago en un plazo de 3 a 5 días hábiles.",
    "Le pedimos disculpas.\nMenaje Castellano"),
  [], "Order problem confirming the adjustment (NoInventory), with [Importante] in the subject.")

m(4, "additional-information", "text", "Pedido %s: necesitamos un dato" % O[4], P(
    "Buenos días, Sr. Herrera:",
    "Para preparar las gafas graduadas de su pedido %s necesitamos la distancia pupilar (DP), que suele venir en la receta de su óptico en milímetros, por ejemplo \"DP 63\"." % O[4],
    "¿Podría indicárnosla respondiendo a este mensaje? Sin ese dato no podemos montar los cristales.",
    "Gracias,\nÓptica Mirador"),
  [], "Request for information needed to complete a prescription-glasses order.")

m(5, "return-follow-up", "html", "Su devolución del pedido %s" % O[5],
  "<p>Hola, Sra. Gil:</p>"
  "<p>Hemos visto su solicitud de devolución de la chaqueta de piel del pedido %s: nos comenta que falta un botón, aunque la chaqueta le gusta.</p>"
  "<p>Si le parece bien, le ofrecemos un <strong>reembolso parcial de 25,00 &euro;</strong> y se queda con la chaqueta. Si prefiere la devolución completa, también es posible: solo tiene que decírnoslo.</p>"
  "<p>Un saludo,<br>Marta Romero<br>Pieles de Ubrique</p>" % O[5],
  [], "Return follow-up offering a partial refund.")

m(6, "return-follow-up", "text", "Devolución del pedido %s - una pregunta" % O[6], P(
    "Hola:",
    "Para tramitar la devolución de la impresora de tu pedido %s necesitamos saber si vas a usar la caja original o otro embalaje: si no es la original, el transportista nos pide las medidas y el peso aproximado del paquete para generar la recogida." % O[6],
    "Gracias,\nInformática Levante"),
  [], "Return follow-up asking for packaging information needed for the pickup.")

m(7, "invoice", "text", "Factura FV/2026/1123 - pedido %s" % O[7], P(
    "Buenos días:",
    "Le adjuntamos la factura FV/2026/1123 correspondiente a su pedido %s, emitida a nombre de su empresa tal como nos pidió." % O[7],
    "Base imponible: 180,00 EUR\nIVA (21 %): 37,80 EUR\nTotal: 217,80 EUR",
    "Atentamente,\nDepartamento de Administración\nSuministros Eléctricos Vidal, S.L.\nCalle de la Industria 27, nave 4, 46988 Paterna (Valencia)\nCIF B98765432 - Inscrita en el Registro Mercantil de Valencia, Tomo 10.233, Folio 87, Hoja V-176540"),
  [], "Invoice with Spanish company footer (CIF, Registro Mercantil) and an invoice number with slashes.")

m(8, "review-request", "text", "Pedido %s: ¿nos cuentas qué te parece?" % O[8], P(
    "Hola, Andrés:",
    "Hace unos días que te llegó la mochila de hidratación de tu pedido %s. Si te apetece, puedes dejar una reseña en Amazon con tu opinión sincera, sea buena o mala: ayuda a otros corredores y a nosotros nos sirve para mejorar." % O[8],
    "Un saludo,\nTrail Sierra Nevada"),
  [], "Neutral review request in informal register.")

m(9, "review-request", "html", "Su opinión sobre el pedido %s" % O[9],
  "<table><tr><td><img src=\"https://m.media-amazon.com/images/S/brand/jabones-alhambra-logo.png\" alt=\"Logotipo de Jabones Alhambra\" width=\"150\" height=\"55\"></td></tr>"
  "<tr><td><p>Estimada Sra. Molina:</p>"
  "<p>Esperamos que esté disfrutando de los jabones artesanales de su pedido %s. Si lo desea, puede <a href=\"https://www.amazon.es/review/create-review?asin=B0D2KP7R3M\">escribir una opinión sobre los jabones en Amazon</a>; cualquier comentario, positivo o negativo, nos resulta útil.</p>"
  "<p>Atentamente,<br>Rocío, Jabones Alhambra</p></td></tr></table>" % O[9],
  [], "HTML review request with the shop logo (alt names the shop) and a descriptive https Amazon link.")

m(10, "delivery-scheduling", "html", "Entrega del sofá - pedido %s" % O[10],
  "<p>Buenos días, Sr. Castro:</p>"
  "<p>El sofá de tres plazas de su pedido %s (2 bultos, 96 kg) se entrega con cita previa. Estas son las franjas disponibles en su zona:</p>"
  "<ul><li>lunes 14 de diciembre, de 9:00 a 14:00</li><li>miércoles 16 de diciembre, de 15:00 a 20:00</li><li>viernes 18 de diciembre, de 9:00 a 14:00</li></ul>"
  "<p>Indíquenos cuál prefiere y si el edificio tiene ascensor.</p>"
  "<p>Atentamente,<br>Logística Muebles Sanz</p>" % O[10],
  [], "Delivery scheduling for a bulky item with dates and time slots.")

m(11, "home-service-appointment", "text", "Cita para la instalación - pedido %s" % O[11], P(
    "Estimada Sra. Prieto:",
    "Para la instalación del aire acondicionado de su pedido %s, nuestro técnico puede ir a su domicilio:" % O[11],
    "- martes 15/12/2026, de 8:00 a 11:00\n- jueves 17/12/2026, de 12:00 a 15:00\n- sábado 19/12/2026, de 9:00 a 12:00",
    "La instalación dura unas tres horas. Confírmenos el horario que le venga mejor.",
    "Un saludo,\nÁlvaro Méndez\nClimatización Prieto Servicios"),
  [], "Home-service appointment with dates and time windows.")

m(12, "custom-design-verification", "text", "Prueba de diseño para su pedido %s" % O[12], P(
    "Hola, Carmen:",
    "Te adjuntamos la prueba de diseño de las invitaciones de boda de tu pedido %s: tamaño 12 x 17 cm, tinta dorada, tipografía caligráfica." % O[12],
    "Revisa bien los nombres, la fecha (sábado 12 de junio de 2027) y la dirección de la finca. En cuanto nos des el visto bueno, pasamos a imprenta.",
    "Un abrazo,\nIrene\nPapel y Tinta Estudio"),
  [], "Design proof attached for approval.")

m(13, "fulfillment-question", "text", "Pedido %s: código del portal" % O[13], P(
    "Buenas tardes:",
    "El repartidor tiene previsto entregar su pedido %s (envío SEUR n.º 2841930066ES) mañana, viernes 11 de diciembre. En la dirección figura \"Urbanización Los Almendros, portal 3\" pero no el código de acceso." % O[13],
    "¿Nos lo podría facilitar, o decirnos si hay conserje? Solo se lo pasaremos al repartidor para esta entrega.",
    "Gracias,\nEnvíos Bodega Los Arcos"),
  [], "Door-code question with shipment reference number.")

m(14, "reply", "html", "Re: Consulta sobre el pedido %s" % O[14],
  "<p>Hola, Sr. Ruiz:</p>"
  "<p>Sí, el \"Cast Iron Dutch Oven 5.5 Qt\" de su pedido %s se puede usar en placas de inducción y en horno hasta 260 grados. El nombre está en inglés porque lo fabrica una marca estadounidense, pero el manual incluye el español.</p>"
  "<p>Saludos,<br>Cocina Hierro</p>" % O[14],
  [], "Reply quoting an English product title inside Spanish sentences.")

m(15, "reply", "text", "Re: El patinete no carga - pedido %s" % O[15], P(
    "Hola, Sergio:",
    "Sentimos el problema con el patinete de tu pedido %s. Está cubierto por la garantía del fabricante de 2 años." % O[15],
    "Para gestionar la reparación, lo más rápido es llamar al servicio técnico oficial del fabricante, Voltrek: teléfono de garantía del fabricante 900 834 112 (lunes a viernes, de 9:00 a 18:00). Ten a mano el número de serie y la fecha de compra (24 de noviembre de 2026).",
    "Un saludo,\nMovilidad Urbana Store"),
  [], "Reply giving the manufacturer's warranty phone line, marked as such.")

m(16, "reply", "text", "Re: Datos de la empresa - pedido %s" % O[16], P(
    "Buenos días:",
    "Tal como nos pide, le indicamos nuestros datos fiscales para su pedido %s." % O[16],
    "Atentamente,\nNuria Campos\nAdministración",
    "Aceites Sierra de Segura, S.L.\nAvda. de Andalucía 112, 23380 Siles (Jaén)\nCIF B23456789\nRegistro Mercantil de Jaén, Tomo 512, Folio 44, Hoja J-20871"),
  [], "Reply with a Spanish company-details footer.")

m(17, "reply", "html", "Re: ¿Cuándo me devolvéis el dinero? (pedido %s)" % O[17],
  "<p>Hola, Beatriz:</p>"
  "<p>Tu devolución del pedido %s (n.º de devolución DEV-2026-30981, seguimiento Correos PQ4B7K0301234560128010X) llegó a nuestro almacén de Getafe el lunes 7 de diciembre a las 12:35.</p>"
  "<p>Hemos emitido hoy a las 9:10 el reembolso de 68,40 &euro;. Según tu banco, lo verás antes del 14 de diciembre.</p>"
  "<p>Un saludo,<br>Zapatería Valverde</p>" % O[17],
  [], "Reply with return and tracking numbers, dates, times and amounts.")

# ---------------------------------------------------------------- violations (18-48)
m(18, "fulfillment-question", "text", "Tu pedido %s ya va de camino" % O[18], P(
    "¡Hola!",
    "Tu pedido %s ha salido esta mañana de nuestro almacén de Zaragoza y ya está en manos de MRW." % O[18],
    "Saludos,\nBicis Moncayo"),
  ["BSM201"], "Shipping confirmation: 'left our warehouse, in the carrier's hands'.")

m(19, "fulfillment-question", "html", "Hemos recibido su pedido %s" % O[19],
  "<p>Estimado Sr. Vega:</p>"
  "<p>Le confirmamos que hemos recibido correctamente su pedido %s y que ya estamos preparándolo en nuestro obrador.</p>"
  "<p>Atentamente,<br>Turrones Jijona Tradición</p>" % O[19],
  ["BSM201"], "Order confirmation: 'received your order, preparing it'.")

m(20, "fulfillment-question", "text", "¡Gracias por tu pedido %s!" % O[20], P(
    "Hola, Elena:",
    "Solo queríamos darte las gracias de corazón por tu pedido %s. ¡Nos hace muchísima ilusión!" % O[20],
    "Un abrazo de todo el equipo,\nCerámica Talavera Viva"),
  ["BSM202"], "Thanks-only message.")

m(21, "fulfillment-question", "html", "Pedido %s" % O[21],
  "<p>Buenos días:</p>"
  "<p>Con respecto a su pedido %s, le recordamos que, si surge cualquier incidencia, estamos a su entera disposición.</p>"
  "<p>Atentamente,<br>Atención al cliente<br>Electro Hogar Jiménez</p>" % O[21],
  ["BSM202"], "Only says the seller is available should anything come up.")

m(22, "delivery-delay", "text", "Pedido %s: nueva fecha de envío" % O[22], P(
    "Hola:",
    "Tu pedido %s (jamón de cebo ibérico loncheado) saldrá el 15 de diciembre en lugar del 11, porque estamos esperando el lote de envasado." % O[22],
    "Perdona el retraso,\nIbéricos Guijuelo Ramos",
    "P. D.: Hasta el domingo tienes un 20 % de descuento en toda la tienda con el código NAVIDAD20."),
  ["BSM203"], "Delay message with a P.S. offering 20 % off the whole shop.")

m(23, "reply", "text", "Re: Talla de la camiseta - pedido %s" % O[23], P(
    "Hola, Raúl:",
    "La camiseta de tu pedido %s tiene un patrón algo ajustado; si dudas, coge una talla más." % O[23],
    "Por cierto, acabamos de lanzar nuestra nueva colección de invierno: síguenos en Instagram y suscríbete a nuestro boletín para enterarte antes que nadie de las novedades.",
    "Saludos,\nAlgodón Orgánico Tarifa"),
  ["BSM203"], "Reply promoting a new collection, social follow and newsletter.")

m(24, "review-request", "html", "Pedido %s: un detalle por tu opinión" % O[24],
  "<p>Hola:</p>"
  "<p>Cuando publiques tu reseña en Amazon sobre la sartén de tu pedido %s, mándanos una captura y te enviaremos un pequeño obsequio como agradecimiento.</p>"
  "<p>Saludos,<br>Cocina con Fuego</p>" % O[24],
  ["BSM204"], "A small gift once the review is published.")

m(25, "review-request", "text", "Pedido %s: le devolvemos su dinero" % O[25], P(
    "Estimado cliente:",
    "En cuanto su reseña sobre el cargador solar (pedido %s) esté publicada en Amazon, le reembolsaremos el importe completo de la compra." % O[25],
    "Atentamente,\nSolar Andalucía"),
  ["BSM204"], "Full refund once the review is online.")

m(26, "reply", "text", "Re: Su opinión del pedido %s" % O[26], P(
    "Buenas tardes, Sr. Pascual:",
    "Ya le hemos enviado la pieza que faltaba del pedido %s y nos alegra que el escritorio esté montado." % O[26],
    "Le agradeceríamos mucho que modificara o borrara la valoración de una estrella que publicó, ya que el problema está resuelto.",
    "Un saludo,\nOficina en Casa"),
  ["BSM205"], "Asks to modify or delete a one-star review.")

m(27, "review-request", "html", "¿Contento con su pedido %s?" % O[27],
  "<p>Hola:</p>"
  "<p>Si ha quedado satisfecho con el termo de su pedido %s, le agradeceríamos una reseña positiva en Amazon. Y si algo no le ha gustado, mejor escríbanos a nosotros antes de dejar una opinión.</p>"
  "<p>Gracias,<br>Montaña y Valle</p>" % O[27],
  ["BSM206"], "Review only if satisfied; unhappy buyers steered to the seller.")

m(28, "review-request", "text", "Pedido %s: ¿nos das 5 estrellas?" % O[28], P(
    "Hola, Patricia:",
    "Esperamos que la freidora de tu pedido %s te esté encantando. Si tienes un minuto, una valoración de cinco estrellas en Amazon nos ayudaría muchísimo." % O[28],
    "Gracias,\nCocina Fácil Store"),
  ["BSM206"], "Asks for a five-star rating.")

m(29, "delivery-delay", "text", "Pedido %s: sin existencias" % O[29], P(
    "Buenos días:",
    "El taladro percutor de su pedido %s se ha agotado en nuestro proveedor y no esperamos reposición hasta el 22 de diciembre." % O[29],
    "Si no quiere esperar, lo más rápido es que cancele usted mismo el pedido desde \"Mis pedidos\" en su cuenta de Amazon.",
    "Atentamente,\nFerretería Blasco"),
  ["BSM108"], "Out of stock: advises the buyer to cancel himself as the quickest way.")

m(30, "order-problem", "text", "Incidencia con su pedido %s" % O[30], P(
    "Estimada Sra. Rubio:",
    "Lamentablemente, el último ejemplar del puzle de 2000 piezas se vendió antes de que pudiéramos preparar su pedido %s." % O[30],
    "Le agradeceríamos que solicitara la cancelación del pedido desde su cuenta de Amazon para poder cerrarlo.",
    "Disculpe las molestias,\nJuegos La Oca"),
  ["BSM107", "BSM108"], "Order problem asking for a cancellation request without an adjustment confirmation.")

m(31, "review-request", "html", "Pedido %s: su opinión" % O[31],
  "<p>Hola:</p>"
  "<p>Si lo desea, puede dejar una reseña en Amazon sobre la lámpara de su pedido %s, sea cual sea su experiencia.</p>"
  "<p>Atentamente,<br>Iluminación Ribera</p>"
  "<p><small>Si no quiere recibir más mensajes nuestros, responda BAJA.</small></p>" % O[31],
  ["BSM305"], "Review request with an opt-out instruction (reply BAJA).")

m(32, "reply", "text", "Re: Paquete roto - pedido %s" % O[32], P(
    "Hola:",
    "Joder, qué mierda de transportista, otra vez nos han destrozado un paquete (pedido %s). Estamos hasta las narices." % O[32],
    "Te mandamos otra jarra el lunes.\nToni, Vidrio Soplado Mallorca"),
  ["BSM306"], "Reply with Spanish profanity.")

m(33, "delivery-delay", "html", "Commande %s : retard de livraison" % O[33],
  "<p>Bonjour,</p>"
  "<p>Votre commande %s sera expédiée avec quelques jours de retard, le 16 décembre, en raison d'une rupture chez notre fournisseur.</p>"
  "<p>Cordialement,<br>Aceitunas del Sur</p>" % O[33],
  ["BSM104"], "Message entirely in French to a Spanish buyer.")

m(34, "additional-information", "text", "Pedido %s: confirmación de medidas" % O[34], P(
    "Hola:",
    "Para cortar a medida el estor de tu pedido %s necesitamos el ancho exacto del hueco. Si te resulta más cómodo, llámanos al 954 21 37 86 y lo anotamos." % O[34],
    "Gracias,\nEstores Triana"),
  ["BSM309"], "Seller's phone number in Spanish national format.")

m(35, "reply", "text", "Re: Montaje de la cama - pedido %s" % O[35], P(
    "Buenas tardes:",
    "Si tiene dudas con el montaje de la cama del pedido %s, puede escribirnos por WhatsApp al +34 622 48 19 03." % O[35],
    "Saludos,\nDescanso Norte"),
  ["BSM309"], "Seller's mobile in international format.")

m(36, "return-follow-up", "text", "Devolución del pedido %s" % O[36], P(
    "Hola:",
    "Para completar la devolución del pedido %s, envíanos una foto del producto y de la etiqueta a devoluciones.modahuerta@hotmail.es." % O[36],
    "Gracias,\nModa Huerta"),
  ["BSM308"], "Plain e-mail address.")

m(37, "invoice", "text", "Factura del pedido %s" % O[37], P(
    "Buenos días:",
    "Adjuntamos la factura n.º 2026/0671 de su pedido %s. Si necesita cambiar algún dato fiscal, escríbanos a facturacion arroba regalosbarcelona punto com." % O[37],
    "Atentamente,\nRegalos Barcelona"),
  ["BSM308"], "Obfuscated e-mail address ('arroba', 'punto').")

m(38, "reply", "text", "Re: Cuidado de la sartén - pedido %s" % O[38], P(
    "Hola:",
    "Para curar la sartén de hierro de tu pedido %s, sigue los pasos de nuestra guía de curado en la web de Forja Asturiana: https://www.forja-asturiana.es/guia-curado-sarten" % O[38],
    "Saludos,\nForja Asturiana"),
  ["BSM302", "BSM401"], "Bare https URL to the seller's own site in plain text (external and non-descriptive).")

m(39, "delivery-delay", "html", "Pedido %s: retraso" % O[39],
  "<p>Hola:</p>"
  "<p>Tu pedido %s saldrá el 14 de diciembre. Mientras tanto puedes ver el estado en <a href=\"http://www.amazon.es/gp/your-account/order-history\">tus pedidos en Amazon</a>.</p>"
  "<p>Saludos,<br>Textil Béjar</p>" % O[39],
  ["BSM301"], "Descriptive but insecure http link to Amazon.")

m(40, "delivery-delay", "html", "Pedido %s: envío el 16/12" % O[40],
  "<p>Buenos días:</p>"
  "<p>La maceta de cerámica de su pedido %s se enviará el 16 de diciembre.</p>"
  "<p><img src=\"https://m.media-amazon.com/images/I/maceta-ceramica-azul-25cm.jpg\" alt=\"Maceta de cerámica azul de 25 cm\" width=\"280\"></p>"
  "<p>Atentamente,<br>Jardín Sevillano</p>" % O[40],
  ["BSM310"], "Image of the purchased product.")

m(41, "review-request", "html", "Pedido %s: ¿qué le ha parecido?" % O[41],
  "<p><img src=\"https://images.stockfree-pics.com/navidad/arbol-luces.jpg\" alt=\"Árbol de Navidad con luces\" width=\"400\"></p>"
  "<p>Hola:</p>"
  "<p>Si lo desea, deje una reseña en Amazon sobre los calcetines de su pedido %s, sea cual sea su opinión.</p>"
  "<p>Felices fiestas,<br>Calcetería Navarra</p>" % O[41],
  ["BSM311"], "Stock image unrelated to the shop (a Christmas tree).")

m(42, "home-service-appointment", "html", "Cita de montaje - pedido %s" % O[42],
  "<p><img src=\"https://m.media-amazon.com/images/S/brand/montajes-garcia-logo.png\" width=\"140\" height=\"50\"></p>"
  "<p>Buenos días:</p>"
  "<p>Podemos montar el armario de su pedido %s el martes 15 de diciembre de 10:00 a 13:00 o el jueves 17 de 16:00 a 19:00. ¿Qué día le viene mejor?</p>"
  "<p>Atentamente,<br>Montajes García</p>" % O[42],
  ["BSM402"], "Shop logo without an alt attribute.")

m(43, "delivery-delay", "text", "Pedido %s: un pelín de retraso" % O[43], P(
    "¡Hola, Marina!",
    "Tu taza personalizada (pedido %s) sale el lunes 14 en vez del viernes \U0001F605 ¡Perdón! \U0001F64F" % O[43],
    "Besos,\nTazas con Arte"),
  ["BSM403"], "Chatty delay message with emoji.")

m(44, "reply", "html", "Re: Cambio de color - pedido %s" % O[44],
  "<p>Hola, Laura:</p>"
  "<p>¡Claro que sí! Te cambiamos la funda del pedido %s por la verde :D Sale mañana ;)</p>"
  "<p>Saludos,<br>Fundas Móvil Express</p>" % O[44],
  ["BSM403"], "Reply with emoticons ':D' and ';)'.")

m(45, "delivery-scheduling", "html", "Entrega de la lavadora - pedido %s" % O[45],
  "<style>.titulo{font-size:24px}.sub{font-size:18px}.txt{font-size:15px}.pie{font-size:11px}</style>"
  "<p class=\"titulo\">Entrega programada</p>"
  "<p class=\"sub\">Pedido %s</p>"
  "<p class=\"txt\">Podemos entregar la lavadora el miércoles 16 de diciembre de 9:00 a 14:00 o el viernes 18 de 15:00 a 20:00. ¿Qué franja prefiere?</p>"
  "<p>Atentamente,</p>"
  "<p class=\"pie\">Electrodomésticos Lara</p>" % O[45],
  ["BSM410"], "Four explicit font sizes in a <style> block besides the default.")

m(46, "additional-information", "html", "Pedido %s: falta el piso" % O[46],
  "<p>Hola:</p><p></p><p></p>"
  "<p>En la dirección de envío de tu pedido %s no aparece el piso ni la letra. ¿Nos los indicas?</p>"
  "<p>&nbsp;</p><p>&nbsp;</p>"
  "<p>Gracias,<br>Papelería Lumen</p>" % O[46],
  ["BSM412"], "HTML with empty paragraphs between paragraphs.")

m(47, "return-follow-up", "text", "[Importante] Devolución del pedido %s" % O[47], P(
    "Hola:",
    "Para completar la devolución del pedido %s, ¿puede confirmarnos si el reloj conserva el precinto de plástico?" % O[47],
    "Gracias,\nRelojería Alcalá"),
  ["BSM110"], "[Importante] tag on a return follow-up.")

m(48, "reply", "html", "Re: Manual de instrucciones - pedido %s" % O[48],
  "<p>Hola:</p>"
  "<p>El manual de la batidora de su pedido %s está en la ficha del producto de Amazon. Para verlo, <a href=\"https://www.amazon.es/dp/B0C5W1NQ8T\">pinche aquí</a>.</p>"
  "<p>Saludos,<br>Pequeño Electro Ruiz</p>" % O[48],
  ["BSM401"], "'Pinche aquí' as link text.")

# ---------------------------------------------------------------- varying (49-50)
m(49, "delivery-scheduling", "html", "Pedido %s: elija día de entrega" % O[49],
  "<p>Hola:</p>"
  "<p>Para entregar el colchón de su pedido %s, marque la franja que prefiera:</p>"
  "<form><input type=\"radio\" name=\"franja\" value=\"manana\"> martes 15, de 9:00 a 14:00<br>"
  "<input type=\"radio\" name=\"franja\" value=\"tarde\"> martes 15, de 15:00 a 20:00<br>"
  "<input type=\"submit\" value=\"Enviar\"></form>"
  "<p>Atentamente,<br>Colchones Descanso Real</p>" % O[49],
  ["BSM312"], "An HTML form in a delivery-scheduling message.")

m(50, "delivery-delay", "html", "Pedido %s: retraso de envío" % O[50],
  "<div style=\"padding: 0 140px;\">"
  "<p>Buenos días:</p>"
  "<p>Su pedido %s se enviará el 17 de diciembre en lugar del 12 por el inventario anual.</p>"
  "<p>Atentamente,<br>Bolsos Menorca</p></div>" % O[50],
  ["BSM405"], "140 px of horizontal padding on each side, over 20 % of the message width.")
