"""v32 evaluation messages, Spanish (es)."""

MESSAGES = [
    # 1 clean: delivery delay, text
    {"id": "v32-es-001", "language": "es", "locale": "es-ES", "type": "delivery-delay", "format": "text",
     "subject": "Retraso en el envío de su pedido 636-5193720-4468201",
     "body": """Hola, Sr. Navarro:

Le escribimos porque las zapatillas de trail de su pedido 636-5193720-4468201 no saldrán en la fecha prevista. La fábrica de Elche nos ha entregado la talla 43 con un día de retraso por una huelga de transporte en la provincia.

Las enviaremos el miércoles 9 de diciembre y, según la agencia, le llegarán entre el viernes 11 y el lunes 14.

Sentimos mucho la espera.

Un saludo,
Marta, de Senderos Running"""
     , "order_id": "636-5193720-4468201", "expected": [],
     "note": "Clean delivery-delay in plain text with the new ship date."},

    # 2 clean: delivery delay, html
    {"id": "v32-es-002", "language": "es", "locale": "es-ES", "type": "delivery-delay", "format": "html",
     "subject": "Nueva fecha de envío – pedido 636-2840571-9937106",
     "body": """<p>Estimada Sra. Ortega:</p>
<p>Su colchón viscoelástico de 150 x 190 cm (pedido <b>636-2840571-9937106</b>) se fabrica bajo pedido y el proceso de curado de la espuma se ha alargado más de lo habitual.</p>
<table>
<tr><td>Fecha de envío anterior</td><td>7/12/2026</td></tr>
<tr><td>Nueva fecha de envío</td><td>15/12/2026</td></tr>
<tr><td>Entrega estimada</td><td>17/12/2026 – 18/12/2026</td></tr>
</table>
<p>No tiene que hacer nada: el pedido sigue activo con las mismas condiciones.</p>
<p>Atentamente,<br>Descanso Levante</p>
<p><small>Descanso Levante S.L. · Polígono Industrial El Pla, nave 12 · 46870 Ontinyent (Valencia)</small></p>""",
     "order_id": "636-2840571-9937106", "expected": [],
     "note": "Clean delivery-delay in HTML with a table and a small footer."},

    # 3 clean: order problem, adjusted, [Importante]
    {"id": "v32-es-003", "language": "es", "locale": "es-ES", "type": "order-problem", "format": "text",
     "subject": "[Importante] Su pedido 636-7402816-1155390 no se puede enviar",
     "body": """Estimado cliente:

Al preparar su altavoz bluetooth resistente al agua (pedido 636-7402816-1155390) comprobamos que la única unidad disponible había llegado dañada a nuestro almacén, por lo que no podemos enviárselo.

Hemos ajustado el importe total del pedido, 59,95 €, a través de Amazon con el motivo «no se pudo enviar». Verá el reembolso en su método de pago en los próximos días hábiles.

Lamentamos las molestias.

Atentamente,
Sonido Ibérico"""
     , "order_id": "636-7402816-1155390", "expected": [],
     "note": "Clean order-problem confirming the amount was adjusted, with [Importante] allowed on this critical type."},

    # 4 clean: additional information (name and number on shirt)
    {"id": "v32-es-004", "language": "es", "locale": "es-ES", "type": "additional-information", "format": "text",
     "subject": "Personalización de la camiseta – pedido 636-0918347-6620753",
     "body": """¡Hola, Javier!

Para estampar la camiseta de fútbol de tu pedido 636-0918347-6620753 nos falta un dato: en el formulario aparece el dorsal (10), pero el campo del nombre está vacío.

¿Qué nombre quieres a la espalda? Caben hasta 12 letras. Contéstanos a este mensaje y la estampamos enseguida.

Gracias,
Equipaciones Gol de Oro"""
     , "order_id": "636-0918347-6620753", "expected": [],
     "note": "Clean additional-information request for the name to print."},

    # 5 clean: return partial refund
    {"id": "v32-es-005", "language": "es", "locale": "es-ES", "type": "return-follow-up", "format": "text",
     "subject": "Sobre su devolución – pedido 636-3357018-2891465",
     "body": """Buenas tardes, Sra. Herrera:

Hemos visto su solicitud de devolución de la mochila infantil (pedido 636-3357018-2891465) porque trae una pequeña mancha de tinta en el bolsillo delantero.

Si lo prefiere, en lugar de la devolución le ofrecemos un reembolso parcial de 12,00 € y se queda con la mochila. Si le parece bien, responda «acepto» y lo tramitamos hoy mismo; si no, la devolución sigue su curso.

Un saludo,
Mochilas Petit Aventura"""
     , "order_id": "636-3357018-2891465", "expected": [],
     "note": "Clean return-follow-up offering a partial refund."},

    # 6 clean: return question
    {"id": "v32-es-006", "language": "es", "locale": "es-ES", "type": "return-follow-up", "format": "text",
     "subject": "Devolución del robot aspirador (pedido 636-8824106-5037219)",
     "body": """Hola:

Para completar la devolución del robot aspirador de su pedido 636-8824106-5037219, necesitamos saber si incluirá la base de carga y el mando a distancia, o solo el robot.

Nos hace falta para preparar la etiqueta con el peso correcto del paquete.

Gracias de antemano,
Limpieza Hogar Tech – Devoluciones"""
     , "order_id": "636-8824106-5037219", "expected": [],
     "note": "Clean return-follow-up asking for information needed to complete the return."},

    # 7 clean: invoice with CIF, slashed number
    {"id": "v32-es-007", "language": "es", "locale": "es-ES", "type": "invoice", "format": "text",
     "subject": "Factura FV/2026/000931 – pedido 636-6271850-4409382",
     "body": """Estimado cliente:

Adjuntamos la factura FV/2026/000931, con fecha 7 de diciembre de 2026, correspondiente a su pedido 636-6271850-4409382 (juego de 4 sillas de comedor).

Base imponible: 247,93 €
IVA (21 %): 52,07 €
Total: 300,00 €

Atentamente,
Muebles Castilla Hogar, S.L.
CIF B-86543219
C/ Alcalá 214, 28028 Madrid
Inscrita en el Registro Mercantil de Madrid, tomo 31.254, folio 88, hoja M-562.117"""
     , "order_id": "636-6271850-4409382", "expected": [],
     "note": "Clean invoice with CIF and mercantile registry data and a slashed invoice number."},

    # 8 clean: review request text
    {"id": "v32-es-008", "language": "es", "locale": "es-ES", "type": "review-request", "format": "text",
     "subject": "¿Qué le parecen sus auriculares? Pedido 636-4035927-8816640",
     "body": """Hola, Sr. Molina:

Hace unos días recibió los auriculares de conducción ósea de su pedido 636-4035927-8816640.

Cuando los haya probado unas cuantas veces, nos gustaría que dejara una reseña del producto en Amazon, sea cual sea su opinión. Nos ayuda a mejorar y sirve de orientación a otros compradores.

Saludos cordiales,
Deporte Audio Norte"""
     , "order_id": "636-4035927-8816640", "expected": [],
     "note": "Clean neutral review request in plain text."},

    # 9 clean: review request html with logo
    {"id": "v32-es-009", "language": "es", "locale": "es-ES", "type": "review-request", "format": "html",
     "subject": "Su opinión sobre el pedido 636-9560381-2274415",
     "body": """<p><img src="https://assets.correo-tienda.net/c/1188/jabones-la-alpujarra-logo.png" alt="Jabones Artesanos La Alpujarra" width="150" height="70"></p>
<p>Hola, Lucía:</p>
<p>Tus jabones de aceite de oliva y lavanda (pedido 636-9560381-2274415) llegaron la semana pasada. Si te apetece, nos encantaría leer tu valoración del producto, tanto si te han gustado como si no.</p>
<p>Puedes escribirla <a href="https://www.amazon.es/review/create-review?asin=B0BJB7XK5T">en la página de valoración de Amazon</a>.</p>
<p>Un abrazo desde Granada,<br>Jabones Artesanos La Alpujarra</p>""",
     "order_id": "636-9560381-2274415", "expected": [],
     "note": "Clean neutral HTML review request with an unlinked shop logo (alt names the shop) and a descriptive https Amazon link."},

    # 10 clean: delivery scheduling (adjustable bed)
    {"id": "v32-es-010", "language": "es", "locale": "es-ES", "type": "delivery-scheduling", "format": "text",
     "subject": "Cita para la entrega de su cama articulada – 636-1748062-9350827",
     "body": """Buenos días, Sr. Iglesias:

Su cama articulada eléctrica (pedido 636-1748062-9350827) pesa 98 kg y la entregamos con dos operarios que la suben a la habitación y retiran el embalaje. Necesitamos acordar con usted el día.

Franjas disponibles en Zaragoza capital:
- lunes 14 de diciembre, de 9:00 a 14:00
- miércoles 16 de diciembre, de 16:00 a 20:00
- sábado 19 de diciembre, de 9:00 a 14:00

Indíquenos también el piso y si el edificio tiene ascensor con capacidad suficiente.

Un saludo,
Ortopedia Ebro – Logística"""
     , "order_id": "636-1748062-9350827", "expected": [],
     "note": "Clean delivery-scheduling for a heavy item with dates and time slots."},

    # 11 clean: home service (bathroom cabinet fitting)
    {"id": "v32-es-011", "language": "es", "locale": "es-ES", "type": "home-service-appointment", "format": "html",
     "subject": "Instalación de su mueble de baño – pedido 636-5602974-1186538",
     "body": """<p>Hola, Sra. Romero:</p>
<p>Con el pedido 636-5602974-1186538 contrató la instalación de su mueble de baño suspendido con lavabo. Nuestro fontanero puede ir a su domicilio en estas franjas:</p>
<ul>
<li>jueves 10 de diciembre, 8:00 – 11:00</li>
<li>viernes 11 de diciembre, 15:00 – 18:00</li>
<li>martes 15 de diciembre, 8:00 – 11:00</li>
</ul>
<p>El trabajo dura unas dos horas y hay que cortar el agua del baño durante ese tiempo.</p>
<p>Respóndanos con la franja que prefiera y se la confirmamos.</p>
<p>Atentamente,<br>Reformas Rápidas Sevilla</p>""",
     "order_id": "636-5602974-1186538", "expected": [],
     "note": "Clean home-service-appointment in HTML with time slots."},

    # 12 clean: design proof (custom tile)
    {"id": "v32-es-012", "language": "es", "locale": "es-ES", "type": "custom-design-verification", "format": "text",
     "subject": "Boceto de su azulejo personalizado – pedido 636-3089415-7724061",
     "body": """Buenas, Sr. Gil:

Le adjuntamos el boceto del azulejo pintado a mano de su pedido 636-3089415-7724061: 20 x 20 cm, con el texto «Villa Carmen» en letra cursiva azul cobalto y una cenefa de hojas de limonero alrededor.

Revise con calma el nombre y la disposición. En cuanto nos dé el visto bueno, pasamos el diseño al horno y ya no se podrá modificar.

Si quiere algún cambio (color, tipo de letra, cenefa), díganoslo en su respuesta y le mandamos un boceto nuevo.

Cerámica Talaverana"""
     , "order_id": "636-3089415-7724061", "expected": [],
     "note": "Clean custom-design-verification with a proof attachment."},

    # 13 clean: access code with references
    {"id": "v32-es-013", "language": "es", "locale": "es-ES", "type": "fulfillment-question", "format": "text",
     "subject": "Acceso a la urbanización – pedido 636-7715208-3046692",
     "body": """Hola:

El repartidor de SEUR (envío n.º 4578 2291 0036, bulto 1/1) no ha podido acceder a la urbanización Los Pinos para entregar su pedido 636-7715208-3046692: la puerta de vehículos tiene teclado y no hay conserje los fines de semana.

¿Podría indicarnos el código de acceso y el número de portal? Solo se lo facilitaremos a la agencia para esta entrega (ruta 07-B).

Gracias,
Ferretería Online Benítez"""
     , "order_id": "636-7715208-3046692", "expected": [],
     "note": "Clean fulfillment-question asking for an access code, with shipment references that are not phone numbers."},

    # 14 clean: reply quoting Italian title
    {"id": "v32-es-014", "language": "es", "locale": "es-ES", "type": "reply", "format": "text",
     "subject": "Re: Pregunta sobre la cafetera – pedido 636-2264907-5581334",
     "body": """Hola, Sra. Delgado:

La «Caffettiera Moka Classica 6 tazze» de su pedido 636-2264907-5581334 no funciona en placas de inducción, porque es de aluminio. Sí sirve para vitrocerámica y fuego de gas.

Si tiene inducción, existe un disco adaptador que se coloca entre la placa y la cafetera.

Un saludo,
Cafés y Cafeteras Montaña"""
     , "order_id": "636-2264907-5581334", "expected": [],
     "note": "Clean reply quoting an Italian product title within Spanish sentences."},

    # 15 clean: manufacturer warranty line
    {"id": "v32-es-015", "language": "es", "locale": "es-ES", "type": "reply", "format": "text",
     "subject": "Re: Taladro no arranca – pedido 636-8430612-9917205",
     "body": """Buenos días, Sr. Campos:

Sentimos que el taladro percutor de su pedido 636-8430612-9917205 haya dejado de arrancar.

La herramienta tiene tres años de garantía del fabricante, que gestiona directamente su servicio técnico oficial con recogida a domicilio:
Teléfono de garantía del fabricante (Servitec Herramientas): 900 123 456, de lunes a viernes de 8:00 a 17:00.

Tenga a mano el número de serie de la placa lateral y la fecha de compra. Si el fabricante pusiera algún problema, escríbanos de nuevo por aquí.

Atentamente,
Bricolaje Campos"""
     , "order_id": "636-8430612-9917205", "expected": [],
     "note": "Clean reply giving the manufacturer's warranty line marked as such."},

    # 16 clean: reply with company footer
    {"id": "v32-es-016", "language": "es", "locale": "es-ES", "type": "reply", "format": "html",
     "subject": "Re: Talla del neopreno – 636-6059281-3372416",
     "body": """<p>Hola, Íñigo:</p>
<p>El traje de neopreno de 4/3 mm de tu pedido 636-6059281-3372416 talla algo justo: si mides 1,80 m y pesas unos 78 kg, te recomendamos la talla L mejor que la M.</p>
<p>Si quieres cambiarlo, solicita la devolución desde tu cuenta de Amazon y pide la otra talla; la devolución es gratuita durante 30 días.</p>
<p>¡Buenas olas!<br>Aitor</p>
<p><small>Surf Kantauri S.L. · Paseo de la Zurriola 21, 20002 Donostia-San Sebastián · CIF B-75291846<br>
Horario de atención: lunes a viernes, 10:00–14:00 y 16:00–19:00</small></p>""",
     "order_id": "636-6059281-3372416", "expected": [],
     "note": "Clean HTML reply with a company-details footer (address, CIF, hours)."},

    # 17 clean: reply with return tracking, dates, times, amounts
    {"id": "v32-es-017", "language": "es", "locale": "es-ES", "type": "reply", "format": "text",
     "subject": "Re: ¿Cuándo recibo el reembolso? Pedido 636-4497130-6628051",
     "body": """Hola, Sra. Prieto:

Su devolución del abrigo de paño (seguimiento Correos PQ4B7C0412839560108002) llegó a nuestro almacén el jueves 3 de diciembre a las 12:15. La revisamos el viernes 4 a las 17:40 y todo estaba correcto.

Hoy, 7 de diciembre, hemos emitido el reembolso de 89,00 € correspondiente al pedido 636-4497130-6628051, con número de devolución DEV-2026/3381. Según su banco, puede tardar entre 3 y 5 días hábiles en aparecer.

Un saludo,
Atención al cliente de Paño & Lana"""
     , "order_id": "636-4497130-6628051", "expected": [],
     "note": "Clean reply with a return tracking number, return reference, dates, times and amounts."},

    # 18 BSM201: left warehouse / handed to carrier
    {"id": "v32-es-018", "language": "es", "locale": "es-ES", "type": "delivery-delay", "format": "html",
     "subject": "Su pedido 636-0592738-1843367 ya va de camino",
     "body": """<p>Hola:</p>
<p>Buenas noticias: su lámpara de pie de ratán (pedido 636-0592738-1843367) ha salido esta mañana de nuestro almacén de Getafe y ya está en manos de la agencia de transporte.</p>
<p>Saludos,<br>Deco Natural Home</p>""",
     "order_id": "636-0592738-1843367", "expected": ["BSM201"],
     "note": "Shipping confirmation: 'left our warehouse' and 'in the carrier's hands'."},

    # 19 BSM201: order received, being prepared
    {"id": "v32-es-019", "language": "es", "locale": "es-ES", "type": "fulfillment-question", "format": "text",
     "subject": "Hemos recibido su pedido 636-8163024-5506719",
     "body": """Estimada clienta:

Le confirmamos que su pedido 636-8163024-5506719 (lote de tres camisetas térmicas) ha entrado correctamente en nuestro sistema y ya lo estamos preparando en el almacén.

Atentamente,
Térmicos del Pirineo"""
     , "order_id": "636-8163024-5506719", "expected": ["BSM201"],
     "note": "Order confirmation: 'entered our system and being prepared'."},

    # 20 BSM202: thanks only
    {"id": "v32-es-020", "language": "es", "locale": "es-ES", "type": "reply", "format": "text",
     "subject": "¡Gracias! Pedido 636-3920751-0684423",
     "body": """¡Hola, Carmen!

Solo queríamos darte las gracias por comprar nuestro turrón artesano de Jijona (pedido 636-3920751-0684423). Para un obrador familiar como el nuestro, cada pedido es una alegría.

¡Muchísimas gracias!
Turrones La Abuela Remedios"""
     , "order_id": "636-3920751-0684423", "expected": ["BSM202"],
     "note": "Message containing nothing but thanks."},

    # 21 BSM202: only "here if you need"
    {"id": "v32-es-021", "language": "es", "locale": "es-ES", "type": "review-request", "format": "html",
     "subject": "Pedido 636-6648395-2217094",
     "body": """<p>Estimado Sr. Castro:</p>
<p>Si tiene cualquier problema o duda con la batidora de vaso de su pedido 636-6648395-2217094, no dude en escribirnos: estaremos encantados de ayudarle.</p>
<p>Atentamente,<br>Electro Cocina Galicia</p>""",
     "order_id": "636-6648395-2217094", "expected": ["BSM202"],
     "note": "Only offers help if a problem comes up."},

    # 22 BSM203: P.S. 20% off
    {"id": "v32-es-022", "language": "es", "locale": "es-ES", "type": "delivery-scheduling", "format": "text",
     "subject": "Entrega de su sofá cama – pedido 636-1406287-7739150",
     "body": """Hola, Sr. Vidal:

Para la entrega de su sofá cama (pedido 636-1406287-7739150, 85 kg) necesitamos que elija una de estas fechas: martes 15 o jueves 17 de diciembre, en horario de 9:00 a 14:00.

Quedamos pendientes de su respuesta.

Mobiliario Mediterráneo

P. D.: Esta semana tiene un 20 % de descuento en toda nuestra tienda con el código SOFA20. ¡No lo deje escapar!"""
     , "order_id": "636-1406287-7739150", "expected": ["BSM203"],
     "note": "Permitted scheduling message with a P.S. offering 20 percent off the whole shop."},

    # 23 BSM203: follow us / newsletter / new collection
    {"id": "v32-es-023", "language": "es", "locale": "es-ES", "type": "invoice", "format": "text",
     "subject": "Factura de su pedido 636-9275014-4381526",
     "body": """Hola:

Le adjuntamos la factura 2026-0877 de su pedido 636-9275014-4381526 (pendientes de plata con circonitas).

¿Le gustan nuestras joyas? Síganos en Instagram y TikTok como «Plata de Luna Joyas» y apúntese a nuestro boletín: en enero presentamos la nueva colección «Mar de Cádiz».

Un saludo,
Plata de Luna Joyería"""
     , "order_id": "636-9275014-4381526", "expected": ["BSM203"],
     "note": "Invoice message that invites the buyer to follow the shop, join the newsletter and wait for a new collection."},

    # 24 BSM204: small gift after review
    {"id": "v32-es-024", "language": "es", "locale": "es-ES", "type": "review-request", "format": "text",
     "subject": "Un pequeño favor – pedido 636-5318640-9052273",
     "body": """Hola, Pablo:

¿Qué tal va la funda para el portátil de tu pedido 636-5318640-9052273?

Nos ayudaría mucho que dejaras una reseña en Amazon. Cuando esté publicada, avísanos por aquí y te mandamos un detallito de agradecimiento: un llavero de cuero hecho en nuestro taller.

Un saludo,
Marroquinería Ubrique Hecho a Mano"""
     , "order_id": "636-5318640-9052273", "expected": ["BSM204"],
     "note": "A small gift promised once the review is published."},

    # 25 BSM204: full refund when review online
    {"id": "v32-es-025", "language": "es", "locale": "es-ES", "type": "review-request", "format": "html",
     "subject": "Oferta especial para usted – pedido 636-2751093-6614488",
     "body": """<p>Estimado cliente:</p>
<p>Gracias por comprar nuestro cargador solar portátil (pedido 636-2751093-6614488).</p>
<p>Le proponemos lo siguiente: publique su reseña del producto en Amazon y, en cuanto aparezca en la página, le devolvemos el 100 % del importe pagado. Solo tiene que enviarnos el enlace de la reseña respondiendo a este mensaje.</p>
<p>Atentamente,<br>SolarGo España</p>""",
     "order_id": "636-2751093-6614488", "expected": ["BSM204"],
     "note": "Full refund once the review is visible."},

    # 26 BSM205: update/remove one-star review
    {"id": "v32-es-026", "language": "es", "locale": "es-ES", "type": "reply", "format": "text",
     "subject": "Re: Reclamación pedido 636-7084326-1529970",
     "body": """Buenas tardes, Sra. Márquez:

Ya le hemos enviado las ruedas de repuesto para la maleta de cabina de su pedido 636-7084326-1529970, que llegarán el jueves.

Le queríamos pedir, si es posible, que modifique la reseña de una estrella que publicó, o que la elimine, ya que el problema de las ruedas queda resuelto con el repuesto.

Gracias por su comprensión,
Maletas Viajero Feliz"""
     , "order_id": "636-7084326-1529970", "expected": ["BSM205"],
     "note": "Asks the buyer to modify or delete a one-star review."},

    # 27 BSM206: only if satisfied
    {"id": "v32-es-027", "language": "es", "locale": "es-ES", "type": "review-request", "format": "html",
     "subject": "¿Está contento con su compra? Pedido 636-4628175-3307841",
     "body": """<p>Hola, Sr. Ramos:</p>
<p>Esperamos que esté disfrutando de la silla de oficina ergonómica de su pedido 636-4628175-3307841.</p>
<p>Si está satisfecho con ella, le agradeceríamos mucho una reseña en Amazon. Y si algo no le ha gustado, por favor escríbanos antes a nosotros en lugar de dejar una opinión: lo solucionaremos.</p>
<p>Saludos,<br>Oficina Ergonómica Plus</p>""",
     "order_id": "636-4628175-3307841", "expected": ["BSM206"],
     "note": "Review asked only from satisfied buyers; others steered to contact the seller."},

    # 28 BSM206: five stars
    {"id": "v32-es-028", "language": "es", "locale": "es-ES", "type": "review-request", "format": "text",
     "subject": "Su valoración del pedido 636-0137859-8846102",
     "body": """Estimada Sra. Cabrera:

Su aceite de oliva virgen extra de cosecha temprana (pedido 636-0137859-8846102) le llegó hace unos días. Somos una almazara pequeña de Jaén y dependemos mucho de las valoraciones.

Si nos dejara cinco estrellas en Amazon, nos ayudaría enormemente.

Un cordial saludo,
Almazara Sierra Mágina"""
     , "order_id": "636-0137859-8846102", "expected": ["BSM206"],
     "note": "Asks for a five-star rating."},

    # 29 BSM108: cancel yourself (adjusted)
    {"id": "v32-es-029", "language": "es", "locale": "es-ES", "type": "order-problem", "format": "html",
     "subject": "Producto agotado – pedido 636-8906412-2753386",
     "body": """<p>Hola:</p>
<p>Lamentamos comunicarle que el juego de sábanas de franela de su pedido 636-8906412-2753386 se ha agotado y no vamos a recibir más este invierno. Ya hemos ajustado el importe del pedido en Amazon por falta de existencias.</p>
<p>Lo más rápido para cerrarlo del todo es que lo cancele usted mismo desde «Mis pedidos» en su cuenta de Amazon.</p>
<p>Disculpe las molestias,<br>Textil Hogar Alcoy</p>""",
     "order_id": "636-8906412-2753386", "expected": ["BSM108"],
     "note": "Out of stock, adjustment confirmed, but the buyer is told to cancel the order themselves."},

    # 30 BSM107 + BSM108
    {"id": "v32-es-030", "language": "es", "locale": "es-ES", "type": "order-problem", "format": "text",
     "subject": "Incidencia con su pedido 636-3571820-0968244",
     "body": """Estimado Sr. Pascual:

Nos hemos quedado sin existencias del cartucho de tóner que pidió (pedido 636-3571820-0968244) y el distribuidor no nos da fecha de reposición.

Le agradeceríamos que solicitara la cancelación del pedido desde su cuenta de Amazon, para poder darlo por cerrado.

Atentamente,
Consumibles Oficina Pascual"""
     , "order_id": "636-3571820-0968244", "expected": ["BSM107", "BSM108"],
     "note": "Out of stock: asks for a cancellation request and never confirms the amount was adjusted."},

    # 31 BSM305: reply BAJA
    {"id": "v32-es-031", "language": "es", "locale": "es-ES", "type": "review-request", "format": "text",
     "subject": "Cuéntenos qué le ha parecido – pedido 636-6204938-5571016",
     "body": """Hola:

Hace una semana recibió el juego de mesa «Conquista del Mediterráneo» (pedido 636-6204938-5571016). Si le apetece, puede dejar su opinión sobre el producto en Amazon, buena o mala.

Saludos,
Juegos de Mesa El Dado

Si no desea recibir más mensajes nuestros, responda con la palabra BAJA y le daremos de baja de nuestros envíos."""
     , "order_id": "636-6204938-5571016", "expected": ["BSM305"],
     "note": "Opt-out instruction (reply BAJA) in the footer of a neutral review request."},

    # 32 BSM306: Spanish profanity
    {"id": "v32-es-032", "language": "es", "locale": "es-ES", "type": "reply", "format": "text",
     "subject": "Re: Me ha llegado otro modelo – 636-1089273-4426659",
     "body": """Hola, Rubén:

Joder, tienes toda la razón. El puto almacén externo ha vuelto a mandar el modelo equivocado de funda para el móvil (pedido 636-1089273-4426659). Estamos hasta los cojones de sus cagadas.

Te enviamos hoy mismo la funda correcta y puedes quedarte la otra.

Fundas Madrid Store"""
     , "order_id": "636-1089273-4426659", "expected": ["BSM306"],
     "note": "Reply using Spanish profanity about the warehouse."},

    # 33 BSM104: in English
    {"id": "v32-es-033", "language": "es", "locale": "es-ES", "type": "home-service-appointment", "format": "text",
     "subject": "Installation appointment – order 636-5740316-8892537",
     "body": """Dear customer,

You purchased wall mounting for your 65-inch television with order 636-5740316-8892537. Our technician can visit on Thursday 10 December between 10:00 and 13:00, or on Saturday 12 December between 9:00 and 12:00.

Please reply with the slot that suits you best.

Best regards,
TV Mount Pro Spain"""
     , "order_id": "636-5740316-8892537", "expected": ["BSM104"],
     "note": "Appointment message written entirely in English to a Spanish-speaking buyer."},

    # 34 BSM309: national format
    {"id": "v32-es-034", "language": "es", "locale": "es-ES", "type": "additional-information", "format": "text",
     "subject": "Medidas de la mampara – pedido 636-2318094-6605713",
     "body": """Buenos días, Sra. Lorenzo:

Para fabricar la mampara de ducha a medida de su pedido 636-2318094-6605713 necesitamos el ancho exacto del plato de ducha y la altura hasta el techo, en centímetros.

Si le resulta más cómodo, llámenos al 954 21 87 63 y le explicamos cómo medir.

Un saludo,
Cristalería Giralda"""
     , "order_id": "636-2318094-6605713", "expected": ["BSM309"],
     "note": "Information request giving the seller's landline in Spanish national format."},

    # 35 BSM309: international format
    {"id": "v32-es-035", "language": "es", "locale": "es-ES", "type": "delivery-delay", "format": "html",
     "subject": "Retraso de su pedido 636-9842075-1170348",
     "body": """<p>Estimado cliente:</p>
<p>Su bicicleta de paseo (pedido 636-9842075-1170348) saldrá de nuestro taller el viernes 18 de diciembre, una semana más tarde de lo previsto, porque esperamos los frenos de disco del proveedor.</p>
<p>Para cualquier consulta sobre el montaje, puede llamar a nuestro taller: +34 612 34 56 78.</p>
<p>Disculpe las molestias,<br>Bicis Urbanas Valencia</p>""",
     "order_id": "636-9842075-1170348", "expected": ["BSM309"],
     "note": "Delay message giving the workshop's mobile number in international format."},

    # 36 BSM308: plain address
    {"id": "v32-es-036", "language": "es", "locale": "es-ES", "type": "return-follow-up", "format": "text",
     "subject": "Devolución de la vajilla – pedido 636-4163852-7739024",
     "body": """Hola, Sra. Núñez:

Para tramitar la devolución de la vajilla de su pedido 636-4163852-7739024, ¿podría indicarnos cuántas piezas llegaron rotas y cuáles son (platos llanos, hondos o de postre)?

Si lo prefiere, mande directamente las fotos a devoluciones@porcelanasdelsur.es y las revisamos hoy mismo.

Un saludo,
Porcelanas del Sur"""
     , "order_id": "636-4163852-7739024", "expected": ["BSM308"],
     "note": "Return follow-up that gives a plain e-mail address."},

    # 37 BSM308: obfuscated with arroba
    {"id": "v32-es-037", "language": "es", "locale": "es-ES", "type": "reply", "format": "text",
     "subject": "Re: Manual en español – 636-7520914-3386175",
     "body": """Hola, Sr. Rubio:

El manual en español de la estación meteorológica de su pedido 636-7520914-3386175 lo tenemos en PDF. Escríbanos a soporte arroba meteocasa punto es y se lo mandamos enseguida.

Saludos,
MeteoCasa"""
     , "order_id": "636-7520914-3386175", "expected": ["BSM308"],
     "note": "E-mail address obfuscated with 'arroba' and 'punto'."},

    # 38 BSM302: https link to seller site
    {"id": "v32-es-038", "language": "es", "locale": "es-ES", "type": "reply", "format": "html",
     "subject": "Re: Cuidado de la planta – pedido 636-0846137-5528419",
     "body": """<p>Hola, Nuria:</p>
<p>Tu monstera deliciosa (pedido 636-0846137-5528419) necesita luz indirecta y riego cuando los primeros centímetros de tierra estén secos; en invierno, una vez cada diez días suele bastar.</p>
<p>Tienes todos los detalles en <a href="https://www.vivero-verdecasa.es/guias/cuidado-monstera">nuestra guía de cuidados de la monstera en la web del vivero</a>.</p>
<p>Saludos verdes,<br>Vivero VerdeCasa</p>""",
     "order_id": "636-0846137-5528419", "expected": ["BSM302"],
     "note": "Descriptive https link to the seller's own website."},

    # 39 BSM301: http Amazon link
    {"id": "v32-es-039", "language": "es", "locale": "es-ES", "type": "additional-information", "format": "html",
     "subject": "Dirección de entrega – pedido 636-5931706-2214853",
     "body": """<p>Buenos días:</p>
<p>La dirección de su pedido 636-5931706-2214853 no incluye el número de piso ni la letra de la puerta, y la agencia no puede entregar sin ellos. ¿Nos los puede indicar respondiendo a este mensaje?</p>
<p>También puede revisar la dirección guardada en <a href="http://www.amazon.es/a/addresses">la sección de direcciones de su cuenta de Amazon</a>.</p>
<p>Gracias,<br>Papelería Creativa Bilbao</p>""",
     "order_id": "636-5931706-2214853", "expected": ["BSM301"],
     "note": "Descriptive link to Amazon over plain http."},

    # 40 BSM310: product image
    {"id": "v32-es-040", "language": "es", "locale": "es-ES", "type": "custom-design-verification", "format": "html",
     "subject": "Revise el grabado de su tabla – pedido 636-2407583-9961042",
     "body": """<p>Hola, Sra. Aguilar:</p>
<p>Le adjuntamos la prueba del grabado para la tabla de cortar de su pedido 636-2407583-9961042, con el texto «Cocina de la Yaya».</p>
<p><img src="https://assets.correo-tienda.net/c/2710/tabla-de-cortar-olivo.jpg" alt="Tabla de cortar de madera de olivo" width="320" height="210"></p>
<p>Confírmenos si está todo bien para grabarla.</p>
<p>Un saludo,<br>Olivo Artesano</p>""",
     "order_id": "636-2407583-9961042", "expected": ["BSM310"],
     "note": "Includes a photo of the purchased cutting board next to the proof attachment."},

    # 41 BSM311: unrelated image
    {"id": "v32-es-041", "language": "es", "locale": "es-ES", "type": "return-follow-up", "format": "html",
     "subject": "Su devolución – pedido 636-6785120-4439067",
     "body": """<p>Hola:</p>
<p>En cuanto a la devolución del vestido de fiesta de su pedido 636-6785120-4439067, le ofrecemos un reembolso parcial de 20 € si prefiere quedárselo, ya que el defecto es solo un botón suelto.</p>
<p><img src="https://images.fotostock-libre.com/paisajes/montanas-nevadas-atardecer.jpg" alt="Montañas nevadas al atardecer" width="420" height="260"></p>
<p>Díganos qué prefiere.<br>Moda Flamenca Triana</p>""",
     "order_id": "636-6785120-4439067", "expected": ["BSM311"],
     "note": "Stock landscape image unrelated to the shop."},

    # 42 BSM402: logo without alt
    {"id": "v32-es-042", "language": "es", "locale": "es-ES", "type": "delivery-delay", "format": "html",
     "subject": "Retraso en su pedido 636-1930465-8874120",
     "body": """<p><img src="https://assets.correo-tienda.net/c/0954/logo-quesos-del-cerrato.png" width="130" height="52"></p>
<p>Hola, Sr. Santos:</p>
<p>El queso curado de oveja de su pedido 636-1930465-8874120 necesita dos días más de maduración; lo enviaremos el jueves 10 de diciembre.</p>
<p>Un saludo,<br>Quesos del Cerrato</p>""",
     "order_id": "636-1930465-8874120", "expected": ["BSM402"],
     "note": "Shop logo image without an alt attribute."},

    # 43 BSM403: emoji
    {"id": "v32-es-043", "language": "es", "locale": "es-ES", "type": "delivery-scheduling", "format": "text",
     "subject": "¿Cuándo te llevamos la cuna? Pedido 636-8052743-6617395",
     "body": """¡Hola, Alba! 👶

Tu cuna de madera con colchón (pedido 636-8052743-6617395) la llevamos con furgoneta propia. ¿Te viene bien el martes 15 por la mañana o el miércoles 16 por la tarde? 🚚

¡Un abrazo!
Bebé Natural Murcia"""
     , "order_id": "636-8052743-6617395", "expected": ["BSM403"],
     "note": "Scheduling message decorated with emoji."},

    # 44 BSM403: emoticon
    {"id": "v32-es-044", "language": "es", "locale": "es-ES", "type": "reply", "format": "text",
     "subject": "Re: Pilas del mando – 636-4316092-0051788",
     "body": """Hola, Sr. Moreno:

El mando del coche teledirigido de su pedido 636-4316092-0051788 lleva cuatro pilas AA que no vienen incluidas; el coche, en cambio, trae su batería recargable.

¡Que lo disfruten mucho en casa! :D

Juguetes RC Castellón"""
     , "order_id": "636-4316092-0051788", "expected": ["BSM403"],
     "note": "Reply with the emoticon :D."},

    # 45 BSM410: four font sizes
    {"id": "v32-es-045", "language": "es", "locale": "es-ES", "type": "delivery-scheduling", "format": "html",
     "subject": "Programación de entrega – pedido 636-7263048-1195536",
     "body": """<style>
.cabecera { font-size: 22px; }
.destacado { font-size: 17px; }
.cuerpo { font-size: 13px; }
.pie { font-size: 9px; }
</style>
<p class="cabecera">Entrega de su frigorífico</p>
<p class="destacado">Pedido 636-7263048-1195536</p>
<p class="cuerpo">Hola: su frigorífico combi se entrega con cita previa. Elija entre el lunes 21 de diciembre (9:00–14:00) o el martes 22 de diciembre (15:00–20:00) respondiendo a este mensaje.</p>
<p class="pie">Electrodomésticos Turia S.L. · CIF B-46812735</p>""",
     "order_id": "636-7263048-1195536", "expected": ["BSM410"],
     "note": "Style block with four explicit font sizes."},

    # 46 BSM412: empty paragraphs
    {"id": "v32-es-046", "language": "es", "locale": "es-ES", "type": "return-follow-up", "format": "html",
     "subject": "Devolución de la cámara – pedido 636-3608129-7742950",
     "body": """<p>Hola, Sr. Fuentes:</p>
<p></p>
<p></p>
<p>Para completar la devolución de la cámara deportiva de su pedido 636-3608129-7742950, ¿nos confirma si incluirá la carcasa sumergible y la tarjeta de memoria?</p>
<p></p>
<p></p>
<p>Gracias,<br>Action Cam Canarias</p>""",
     "order_id": "636-3608129-7742950", "expected": ["BSM412"],
     "note": "Empty paragraphs between paragraphs."},

    # 47 BSM110: [Importante] on return follow-up
    {"id": "v32-es-047", "language": "es", "locale": "es-ES", "type": "return-follow-up", "format": "text",
     "subject": "[Importante] Devolución pedido 636-9017364-5580231",
     "body": """Hola:

Para completar la devolución de la freidora de su pedido 636-9017364-5580231 necesitamos saber si el fallo es que no calienta o que no enciende. Con esa información le enviamos la etiqueta adecuada.

Un saludo,
Pequeño Electro Extremadura"""
     , "order_id": "636-9017364-5580231", "expected": ["BSM110"],
     "note": "[Importante] tag in the subject of a non-critical return follow-up."},

    # 48 BSM401: bare URL
    {"id": "v32-es-048", "language": "es", "locale": "es-ES", "type": "review-request", "format": "text",
     "subject": "Su reseña del pedido 636-2584910-3369067",
     "body": """Hola, Sra. Vega:

Su lámpara de sal del Himalaya (pedido 636-2584910-3369067) le llegó hace ya unos días. Si quiere dejar su opinión sobre el producto, sea positiva o negativa, puede hacerlo aquí:

https://www.amazon.es/review/create-review?asin=B09SALT7HM

Un saludo,
Armonía Natural"""
     , "order_id": "636-2584910-3369067", "expected": ["BSM401"],
     "note": "Review request with a bare Amazon URL as the link."},

    # 49 vary: BSM406 oversized image
    {"id": "v32-es-049", "language": "es", "locale": "es-ES", "type": "invoice", "format": "html",
     "subject": "Factura del pedido 636-6152807-4408193",
     "body": """<p><img src="https://assets.correo-tienda.net/c/3391/cabecera-ferreteria-el-clavo.png" alt="Ferretería El Clavo" width="580" height="120"></p>
<p>Estimado cliente:</p>
<p>Le adjuntamos la factura n.º 2026-FC-1204 de su pedido 636-6152807-4408193 (juego de llaves combinadas, 12 piezas).</p>
<p>Atentamente,<br>Ferretería El Clavo</p>""",
     "order_id": "636-6152807-4408193", "expected": ["BSM406"],
     "note": "Shop header image 580 px wide (over 80 percent of the maximum width)."},

    # 50 vary: BSM102 order number without hyphens
    {"id": "v32-es-050", "language": "es", "locale": "es-ES", "type": "delivery-delay", "format": "text",
     "subject": "Retraso en el envío de su pedido",
     "body": """Hola, Sra. Domínguez:

Las macetas de barro de su pedido 63648213570926614 saldrán el lunes 14 de diciembre, y no hoy como estaba previsto: el horno del alfar se averió la semana pasada y se retrasó la última cocción.

Disculpe la espera.

Alfarería Hermanos Domínguez"""
     , "order_id": "636-4821357-0926614", "expected": ["BSM102"],
     "note": "Order number written as 17 digits without hyphens, so BSM102."},
]
