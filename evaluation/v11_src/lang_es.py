"""v11 blind evaluation set: Spanish (es-ES). 50 messages, standard library only."""


def _b(s):
    return s.strip("\n")


L = "es"
LOC = "es-ES"

MESSAGES = [
    # ---------------------------------------------------------------- clean (17)
    {
        "id": "v11-es-001", "language": L, "locale": LOC, "type": "delivery-delay", "format": "html",
        "subject": "Retraso en el envío de su pedido 425-2719306-8841573",
        "body": _b("""
<p>Estimada Sra. Navarro:</p>
<p>Le escribimos en relación con su pedido <strong>425-2719306-8841573</strong> (juego de sábanas de percal 300 hilos, cama de 150).</p>
<p>Nuestro proveedor de Crevillent nos ha comunicado un retraso en la confección de este tamaño. El pedido saldrá de nuestras instalaciones el <strong>jueves 17 de diciembre</strong> en lugar del día 10, por lo que lo recibirá previsiblemente entre el 19 y el 22 de diciembre.</p>
<p>Si este nuevo plazo no le viene bien, responda a este mensaje y buscaremos juntos una solución.</p>
<p>Disculpe las molestias.</p>
<p>Un saludo cordial,<br>Atención al cliente<br>Textil Hogar Levante</p>
"""),
        "order_id": "425-2719306-8841573", "expected": [],
        "note": "HTML delivery delay with a new dispatch date and delivery window; clean.",
    },
    {
        "id": "v11-es-002", "language": L, "locale": LOC, "type": "delivery-delay", "format": "text",
        "subject": "Pedido 425-8053147-1206695: nueva fecha",
        "body": _b("""
Hola, Jorge:

Te escribo por tu pedido 425-8053147-1206695 (taburete alto de madera de haya).

Estamos terminando la última tanda en el taller y el barniz necesita un par de días más de secado de lo que calculamos. Lo enviaremos el lunes 14 de diciembre en vez del jueves 10.

Perdona el retraso; si tienes cualquier duda sobre el pedido, contéstame por aquí.

Un abrazo,
Iñaki
Zurgintza Txiki - carpintería artesana
"""),
        "order_id": "425-8053147-1206695", "expected": [],
        "note": "Informal plain-text delivery delay from a small workshop; clean.",
    },
    {
        "id": "v11-es-003", "language": L, "locale": LOC, "type": "order-problem", "format": "html",
        "subject": "[Importante] Pedido 425-6420981-3378102: artículo sin existencias",
        "body": _b("""
<p>Estimado Sr. Domínguez:</p>
<p>Lamentamos comunicarle que no podemos enviar la cafetera superautomática de su pedido 425-6420981-3378102: la última unidad disponible no superó nuestro control de calidad y el fabricante no tiene existencias.</p>
<p>Ya hemos ajustado el importe de su pedido a 0,00 € indicando como motivo «sin existencias». El reembolso íntegro de 329,00 € se abonará en su método de pago en los próximos días hábiles, sin que tenga que hacer nada.</p>
<p>Le pedimos disculpas por las molestias.</p>
<p>Atentamente,<br>Café en Casa Online</p>
"""),
        "order_id": "425-6420981-3378102", "expected": [],
        "note": "Order problem confirming the amount adjustment for lack of stock, with [Importante] in the subject; clean.",
    },
    {
        "id": "v11-es-004", "language": L, "locale": LOC, "type": "additional-information", "format": "text",
        "subject": "Medidas del estor - pedido 425-3185527-6094410",
        "body": _b("""
Buenos días, Sra. Castro:

Hemos recibido el pedido 425-3185527-6094410 de un estor enrollable a medida, pero en las notas aparece el ancho (120 cm) y falta el alto.

¿Nos podría indicar el alto en centímetros y si el estor va dentro o fuera del hueco de la ventana? Sin estos datos no podemos empezar a fabricarlo.

Muchas gracias,
Estores Medida Justa
"""),
        "order_id": "425-3185527-6094410", "expected": [],
        "note": "Request for measurements needed to make the custom item; clean.",
    },
    {
        "id": "v11-es-005", "language": L, "locale": LOC, "type": "return-follow-up", "format": "html",
        "subject": "Su devolución del pedido 425-9648013-2517736",
        "body": _b("""
<p>Hola, Sr. Ortega:</p>
<p>Hemos visto su solicitud de devolución de la maleta de cabina (pedido 425-9648013-2517736) porque una de las ruedas chirría.</p>
<p>Si lo prefiere, en lugar de devolverla puede quedársela y le hacemos un <strong>reembolso parcial de 20,00 €</strong>. Basta con que nos conteste «acepto» a este mensaje.</p>
<p>Si prefiere seguir adelante con la devolución, no hay ningún problema.</p>
<p>Saludos,<br>Viaje Ligero</p>
"""),
        "order_id": "425-9648013-2517736", "expected": [],
        "note": "Return follow-up offering a partial refund; clean.",
    },
    {
        "id": "v11-es-006", "language": L, "locale": LOC, "type": "return-follow-up", "format": "text",
        "subject": "Devolución pedido 425-1307462-9853021 - necesitamos un dato",
        "body": _b("""
Buenas tardes:

Para tramitar la devolución del pedido 425-1307462-9853021 (zapatillas de running, talla 43) necesitamos saber si las zapatillas se han usado en exterior o solo se han probado en casa.

Si se han usado en exterior, la devolución se gestiona como garantía y no como desistimiento, y el proceso es distinto.

Gracias,
Departamento de devoluciones - Corre Más
"""),
        "order_id": "425-1307462-9853021", "expected": [],
        "note": "Return follow-up asking for information needed to complete the return; clean.",
    },
    {
        "id": "v11-es-007", "language": L, "locale": LOC, "type": "invoice", "format": "text",
        "subject": "Factura F/2026/00312 - pedido 425-5574190-0462387",
        "body": _b("""
Buenos días:

Adjuntamos la factura F/2026/00312, de fecha 04/12/2026, correspondiente al pedido 425-5574190-0462387.

Base imponible: 180,00 €
IVA (21 %): 37,80 €
Total factura: 217,80 €

La factura se ha emitido a nombre de Reformas Gutiérrez, S.L., con el NIF que nos facilitaron.

Un saludo,
Administración

Iluminación Técnica del Sur, S.L.
C/ Arquitecto Gaudí, 14, nave 3, 41092 Sevilla
CIF B-41857236
Inscrita en el Registro Mercantil de Sevilla, Tomo 6.214, Folio 87, Hoja SE-104.338
"""),
        "order_id": "425-5574190-0462387", "expected": [],
        "note": "Invoice with VAT breakdown, CIF, registry data and a slashed invoice number; clean.",
    },
    {
        "id": "v11-es-008", "language": L, "locale": LOC, "type": "review-request", "format": "text",
        "subject": "¿Qué tal su pedido 425-0892634-5716048?",
        "body": _b("""
Estimado Sr. Romero:

Hace ya unos días que recibió su báscula de baño (pedido 425-0892634-5716048).

Si le apetece, nos ayudaría que compartiera su opinión sobre el producto en Amazon, sea buena o mala. Los comentarios sinceros orientan a otros compradores y a nosotros nos sirven para mejorar.

Un saludo,
Salud y Medida
"""),
        "order_id": "425-0892634-5716048", "expected": [],
        "note": "Neutral plain-text review request; clean.",
    },
    {
        "id": "v11-es-009", "language": L, "locale": LOC, "type": "review-request", "format": "html",
        "subject": "Su opinión sobre el pedido 425-4431805-7289962",
        "body": _b("""
<p><img src="https://m.media-amazon.com/images/S/aplus-media/conservas-la-ria-logo.png" alt="Conservas La Ría" width="150" height="60"></p>
<p>Estimada Sra. Iglesias:</p>
<p>Esperamos que las conservas de su pedido 425-4431805-7289962 hayan llegado en perfecto estado.</p>
<p>Si quiere contarnos qué le han parecido, puede <a href="https://www.amazon.es/review/create-review?asin=B0BZ7PN4HD">escribir una opinión del producto en Amazon</a>. Nos interesa cualquier valoración, también las críticas.</p>
<p>Un saludo desde Vigo,<br>Conservas La Ría</p>
"""),
        "order_id": "425-4431805-7289962", "expected": [],
        "note": "HTML review request with the shop's logo (alt names the shop) and a descriptive https Amazon link; clean.",
    },
    {
        "id": "v11-es-010", "language": L, "locale": LOC, "type": "delivery-scheduling", "format": "html",
        "subject": "Entrega de su frigorífico - pedido 425-7160349-1635874",
        "body": _b("""
<p>Estimado Sr. Molina:</p>
<p>Su frigorífico combi (pedido 425-7160349-1635874) está listo para la entrega en domicilio con retirada del aparato antiguo. Necesitamos concertar el día con usted:</p>
<table>
  <tr><td>Martes 15/12/2026</td><td>de 9:00 a 14:00 h</td></tr>
  <tr><td>Miércoles 16/12/2026</td><td>de 16:00 a 20:00 h</td></tr>
  <tr><td>Sábado 19/12/2026</td><td>de 9:00 a 13:00 h</td></tr>
</table>
<p>Indíquenos qué franja prefiere y si el edificio tiene ascensor.</p>
<p>Atentamente,<br>Electro Hogar Murcia - Logística</p>
"""),
        "order_id": "425-7160349-1635874", "expected": [],
        "note": "Bulky-item delivery scheduling with dated time slots in a plain table; clean.",
    },
    {
        "id": "v11-es-011", "language": L, "locale": LOC, "type": "home-service-appointment", "format": "text",
        "subject": "Cita para el montaje de su armario - 425-2986571-4407319",
        "body": _b("""
Buenos días, Sra. Vázquez:

Con respecto a su pedido 425-2986571-4407319 (montaje de armario de tres puertas), nuestro montador puede ir:

- lunes 14 de diciembre, de 8:30 a 11:30
- miércoles 16 de diciembre, de 12:00 a 15:00
- viernes 18 de diciembre, de 16:00 a 19:00

El montaje lleva unas tres horas. ¿Qué día le viene mejor?

Gracias,
Montajes Rápidos Zaragoza
"""),
        "order_id": "425-2986571-4407319", "expected": [],
        "note": "Home-service appointment with dates and time slots; clean.",
    },
    {
        "id": "v11-es-012", "language": L, "locale": LOC, "type": "custom-design-verification", "format": "text",
        "subject": "Prueba de diseño de sus tazas - pedido 425-6612748-9930145",
        "body": _b("""
Hola, Lucía:

Te adjuntamos la prueba de diseño (prueba_tazas_lucia_v1.png) de las 12 tazas personalizadas de tu pedido 425-6612748-9930145.

Revisa, por favor:
- los nombres, uno por taza, y que no falte ninguno;
- la frase: «Feliz jubilación, Paco»;
- la tipografía y el tamaño del dibujo.

No imprimimos nada hasta que nos des el visto bueno. Si hay que cambiar algo, dínoslo en tu respuesta.

Tazas y Más
"""),
        "order_id": "425-6612748-9930145", "expected": [],
        "note": "Design proof attached for verification before printing; clean.",
    },
    {
        "id": "v11-es-013", "language": L, "locale": LOC, "type": "fulfillment-question", "format": "html",
        "subject": "Pedido 425-0347216-5182890: código del portal",
        "body": _b("""
<p>Buenas tardes:</p>
<p>La agencia de transporte nos indica que en la dirección de entrega de su pedido 425-0347216-5182890 (Av. de la Constitución, 88, esc. B, 5.º 2.ª, Alcalá de Henares) el portal tiene cerradura con código y no hay conserje.</p>
<p>Para que puedan entregar el bulto (expedición n.º 2026-MAD-0815377, referencia de cliente AH/5521) ¿podría facilitarnos el código de acceso o indicarnos un horario en el que haya alguien en casa?</p>
<p>Gracias de antemano,<br>Envíos Castilla Shop</p>
"""),
        "order_id": "425-0347216-5182890", "expected": [],
        "note": "Door-code question with shipment and reference numbers that are not phone numbers; clean.",
    },
    {
        "id": "v11-es-014", "language": L, "locale": LOC, "type": "reply", "format": "text",
        "subject": "RE: Pregunta sobre «Pro Grip Yoga Mat» - 425-3873095-0624751",
        "body": _b("""
Hola, Marta:

La esterilla «Pro Grip Yoga Mat» de tu pedido 425-3873095-0624751 mide 183 x 61 cm y tiene 6 mm de grosor. Se limpia con un paño húmedo y jabón neutro; mejor no meterla en la lavadora.

El nombre en inglés es el de la marca, pero nosotros, Zen Store Madrid, somos distribuidores oficiales en España.

Un saludo,
Carlos
"""),
        "order_id": "425-3873095-0624751", "expected": [],
        "note": "Reply quoting an English product title inside Spanish sentences; clean.",
    },
    {
        "id": "v11-es-015", "language": L, "locale": LOC, "type": "reply", "format": "text",
        "subject": "Re: Garantía del robot de cocina - pedido 425-9215403-3361278",
        "body": _b("""
Estimada Sra. Herrera:

Sentimos mucho que el robot de cocina de su pedido 425-9215403-3361278 haya dejado de calentar.

El aparato tiene dos años de garantía del fabricante, que se tramita a través de su servicio técnico oficial. Puede contactar con ellos aquí:

Servicio de asistencia técnica oficial del fabricante Hogarmatic (garantía): 900 814 372, de lunes a viernes de 9:00 a 19:00 h.

Tenga a mano el número de serie que figura en la base del aparato. Si en una semana no le han dado solución, escríbanos y lo gestionamos nosotros.

Atentamente,
Pilar - Cocina Fácil
"""),
        "order_id": "425-9215403-3361278", "expected": [],
        "note": "Reply giving the manufacturer's warranty service number marked as such; clean.",
    },
    {
        "id": "v11-es-016", "language": L, "locale": LOC, "type": "reply", "format": "html",
        "subject": "Re: Plazo de fabricación de la mesa - 425-5039861-7748024",
        "body": _b("""
<p>Buenos días, Sr. Cano:</p>
<p>Respondiendo a su consulta sobre el pedido 425-5039861-7748024: la mesa de olivo se fabrica bajo pedido en nuestro taller de Jaén. El tablero se trata con aceite de linaza en tres capas, con un día de secado entre cada una, y por eso el plazo es el que aparece en la ficha del producto.</p>
<p>Seguimos dentro de la fecha de entrega prevista.</p>
<p>Un cordial saludo,<br>Antonio Cano Ruiz<br>Gerente</p>
<p><small>Muebles de Olivo Sierra Mágina, S.L. · Polígono Industrial Los Olivares, parcela 12, 23009 Jaén · CIF B-23614097 · Inscrita en el Registro Mercantil de Jaén, Tomo 512, Folio 40, Hoja J-18.927</small></p>
"""),
        "order_id": "425-5039861-7748024", "expected": [],
        "note": "Reply with a company-details footer (CIF, registry data, address) in <small>; clean.",
    },
    {
        "id": "v11-es-017", "language": L, "locale": LOC, "type": "reply", "format": "text",
        "subject": "Re: ¿Cuándo me devolvéis el dinero? Pedido 425-1763024-8529461",
        "body": _b("""
Hola, Sr. Prieto:

Su paquete de devolución (número de seguimiento PK47B1021103426, autorización de devolución DEV-2026-07731) llegó a nuestro almacén el jueves 3 de diciembre a las 12:15.

Tras revisarlo, el viernes 04/12/2026 a las 17:30 emitimos el reembolso de 46,85 € (artículo 42,90 € + gastos de envío 3,95 €). Según su banco, puede tardar entre 3 y 5 días hábiles en verlo reflejado.

Pedido: 425-1763024-8529461.

Saludos,
Atención al cliente - Deportes Cierzo
"""),
        "order_id": "425-1763024-8529461", "expected": [],
        "note": "Reply with tracking and return numbers, dates, times and amounts, none a phone number; clean.",
    },
    # ---------------------------------------------------------------- violations (31)
    {
        "id": "v11-es-018", "language": L, "locale": LOC, "type": "fulfillment-question", "format": "text",
        "subject": "¡Tu pedido 425-4705183-2096637 ya está de camino!",
        "body": _b("""
Hola, Andrea:

¡Buenas noticias! Tu pedido 425-4705183-2096637 ha salido esta mañana de nuestro almacén de Getafe y ya lo tiene SEUR.

En uno o dos días lo tendrás en casa.

Un saludo,
Bolsos Malasaña
"""),
        "order_id": "425-4705183-2096637", "expected": ["BSM201"],
        "note": "Shipping confirmation: parcel left the warehouse and is with the carrier.",
    },
    {
        "id": "v11-es-019", "language": L, "locale": LOC, "type": "fulfillment-question", "format": "html",
        "subject": "Hemos recibido su pedido 425-0918346-6673204",
        "body": _b("""
<p>Estimado cliente:</p>
<p>Le confirmamos que su pedido 425-0918346-6673204 se ha registrado correctamente y que nuestro equipo ya está preparándolo.</p>
<p>Atentamente,<br>Farmacia Natural Online</p>
"""),
        "order_id": "425-0918346-6673204", "expected": ["BSM201"],
        "note": "Order confirmation paraphrase: order registered and being prepared.",
    },
    {
        "id": "v11-es-020", "language": L, "locale": LOC, "type": "fulfillment-question", "format": "text",
        "subject": "¡Gracias! Pedido 425-3290517-1847052",
        "body": _b("""
Hola:

Solo queríamos darte las gracias por confiar en nosotros para tu pedido 425-3290517-1847052. Para un negocio pequeño como el nuestro, significa muchísimo.

Un fuerte abrazo,
Rocío y Manu - Jabones La Alpujarra
"""),
        "order_id": "425-3290517-1847052", "expected": ["BSM202"],
        "note": "Message that only thanks the buyer.",
    },
    {
        "id": "v11-es-021", "language": L, "locale": LOC, "type": "fulfillment-question", "format": "text",
        "subject": "Pedido 425-6873142-3150986",
        "body": _b("""
Estimado/a cliente:

En relación con su pedido 425-6873142-3150986, le recordamos que quedamos a su entera disposición por si surgiera cualquier incidencia.

Reciba un cordial saludo,
Suministros Industriales Ebro
"""),
        "order_id": "425-6873142-3150986", "expected": ["BSM202"],
        "note": "Message whose only content is that the seller is available if an issue arises.",
    },
    {
        "id": "v11-es-022", "language": L, "locale": LOC, "type": "delivery-delay", "format": "text",
        "subject": "Pequeño retraso en el pedido 425-2048593-7761824",
        "body": _b("""
Buenos días, Sr. Gil:

Su lámpara de pie (pedido 425-2048593-7761824) saldrá el 15 de diciembre en lugar del 11, porque la pantalla de lino nos llega con retraso del proveedor.

Disculpe las molestias.

Luz de Lino

P. D.: Hasta fin de año tiene un 20 % de descuento en toda nuestra tienda con el código LINO20.
"""),
        "order_id": "425-2048593-7761824", "expected": ["BSM203"],
        "note": "Permitted delivery delay with a P.S. offering 20% off the whole shop.",
    },
    {
        "id": "v11-es-023", "language": L, "locale": LOC, "type": "reply", "format": "html",
        "subject": "Re: Talla de la chaqueta - 425-7536201-4928837",
        "body": _b("""
<p>Hola, Irene:</p>
<p>La chaqueta de tu pedido 425-7536201-4928837 es de patrón amplio; si dudas entre dos tallas, quédate con la menor.</p>
<p>¡Y no te pierdas nuestra nueva colección de invierno! Síguenos en Instagram y TikTok y suscríbete a nuestra newsletter para enterarte antes que nadie de las novedades.</p>
<p>Besos,<br>Bruma Moda</p>
"""),
        "order_id": "425-7536201-4928837", "expected": ["BSM203"],
        "note": "Reply that also promotes a new collection, social media and the newsletter.",
    },
    {
        "id": "v11-es-024", "language": L, "locale": LOC, "type": "review-request", "format": "html",
        "subject": "Un detalle para usted - pedido 425-8164709-0573316",
        "body": _b("""
<p>Estimado Sr. Peña:</p>
<p>Esperamos que esté disfrutando de su hervidor de agua (pedido 425-8164709-0573316).</p>
<p>Cuando publique su opinión en Amazon, le enviaremos un pequeño obsequio como agradecimiento. Solo tiene que respondernos con una captura de la reseña.</p>
<p>Atentamente,<br>Hogar Brillante</p>
"""),
        "order_id": "425-8164709-0573316", "expected": ["BSM204"],
        "note": "Review request promising a small gift once the review is published.",
    },
    {
        "id": "v11-es-025", "language": L, "locale": LOC, "type": "review-request", "format": "text",
        "subject": "Pedido 425-1492836-6307751 - te devolvemos el dinero",
        "body": _b("""
Hola, Álvaro:

Tenemos una promoción para quienes han comprado nuestros auriculares inalámbricos (pedido 425-1492836-6307751): en cuanto tu reseña esté publicada en Amazon, te reembolsamos el importe completo de la compra.

Avísanos cuando la tengas online.

AudioFlow Spain
"""),
        "order_id": "425-1492836-6307751", "expected": ["BSM204"],
        "note": "Full refund promised as soon as the review is online.",
    },
    {
        "id": "v11-es-026", "language": L, "locale": LOC, "type": "reply", "format": "html",
        "subject": "Re: Problema con la freidora - 425-5917340-2284609",
        "body": _b("""
<p>Estimada Sra. Ramos:</p>
<p>Gracias por explicarnos con detalle el fallo de la freidora de su pedido 425-5917340-2284609. Lo hemos comprobado: afectaba a un único lote de termostatos, que ya hemos retirado de la venta.</p>
<p>Ahora que sabemos de dónde venía el problema, ¿sería tan amable de modificar la valoración de una estrella que dejó, o incluso de eliminarla?</p>
<p>Un saludo,<br>Cocina Saludable Store</p>
"""),
        "order_id": "425-5917340-2284609", "expected": ["BSM205"],
        "note": "Reply asking the buyer to modify or delete a one-star review.",
    },
    {
        "id": "v11-es-027", "language": L, "locale": LOC, "type": "review-request", "format": "text",
        "subject": "¿Contenta con tu pedido 425-3054176-8816920?",
        "body": _b("""
Hola, Nerea:

Tu colección de cuentos infantiles (pedido 425-3054176-8816920) ya lleva una semana en casa.

Si te ha gustado, nos encantaría que lo contaras en Amazon. Y si algo no te ha convencido, mejor escríbenos antes de dejar una opinión, que seguro que lo arreglamos.

Un abrazo,
Librería El Búho Lector
"""),
        "order_id": "425-3054176-8816920", "expected": ["BSM206"],
        "note": "Asks only satisfied buyers for a review and steers unhappy ones to contact the seller first.",
    },
    {
        "id": "v11-es-028", "language": L, "locale": LOC, "type": "review-request", "format": "html",
        "subject": "Cinco estrellas para el pedido 425-9781432-0145563",
        "body": _b("""
<p>Estimado Sr. Santana:</p>
<p>Su soporte para portátil (pedido 425-9781432-0145563) le llegó la semana pasada.</p>
<p>Somos una empresa canaria que empieza, y una valoración de 5 estrellas en Amazon nos ayudaría muchísimo a darnos a conocer.</p>
<p>Gracias,<br>Ergo Canarias</p>
"""),
        "order_id": "425-9781432-0145563", "expected": ["BSM206"],
        "note": "Review request asking for a five-star rating.",
    },
    {
        "id": "v11-es-029", "language": L, "locale": LOC, "type": "order-problem", "format": "text",
        "subject": "[Importante] Pedido 425-4628015-5239847 sin stock",
        "body": _b("""
Estimada Sra. Serrano:

Sentimos comunicarle que el aspirador sin cable de su pedido 425-4628015-5239847 está agotado y el fabricante ha dejado de fabricarlo.

Hemos ajustado el importe del pedido con el motivo «sin existencias» y recibirá el reembolso íntegro.

Aun así, lo más rápido para cerrar la incidencia es que cancele usted misma el pedido desde «Mis pedidos» en su cuenta de Amazon.

Disculpe las molestias,
Limpieza Total Shop
"""),
        "order_id": "425-4628015-5239847", "expected": ["BSM108"],
        "note": "Out-of-stock order problem with the adjustment confirmed but advising the buyer to cancel herself.",
    },
    {
        "id": "v11-es-030", "language": L, "locale": LOC, "type": "order-problem", "format": "html",
        "subject": "Pedido 425-7305689-1962410: problema de stock",
        "body": _b("""
<p>Estimado Sr. Morales:</p>
<p>El patinete eléctrico de su pedido 425-7305689-1962410 se ha agotado en nuestro almacén y no sabemos cuándo volverá a entrar.</p>
<p>Le agradeceríamos mucho que solicitara usted la cancelación del pedido; así podremos cerrar el caso cuanto antes.</p>
<p>Perdone las molestias,<br>Movilidad Urbana BCN</p>
"""),
        "order_id": "425-7305689-1962410", "expected": ["BSM107", "BSM108"],
        "note": "Asks the buyer to request cancellation for lack of stock, with no amount adjustment confirmed.",
    },
    {
        "id": "v11-es-031", "language": L, "locale": LOC, "type": "review-request", "format": "html",
        "subject": "Su opinión sobre el pedido 425-0563927-4470186",
        "body": _b("""
<p>Hola:</p>
<p>Hace unos días recibió su set de brochas de maquillaje (pedido 425-0563927-4470186). Si quiere, puede dejar su opinión del producto en Amazon, sea cual sea.</p>
<p>Belleza Aurora</p>
<p><small>Si no desea recibir más mensajes nuestros, responda BAJA a este correo.</small></p>
"""),
        "order_id": "425-0563927-4470186", "expected": ["BSM305"],
        "note": "Neutral review request with an opt-out instruction (reply BAJA).",
    },
    {
        "id": "v11-es-032", "language": L, "locale": LOC, "type": "reply", "format": "text",
        "subject": "Re: Caja rota - 425-2817064-9093518",
        "body": _b("""
Sr. Fuentes:

Joder, otra vez los gilipollas de la agencia destrozando las cajas. Estamos hasta los cojones de esta mierda de reparto.

Mándenos una foto de la jarra rota del pedido 425-2817064-9093518 y se la reponemos.

Quique
Cerámica Talavera Online
"""),
        "order_id": "425-2817064-9093518", "expected": ["BSM306"],
        "note": "Reply with Spanish profanity and insults about the carrier.",
    },
    {
        "id": "v11-es-033", "language": L, "locale": LOC, "type": "additional-information", "format": "text",
        "subject": "Order 425-6149308-5627741 - engraving text",
        "body": _b("""
Dear customer,

Thank you for your order 425-6149308-5627741. To engrave your wooden chopping board we still need the text you would like (up to 25 characters) and your preferred font.

Please reply to this message with these details.

Kind regards,
Woodcraft Barcelona
"""),
        "order_id": "425-6149308-5627741", "expected": ["BSM104"],
        "note": "Message to a Spanish buyer written entirely in English.",
    },
    {
        "id": "v11-es-034", "language": L, "locale": LOC, "type": "home-service-appointment", "format": "text",
        "subject": "Instalación de su lavavajillas - pedido 425-3968201-7315094",
        "body": _b("""
Buenos días:

Para concertar la instalación del lavavajillas de su pedido 425-3968201-7315094, llame a nuestro técnico al 963 12 47 58 o envíele un WhatsApp al 622 41 87 05 y acuerden el día directamente.

Instalaciones Turia
"""),
        "order_id": "425-3968201-7315094", "expected": ["BSM309"],
        "note": "Home-service appointment giving landline and mobile numbers in Spanish national format.",
    },
    {
        "id": "v11-es-035", "language": L, "locale": LOC, "type": "reply", "format": "html",
        "subject": "Re: Compatibilidad del cargador - 425-8507613-2846159",
        "body": _b("""
<p>Hola, Sr. Méndez:</p>
<p>Sí, el cargador de su pedido 425-8507613-2846159 funciona con su patinete.</p>
<p>Para cualquier otra consulta técnica puede llamarnos al +34 911 23 45 67 o, si está en Portugal, al +351 21 340 8892.</p>
<p>Saludos,<br>Recambios Patín</p>
"""),
        "order_id": "425-8507613-2846159", "expected": ["BSM309"],
        "note": "Reply giving the seller's phone numbers in international format.",
    },
    {
        "id": "v11-es-036", "language": L, "locale": LOC, "type": "additional-information", "format": "html",
        "subject": "Foto para su lienzo - pedido 425-1259736-0384427",
        "body": _b("""
<p>Hola, Sra. Cabrera:</p>
<p>La foto que subió para el lienzo de su pedido 425-1259736-0384427 tiene muy poca resolución para el tamaño de 60 x 90 cm.</p>
<p>¿Podría enviarnos el archivo original a fotos@lienzosdelsur.es? Así el resultado quedará nítido.</p>
<p>Lienzos del Sur</p>
"""),
        "order_id": "425-1259736-0384427", "expected": ["BSM308"],
        "note": "Information request giving a plain e-mail address.",
    },
    {
        "id": "v11-es-037", "language": L, "locale": LOC, "type": "return-follow-up", "format": "text",
        "subject": "Devolución del pedido 425-4081259-6698372 - fotos",
        "body": _b("""
Buenas:

Para completar la devolución del vestido de su pedido 425-4081259-6698372 necesitamos una foto de la etiqueta y otra de la costura descosida.

Puede mandarlas a devoluciones arroba modasirena punto es, poniendo el número de pedido en el asunto.

Gracias,
Moda Sirena
"""),
        "order_id": "425-4081259-6698372", "expected": ["BSM308"],
        "note": "Return follow-up with an obfuscated e-mail address using 'arroba' and 'punto'.",
    },
    {
        "id": "v11-es-038", "language": L, "locale": LOC, "type": "reply", "format": "html",
        "subject": "Re: Cuidado de la sartén de hierro - 425-6392570-1157283",
        "body": _b("""
<p>Hola, Pablo:</p>
<p>La sartén de hierro de tu pedido 425-6392570-1157283 hay que curarla antes del primer uso: una capa fina de aceite y 1 hora en el horno a 200 °C.</p>
<p>Tienes todos los pasos con fotos en nuestra <a href="https://www.forjaastur.es/blog/como-curar-sarten-hierro">guía para curar sartenes de hierro</a>.</p>
<p>Un saludo,<br>Forja Astur</p>
"""),
        "order_id": "425-6392570-1157283", "expected": ["BSM302"],
        "note": "Reply with a descriptive https link to the seller's own website, not needed for the order.",
    },
    {
        "id": "v11-es-039", "language": L, "locale": LOC, "type": "review-request", "format": "html",
        "subject": "¿Nos cuenta qué le ha parecido? Pedido 425-9036147-3821506",
        "body": _b("""
<p>Estimada Sra. Lozano:</p>
<p>Ya lleva unos días con su manta eléctrica (pedido 425-9036147-3821506). Si lo desea, puede <a href="http://www.amazon.es/review/create-review?asin=B0C4LM2WQX">dejar su opinión sobre la manta en Amazon</a>, sea positiva o negativa.</p>
<p>Un saludo,<br>Calor de Hogar</p>
"""),
        "order_id": "425-9036147-3821506", "expected": ["BSM301"],
        "note": "Neutral review request with a descriptive but insecure http link to Amazon.",
    },
    {
        "id": "v11-es-040", "language": L, "locale": LOC, "type": "review-request", "format": "html",
        "subject": "Su opinión sobre la mochila - pedido 425-2375804-8607129",
        "body": _b("""
<p>Hola, Sr. Aguilar:</p>
<p><img src="https://cdn.mochilasnorte.es/img/mochila-urbana-gris-25l.jpg" alt="Mochila urbana gris 25 L" width="320" height="320"></p>
<p>Hace una semana que recibió esta mochila (pedido 425-2375804-8607129). Si le apetece, cuéntenos en Amazon qué le parece, tanto lo bueno como lo malo.</p>
<p>Mochilas Norte</p>
"""),
        "order_id": "425-2375804-8607129", "expected": ["BSM310"],
        "note": "Review request showing a photo of the purchased backpack.",
    },
    {
        "id": "v11-es-041", "language": L, "locale": LOC, "type": "delivery-delay", "format": "html",
        "subject": "Retraso navideño - pedido 425-5728316-0936640",
        "body": _b("""
<p>Estimado Sr. Calvo:</p>
<p><img src="https://imagenes.bancofotos-libre.es/navidad/arbol-navidad-nieve.jpg" alt="Árbol de Navidad nevado" width="400" height="250"></p>
<p>Con el volumen de pedidos de estas fechas, su juego de copas (pedido 425-5728316-0936640) saldrá el 18 de diciembre en lugar del 15.</p>
<p>Gracias por su paciencia,<br>Cristalería Segoviana</p>
"""),
        "order_id": "425-5728316-0936640", "expected": ["BSM311"],
        "note": "Delivery delay decorated with an unrelated stock Christmas-tree image.",
    },
    {
        "id": "v11-es-042", "language": L, "locale": LOC, "type": "delivery-delay", "format": "html",
        "subject": "Retraso del pedido 425-0814397-2563018",
        "body": _b("""
<p><img src="https://m.media-amazon.com/images/S/aplus-media/papeleria-el-tintero-logo.png" alt="" width="150" height="50"></p>
<p>Buenos días:</p>
<p>Su agenda 2027 (pedido 425-0814397-2563018) saldrá el 14 de diciembre en lugar del 9, por un retraso de la imprenta.</p>
<p>Disculpe las molestias,<br>Papelería El Tintero</p>
"""),
        "order_id": "425-0814397-2563018", "expected": ["BSM402"],
        "note": "Delivery delay with the shop logo image but an empty alt attribute.",
    },
    {
        "id": "v11-es-043", "language": L, "locale": LOC, "type": "custom-design-verification", "format": "text",
        "subject": "Boceto de tu camiseta - pedido 425-3641709-5072835",
        "body": _b("""
¡Hola, Dani! 👋

Te mandamos adjunto el boceto de la camiseta personalizada de tu pedido 425-3641709-5072835. Dinos si te gusta así o si cambiamos algo 👕✨

Camisetas Locas
"""),
        "order_id": "425-3641709-5072835", "expected": ["BSM403"],
        "note": "Design proof message using emoji.",
    },
    {
        "id": "v11-es-044", "language": L, "locale": LOC, "type": "reply", "format": "text",
        "subject": "Re: ¿Incluye pilas? 425-8270146-4195302",
        "body": _b("""
Hola, Sra. Pascual:

Sí, el termómetro de su pedido 425-8270146-4195302 lleva la pila de botón ya puesta; solo tiene que quitar la lengüeta de plástico :-)

Saludos,
Bebé Feliz
"""),
        "order_id": "425-8270146-4195302", "expected": ["BSM403"],
        "note": "Reply ending with the emoticon :-).",
    },
    {
        "id": "v11-es-045", "language": L, "locale": LOC, "type": "delivery-scheduling", "format": "html",
        "subject": "Entrega del colchón - pedido 425-6507281-1348769",
        "body": _b("""
<style>
  h2 { font-size: 21px; }
  .cuerpo { font-size: 15px; }
  .franjas { font-size: 13px; }
  .pie { font-size: 11px; }
</style>
<h2>Elija su franja de entrega</h2>
<p class="cuerpo">Estimada Sra. Rubio: su colchón de 150 x 190 (pedido 425-6507281-1348769) se entrega con cita previa. ¿Qué franja prefiere?</p>
<p class="franjas">Lunes 14/12 de 9:00 a 13:00 h o jueves 17/12 de 15:00 a 19:00 h.</p>
<p class="pie">Descanso Ibérico - Logística</p>
"""),
        "order_id": "425-6507281-1348769", "expected": ["BSM410"],
        "note": "Delivery scheduling whose <style> block sets four distinct font sizes.",
    },
    {
        "id": "v11-es-046", "language": L, "locale": LOC, "type": "additional-information", "format": "html",
        "subject": "Dato pendiente - pedido 425-4913658-7720341",
        "body": _b("""
<p>Buenos días, Sr. Benítez:</p>
<p>Para enviarle las cortinas a medida de su pedido 425-4913658-7720341 necesitamos saber si las quiere con ollaos o con cinta fruncidora.</p>
<p></p>
<p></p>
<p></p>
<p>Gracias,<br>Cortinas Alhambra</p>
"""),
        "order_id": "425-4913658-7720341", "expected": ["BSM412"],
        "note": "HTML information request with a run of empty paragraphs.",
    },
    {
        "id": "v11-es-047", "language": L, "locale": LOC, "type": "return-follow-up", "format": "text",
        "subject": "[Importante] Devolución del pedido 425-1374820-9485563",
        "body": _b("""
Estimado Sr. Vidal:

Respecto a la devolución del taladro de su pedido 425-1374820-9485563, ¿nos puede confirmar si incluye también el maletín y las dos baterías? Lo necesitamos para preparar la etiqueta de devolución con el peso correcto.

Gracias,
Herramientas Vidal e Hijos
"""),
        "order_id": "425-1374820-9485563", "expected": ["BSM110"],
        "note": "[Importante] tag in the subject of a return follow-up, which is not critical.",
    },
    {
        "id": "v11-es-048", "language": L, "locale": LOC, "type": "reply", "format": "html",
        "subject": "Re: Manual de instrucciones - 425-7652039-3014876",
        "body": _b("""
<p>Hola, Sra. Carmona:</p>
<p>El manual en castellano de la batidora de su pedido 425-7652039-3014876 está en la ficha del producto en Amazon. Puede descargarlo <a href="https://www.amazon.es/dp/B0DG5TK7RM">aquí</a>.</p>
<p>Un saludo,<br>Batidos y Más</p>
"""),
        "order_id": "425-7652039-3014876", "expected": ["BSM401"],
        "note": "Amazon https link whose only text is 'aquí'.",
    },
    # ---------------------------------------------------------------- vary (2)
    {
        "id": "v11-es-049", "language": L, "locale": LOC, "type": "delivery-delay", "format": "html",
        "subject": "Retraso en su pedido 425-2096483-6651730",
        "body": _b("""
<div style="padding: 0 140px;">
  <p>Estimado Sr. Reyes:</p>
  <p>Su cortacésped eléctrico (pedido 425-2096483-6651730) saldrá el 16 de diciembre en lugar del 10, ya que el fabricante ha retrasado la entrega del último lote.</p>
  <p>Le pedimos disculpas por el retraso.</p>
  <p>Jardinería Moncayo</p>
</div>
"""),
        "order_id": "425-2096483-6651730", "expected": ["BSM405"],
        "note": "Builder container with 140 px horizontal padding on each side (wide margins).",
    },
    {
        "id": "v11-es-050", "language": L, "locale": LOC, "type": "delivery-scheduling", "format": "html",
        "subject": "Elija el día de entrega - pedido 425-8340915-4276607",
        "body": _b("""
<p>Estimado Sr. Herrero:</p>
<p>Su sofá cama (pedido 425-8340915-4276607) se entrega con cita. Marque el día que prefiere:</p>
<form>
  <p><label><input type="radio" name="dia" value="lunes"> Lunes 14 de diciembre, de 9:00 a 14:00 h</label></p>
  <p><label><input type="radio" name="dia" value="miercoles"> Miércoles 16 de diciembre, de 15:00 a 20:00 h</label></p>
  <p><button type="submit">Enviar</button></p>
</form>
<p>Si ninguno le va bien, respóndanos a este mensaje.</p>
<p>Sofás Guadalquivir</p>
"""),
        "order_id": "425-8340915-4276607", "expected": ["BSM312"],
        "note": "Delivery scheduling that embeds an HTML form with radio buttons.",
    },
]
