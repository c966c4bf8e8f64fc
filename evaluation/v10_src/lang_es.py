# -*- coding: utf-8 -*-
"""v10 blind evaluation set: Spanish (es-ES)."""

LANG = "es"
LOCALE = "es-ES"


def _oid(i):
    a = (4480219 + i * 170801) % 10000000
    b = (9013367 + i * 327211) % 10000000
    return "415-%07d-%07d" % (a, b)


_R = []


def m(type_, fmt, subject, body, expected, note):
    _R.append((type_, fmt, subject, body, sorted(expected), note))


# ---------------------------------------------------------------- clean (17)
m("delivery-delay", "text", "Retraso en el envío del pedido {OID}",
  """Hola, Lucía:

Te escribimos por tu pedido {OID}. Las alpargatas de esparto que elegiste tenían que salir de nuestro taller el 2 de diciembre, pero el esparto trenzado nos ha llegado de Albacete con una semana de retraso. Saldrán el miércoles 9 de diciembre de 2026.

Perdona las molestias.

Un saludo,
Nuria Castaño
Atención al cliente – Alpargatas La Ribera""",
  [], "Plain-text delivery delay with a new ship date.")

m("delivery-delay", "html", "Pedido {OID}: nueva fecha de envío",
  """<p>Estimado Sr. Navarro:</p>
<p>Le informamos de que su juego de cuencos de cerámica de Talavera (pedido <strong>{OID}</strong>) necesita una segunda cocción que este mes se ha alargado más de lo previsto.</p>
<p>Prevemos entregarlo a la empresa de transporte el <strong>lunes 14 de diciembre</strong>, con entrega estimada entre el 16 y el 18 de diciembre.</p>
<p>Gracias por su paciencia.<br>
Atentamente,<br>
Rocío Jiménez<br>
Cerámica Alfar Toledano</p>""",
  [], "HTML delivery delay announcing a future ship date.")

m("order-problem", "text", "[Importante] Pedido {OID}: artículo no disponible",
  """Buenos días:

En la revisión final hemos encontrado una grieta en la última tabla de cortar de madera de olivo (45 cm) que nos quedaba para su pedido {OID}. No disponemos de más unidades y el artesano no podrá fabricar otra hasta febrero.

Por ello hemos ajustado el importe total del pedido en Seller Central con el motivo «sin existencias»: Amazon le devolverá los 52,90 € en unos días hábiles.

Lo sentimos de verdad.

Un saludo cordial,
Javier Olmedo
Olivares del Sur""",
  [], "Order problem with the amount adjusted; [Importante] allowed on this critical type.")

m("additional-information", "text", "Grabado de su pedido {OID}",
  """Estimada Sra. Ortega:

Para grabar la pulsera de plata de su pedido {OID} necesitamos una aclaración: en el campo de personalización ha escrito «Iñaki & Ane 2026». ¿Quiere el símbolo & tal cual o prefiere «Iñaki y Ane»?

Si no recibimos respuesta antes del viernes 11 de diciembre a las 12:00, grabaremos el texto tal como está.

Muchas gracias,
Ander Etxeberria – Platería Donostia""",
  [], "Asks for an engraving detail needed to complete the order.")

m("return-follow-up", "text", "Su devolución – pedido {OID}",
  """Buenas tardes, Sr. Molina:

Hemos visto que la tetera de hierro fundido de su pedido {OID} llegó con la tapa desconchada. Si le parece bien, puede quedarse con ella y le ofrecemos un reembolso parcial de 12,00 € (el 30 % de lo que pagó).

Contéstenos «de acuerdo» y tramitamos ese reembolso parcial; si lo prefiere, la devolución normal sigue disponible.

Saludos,
Marta Vidal
Té y Hierro""",
  [], "Return follow-up offering a partial refund.")

m("return-follow-up", "html", "Devolución de la báscula – {OID}",
  """<p>Hola:</p>
<p>Hemos recibido tu solicitud de devolución de la báscula de cocina (pedido {OID}). Para tramitarla con el fabricante nos falta el <strong>número de serie</strong>, que aparece en la pegatina de la base (empieza por KB-).</p>
<p>¿Nos lo puedes indicar respondiendo a este mensaje? También nos vale una foto de la pegatina.</p>
<p>Gracias,<br>Pablo – Posventa Cocina Práctica</p>""",
  [], "Return follow-up asking for the serial number needed to complete the return.")

m("invoice", "html", "Factura FV/2026/1187 – pedido {OID}",
  """<p>Estimada Sra. Serrano:</p>
<p>Le adjuntamos la factura <strong>FV/2026/1187</strong> con fecha 4 de diciembre de 2026 correspondiente a su pedido {OID}, por un total de 96,80 € (IVA 21 % incluido: 16,80 €).</p>
<p>Reciba un cordial saludo,</p>
<p>Departamento de Administración</p>
<p><small>Textiles Montcada, S.L. – C/ Major, 27, 08110 Montcada i Reixac (Barcelona)<br>
CIF B-65432187 – Inscrita en el Registro Mercantil de Barcelona, Tomo 44120, Folio 85, Hoja B-451237</small></p>""",
  [], "Invoice with CIF and Registro Mercantil details and a slashed invoice number.")

m("review-request", "text", "¿Qué tal tu pedido {OID}?",
  """Hola:

Hace unos días recibiste las velas aromáticas de tu pedido {OID}. Si tienes un momento, una reseña en la página del producto en Amazon ayuda a otros clientes a decidir, tanto si es entusiasta como si es más crítica.

Gracias por tu tiempo.

Carmen, de Velas del Albaicín""",
  [], "Neutral plain-text review request.")

m("review-request", "html", "Su opinión sobre la manta – {OID}",
  """<p><img src="https://m.media-amazon.com/images/S/seller-assets/textiles-montcada-logo.png" alt="Textiles Montcada" width="170" height="60"></p>
<p>Estimada Sra. Serrano:</p>
<p>Ya hace una semana que tiene en casa la manta de lana de su pedido {OID}. Su opinión, sea cual sea, nos resulta muy valiosa, y también a otros compradores.</p>
<p><a href="https://www.amazon.es/review/create-review?asin=B0CZ3RF8K1">Escribir una opinión sobre la manta de Textiles Montcada en Amazon.es</a></p>
<p>Un saludo,<br>Montse Puig – Textiles Montcada</p>""",
  [], "HTML review request with the shop logo (alt names shop) and a descriptive https Amazon link.")

m("delivery-scheduling", "text", "Entrega de su sofá – pedido {OID}",
  """Buenos días, Sr. Herrero:

El sofá de tres plazas de su pedido {OID} (70 kg) se lo subirán a casa dos de nuestros repartidores. Para Zaragoza tenemos estas franjas:

- jueves 17 de diciembre, de 8:00 a 13:00
- viernes 18 de diciembre, de 15:00 a 19:30
- lunes 21 de diciembre, de 8:00 a 12:30

¿Nos dice cuál le viene mejor y en qué planta vive (con o sin ascensor)?

Un saludo,
Irene Lozano
Planificación de entregas – Muebles Ebro""",
  [], "Scheduling delivery of a bulky item with dates and time slots.")

m("home-service-appointment", "text", "Instalación del lavavajillas – {OID}",
  """Estimada Sra. Ramos:

Para instalar el lavavajillas integrable de su pedido {OID}, nuestro técnico puede ir:

el martes 15 de diciembre, entre las 9:00 y las 11:00,
o el miércoles 16 de diciembre, entre las 16:00 y las 18:00.

Le rogamos que deje libre el acceso a la toma de agua y al enchufe. La instalación dura aproximadamente hora y media.

¿Qué horario prefiere?

Sergio Campos
Servicio Técnico Hogar Valencia""",
  [], "Home-service appointment with time slots.")

m("custom-design-verification", "html", "Prueba de diseño de las invitaciones – pedido {OID}",
  """<p>¡Hola, Alba!</p>
<p>Te adjuntamos la prueba de diseño de las 60 invitaciones de boda del pedido {OID}: «Alba y Rubén», sábado 5 de junio de 2027, 12:30 h, Ermita de San Roque, papel de algodón de 300 g.</p>
<p>Revisa nombres, fecha y hora y contéstanos «diseño aprobado» o dinos qué hay que corregir. Imprimimos en cuanto nos des el visto bueno.</p>
<p>Un abrazo,<br>Lola – Papelería La Imprenta</p>""",
  [], "Design proof sent for approval.")

m("fulfillment-question", "text", "Código de acceso para la entrega – {OID}",
  """Buenos días:

Nuestro equipo tiene que entregar el armario de su pedido {OID} (expediente ENT-2026-0577) en la urbanización Los Almendros, portal 3, 2.º B. En la dirección no figura el código de la puerta de la urbanización.

¿Podría indicarnos el código de acceso y, si lo hay, el del portal? Sin esos datos no podremos entrar.

Gracias,
Raquel Marín – Muebles Ebro""",
  [], "Door-code question with reference numbers.")

m("reply", "text", "Re: Pregunta sobre la lámpara – {OID}",
  """Buenas tardes, Sr. Iglesias:

Sí, la «Nordic Glow LED Desk Lamp» que compró (pedido {OID}) admite bombillas E14 de hasta 6 W. El regulador integrado funciona con cualquier bombilla LED regulable de ese casquillo.

Que pase buena tarde,
Álvaro – Luz de Casa""",
  [], "Reply quoting an English product title inside Spanish sentences.")

m("reply", "text", "Re: La cafetera no enciende – {OID}",
  """Estimada Sra. Gil:

Sentimos el problema con su cafetera espresso (pedido {OID}). Tiene dos años de garantía del fabricante: el servicio de asistencia técnica del fabricante Brevia (teléfono de garantía) atiende en el 900 812 345, de lunes a viernes de 9:00 a 18:00. Tenga a mano el número de serie y la fecha de compra, el 23 de noviembre de 2026.

Atentamente,
Diego Fuentes
Café y Tostadero Fuentes""",
  [], "Reply giving the manufacturer's warranty line, marked as such (BSM309 exception).")

m("reply", "html", "Re: Factura a nombre de la empresa – {OID}",
  """<p>Buenos días, Sr. Prieto:</p>
<p>Sin problema: emitiremos la factura del pedido {OID} a nombre de su empresa, Instalaciones Prieto, S.L., con CIF B-47120983. La recibirá por la mensajería de Amazon antes de mañana.</p>
<p>Un saludo,<br>Beatriz Santos<br>Responsable de administración</p>
<p><small>Papelería La Imprenta – Beatriz Santos Rey – C/ San Fernando, 12, 41004 Sevilla<br>NIF 28745631K</small></p>""",
  [], "Reply with a company-details footer (NIF, address).")

m("reply", "text", "Re: ¿Cuándo llega mi reembolso? {OID}",
  """Hola, Elena:

Tu paquete de devolución (n.º de devolución DEV-2026-11874, seguimiento Correos PQ4B7R0213456780F) llegó a nuestro almacén el jueves 3 de diciembre a las 10:42. Revisamos el artículo al día siguiente y emitimos el reembolso de 34,90 € del pedido {OID} el viernes 4 de diciembre a las 16:15.

Según tu banco, puede tardar de 3 a 5 días hábiles en aparecer en tu cuenta.

Un saludo,
Hugo – Devoluciones, Mochilas Camino""",
  [], "Reply with return and tracking numbers, dates, times and amounts.")

# ---------------------------------------------------------- violations (31)
m("fulfillment-question", "text", "Tu pedido {OID} ya va de camino",
  """¡Hola!

Buenas noticias: el paquete de tu pedido {OID} ha salido esta mañana de nuestro almacén de Getafe y ya lo tiene SEUR.

¡Hasta pronto!
El equipo de Mochilas Camino""",
  ["BSM201"], "Shipping confirmation: left the warehouse, handed to the carrier.")

m("fulfillment-question", "html", "Estamos preparando su pedido {OID}",
  """<p>Estimada Sra. Cabrera:</p>
<p>Su pedido {OID} nos ha llegado correctamente y nuestro equipo ya lo está preparando con todo el mimo.</p>
<p>Un saludo,<br>Velas del Albaicín</p>""",
  ["BSM201"], "Order confirmation paraphrased: received and being prepared.")

m("fulfillment-question", "text", "¡Mil gracias! – {OID}",
  """Estimado Sr. Delgado:

Todo el equipo de Textiles Montcada quiere agradecerle de corazón la confianza que ha depositado en nosotros (pedido {OID}).

¡Gracias de nuevo y felices fiestas!

Montse""",
  ["BSM202"], "Thanks only.")

m("fulfillment-question", "text", "Pedido {OID}",
  """Buenos días:

En relación con su pedido {OID}: si en algún momento surge cualquier problema, estamos a su entera disposición a través de la mensajería de Amazon.

Un saludo,
Cocina Práctica""",
  ["BSM202"], "Only an offer to help if a problem comes up.")

m("delivery-delay", "text", "Pequeño retraso en el pedido {OID}",
  """Hola, Sra. Pascual:

Los paños bordados de su pedido {OID} saldrán con tres días de retraso, el sábado 12 de diciembre, porque nuestra bordadora ha estado de baja.

Gracias por su comprensión.

Textiles Montcada

P. D.: Hasta el 31 de diciembre tiene un 20 % de descuento en toda la tienda con el código NAVIDAD20.""",
  ["BSM203"], "Permitted delay with a P.S. promoting 20 % off the whole shop.")

m("review-request", "html", "Tu opinión y nuestras novedades – {OID}",
  """<p>Hola:</p>
<p>Esperamos que el café de tu pedido {OID} te esté gustando. Una reseña en Amazon nos ayudaría mucho.</p>
<p>Por cierto, ¡ya ha salido nuestra nueva colección de tuestes de invierno! Síguenos en Instagram y Facebook (Café y Tostadero Fuentes) y suscríbete a nuestro boletín para no perderte nada.</p>
<p>Diego – Café y Tostadero Fuentes</p>""",
  ["BSM203"], "Follow us, newsletter and new collection inside a review request.")

m("review-request", "text", "Un detalle por su reseña – {OID}",
  """Estimado Sr. Vega:

Ya tiene en casa la tabla de su pedido {OID}. En cuanto su reseña aparezca publicada en Amazon, le enviaremos un pequeño detalle como agradecimiento por su tiempo.

Saludos,
Olivares del Sur""",
  [ "BSM204"], "A small gift once the review is published.")

m("review-request", "text", "Pedido {OID} – le devolvemos el dinero con su reseña",
  """Buenas:

Le proponemos algo: escriba una reseña sobre la lámpara que compró (pedido {OID}) y, en cuanto esté publicada, le reembolsamos el importe íntegro.

Solo tiene que respondernos con una captura de pantalla.

Álvaro – Luz de Casa""",
  ["BSM204"], "Full refund as soon as the review is online.")

m("reply", "text", "Re: Su reseña – {OID}",
  """Estimada Sra. Calvo:

Hemos visto su reseña de una estrella sobre la báscula (pedido {OID}). El fallo de la pantalla se debía a las pilas de fábrica; con pilas nuevas funciona perfectamente, como comprobó usted misma.

Ahora que está solucionado, ¿le importaría cambiar la puntuación o eliminar la reseña?

Gracias de antemano,
Pablo – Cocina Práctica""",
  ["BSM205"], "Asks to change or delete a one-star review.")

m("review-request", "text", "¿Ha quedado satisfecho? – {OID}",
  """Buenos días:

Las invitaciones de su pedido {OID} ya están en sus manos. Si le han gustado, nos encantaría que dejara una reseña en Amazon. Si algo no le ha convencido, escríbanos a nosotros antes de publicar una opinión y lo arreglamos.

Lola – Papelería La Imprenta""",
  ["BSM206"], "Asks only satisfied buyers; steers unhappy ones away from reviewing.")

m("review-request", "html", "¿Cinco estrellas para nosotros? – {OID}",
  """<p>Estimado Sr. Navarro:</p>
<p>¿Ya luce en su mesa el juego de cuencos (pedido {OID})? Nos haría muchísima ilusión que lo valorara con <strong>5 estrellas</strong> en Amazon: para un taller pequeño, cada valoración máxima cuenta.</p>
<p>Rocío – Cerámica Alfar Toledano</p>""",
  ["BSM206"], "Asks for a five-star rating.")

m("order-problem", "text", "Pedido {OID}: producto agotado",
  """Estimada Sra. Romero:

La vajilla «Alhambra» de su pedido {OID} se ha agotado en nuestro proveedor. Ya hemos ajustado el importe del pedido indicando como motivo «sin existencias».

Para resolverlo cuanto antes, lo más rápido es que solicite usted misma la cancelación desde «Mis pedidos» en Amazon.

Disculpe las molestias,
Cerámica Alfar Toledano""",
  ["BSM108"], "Adjustment confirmed but advises the buyer to cancel herself.")

m("order-problem", "text", "Pedido {OID} – sin stock",
  """Buenos días:

Nos hemos quedado sin botines forrados del número 39 para su pedido {OID} y no hay reposición prevista.

Le agradeceríamos mucho que nos enviara una solicitud de cancelación desde su cuenta.

Gracias por su comprensión,
Calzados Ibarra""",
  ["BSM107", "BSM108"], "Asks for a cancellation request and does not confirm any adjustment.")

m("delivery-delay", "text", "Envío aplazado – {OID}",
  """Buenos días:

Su pedido {OID} (vela «Higuera y Cedro») se enviará el 10 de diciembre en lugar del 7, porque la cera nos llegó con retraso.

Gracias por su paciencia.

Velas del Albaicín

Si no desea recibir más mensajes nuestros, responda BAJA a este correo.""",
  ["BSM305"], "Opt-out instruction: reply BAJA.")

m("reply", "text", "Re: Paquete dañado – {OID}",
  """Buenos días, Sr. Moreno:

Joder, otra vez el puto transportista nos ha destrozado un paquete. Estamos hasta los cojones.

Mañana mismo le enviamos una fuente nueva para el pedido {OID}, sin coste.

Cerámica Alfar Toledano""",
  ["BSM306"], "Spanish profanity in a reply.")

m("delivery-delay", "text", "Atraso no envio – encomenda {OID}",
  """Olá,

Lamentamos informar que a sua toalha de linho (encomenda {OID}) será enviada a 11 de dezembro em vez de 8 de dezembro, porque o nosso fornecedor entregou o tecido com atraso.

Obrigado pela sua paciência.

Com os melhores cumprimentos,
Textiles Montcada""",
  ["BSM104"], "Whole message in Portuguese for an es-ES buyer.")

m("additional-information", "text", "Entrega del pedido {OID}",
  """Estimada Sra. Medina:

Para organizar la entrega de la mesa de centro (pedido {OID}) necesitamos saber si habrá alguien en casa el sábado por la mañana. Lo más rápido es que nos llame al 976 412 388, de martes a sábado.

Gracias,
Muebles Ebro""",
  ["BSM309"], "Seller landline in Spanish national format.")

m("reply", "text", "Re: Medidas de la alfombra – {OID}",
  """Hola:

La alfombra de tu pedido {OID} mide 160 x 230 cm sin contar los flecos. Para cualquier otra duda, Yasmina te atiende también por WhatsApp en el +34 612 48 93 07.

Un saludo,
Alfombras Alcazaba""",
  ["BSM309"], "Seller mobile number in international format.")

m("return-follow-up", "text", "Fotos para su devolución – {OID}",
  """Buenos días:

Para completar la devolución de la chaqueta (pedido {OID}), ¿podría enviarnos dos fotos de la costura defectuosa a postventa@calzadosibarra.es?

Gracias,
Calzados Ibarra""",
  ["BSM308"], "Plain email address in text.")

m("reply", "text", "Re: Presupuesto para 20 unidades – {OID}",
  """Buenos días, Sr. Cortés:

Para un presupuesto de 20 velas iguales a las de su pedido {OID}, escriba a pedidos arroba velasdelalbaicin punto es indicando el aroma.

Un saludo,
Carmen""",
  ["BSM308"], "Obfuscated email address with 'arroba' and 'punto'.")

m("reply", "html", "Re: Cómo lavar la manta – {OID}",
  """<p>Hola:</p>
<p>La manta de tu pedido {OID} se lava a 30 °C con programa de lana. Tienes todos los consejos en nuestra <a href="https://www.textilesmontcada.es/guia/lavado-lana-merino">guía de lavado de la lana merino</a>.</p>
<p>Montse – Textiles Montcada</p>""",
  ["BSM302"], "https link to the seller's own site with descriptive text.")

m("review-request", "html", "Su opinión sobre el pedido {OID}",
  """<p>Estimada Sra. Rubio:</p>
<p>Recibió el bote para té (pedido {OID}) hace una semana. Nos interesa su opinión, sea buena o mala.</p>
<p><a href="http://www.amazon.es/review/create-review?asin=B0D6WQ1Z7C">Escribir una opinión sobre el bote para té en Amazon.es</a></p>
<p>Marta – Té y Hierro</p>""",
  ["BSM301"], "Insecure http link to Amazon with descriptive text.")

m("delivery-delay", "html", "Su manta llegará pronto – {OID}",
  """<p>Buenos días:</p>
<p>La manta de su pedido {OID} saldrá el 9 de diciembre en lugar del 4, porque la lana llegó tarde.</p>
<p><img src="https://m.media-amazon.com/images/S/seller-assets/manta-lana-merino-gris.jpg" alt="Manta de lana merino gris 130 x 170 cm" width="300"></p>
<p>Gracias por su paciencia,<br>Textiles Montcada</p>""",
  ["BSM310"], "Photo of the purchased product.")

m("delivery-delay", "html", "Retraso en la entrega – {OID}",
  """<p>Estimado Sr. Lorenzo:</p>
<p>La nevada ha cortado el acceso a nuestro taller de Albarracín: el juego de cuchillos (pedido {OID}) saldrá el 15 de diciembre en lugar del 10.</p>
<p><img src="https://m.media-amazon.com/images/S/seller-assets/arbol-navidad-luces.jpg" alt="Árbol de Navidad con luces" width="300"></p>
<p>Ander – Cuchillería Albarracín</p>""",
  ["BSM311"], "Stock image unrelated to the shop (a Christmas tree).")

m("additional-information", "html", "Color del hilo – {OID}",
  """<p><img src="https://m.media-amazon.com/images/S/seller-assets/logo-textiles-montcada.png" width="140" height="50"></p>
<p>Buenos días:</p>
<p>Para bordar el nombre en el cojín de su pedido {OID}, ¿prefiere hilo azul marino o granate?</p>
<p>Montse – Textiles Montcada</p>""",
  ["BSM402"], "Shop logo without an alt attribute.")

m("additional-information", "text", "Tu pedido {OID} ✨",
  """¡Hola, Paula!

Para la vela personalizada de tu pedido {OID}, ¿qué nombre quieres en la etiqueta? 🙂

¡Gracias!
Carmen""",
  ["BSM403"], "Emoji in subject and body.")

m("reply", "text", "Re: Plazos – {OID}",
  """Hola, Andrés:

Tranquilo, los cuencos de tu pedido {OID} estarán listos el jueves como te dijimos :D

Rocío""",
  ["BSM403"], "Text emoticon :D.")

m("delivery-delay", "html", "Nueva fecha de envío – {OID}",
  """<style>
.cabecera { font-size: 23px; }
.saludo { font-size: 17px; }
.cuerpo { font-size: 13px; }
.pie { font-size: 10px; }
</style>
<p class="cabecera">Retraso en el envío</p>
<p class="saludo">Estimada Sra. Cano:</p>
<p class="cuerpo">El juego para fondue de su pedido {OID} se enviará el 14 de diciembre en lugar del 9, por un retraso de nuestro proveedor.</p>
<p>Gracias por su comprensión.</p>
<p class="pie">Olivares del Sur, S.L. – CIF B-23516478</p>""",
  ["BSM410"], "Four explicit font sizes in a style block besides the default.")

m("additional-information", "html", "Medidas de la funda – {OID}",
  """<p>Buenos días:</p>
<p>Para la funda a medida de su pedido {OID}, ¿puede confirmarnos la profundidad del asiento en centímetros?</p>
<p></p>
<p></p>
<p>&nbsp;</p>
<p>Empezamos a cortar en cuanto recibamos su respuesta.</p>
<p>Gracias,<br>Muebles Ebro</p>""",
  ["BSM412"], "Empty paragraphs between paragraphs.")

m("return-follow-up", "text", "[Importante] Su devolución – pedido {OID}",
  """Buenos días:

Para completar la devolución de las zapatillas de su pedido {OID}, ¿nos puede indicar si la caja original está en buen estado?

Gracias,
Calzados Ibarra""",
  ["BSM110"], "[Importante] tag on a return follow-up.")

m("reply", "text", "Re: Instrucciones de montaje – {OID}",
  """Hola:

Las instrucciones de montaje de la estantería de tu pedido {OID} también están en la página del producto en Amazon: https://www.amazon.es/dp/B0C7MN4T2X

Un saludo,
Muebles Ebro""",
  ["BSM401"], "Bare Amazon URL as link text.")

# ---------------------------------------------------------------- vary (2)
m("review-request", "html", "Su opinión sobre la tabla – {OID}",
  """<p>Buenos días:</p>
<p>Hace unos días recibió la tabla de olivo de su pedido {OID}. Si le apetece, puede contar su experiencia en una reseña en la página del producto en Amazon.</p>
<p>Un saludo,<br>Javier – Olivares del Sur</p>
<img src="https://t.mailstat-pixel.com/open.png?uid=8841207&amp;cid=rv-1225" width="1" height="1" alt="">""",
  ["BSM307", "BSM402"], "1x1 tracking pixel with tracking parameters and empty alt.")

m("delivery-delay", "text", "Retraso en el envío – pedido {OID}",
  """Hola, Sr. Domínguez:

We are sorry to inform you that your canvas backpack (order {OID}) will ship on 12 December instead of 8 December, because the replacement zip has not arrived yet.

Thank you for your patience.

Kind regards,
Mochilas Camino""",
  ["BSM104"], "Greeting and subject in Spanish but the body in English.")


MESSAGES = []
for _i, (_t, _f, _s, _b, _e, _n) in enumerate(_R, 1):
    _o = _oid(_i)
    MESSAGES.append({
        "id": "v10-%s-%03d" % (LANG, _i),
        "language": LANG,
        "locale": LOCALE,
        "type": _t,
        "format": _f,
        "subject": _s.replace("{OID}", _o),
        "body": _b.replace("{OID}", _o).replace("{OIDNH}", _o.replace("-", "")),
        "order_id": _o,
        "expected": _e,
        "note": _n,
    })
