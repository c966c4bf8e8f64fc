# -*- coding: utf-8 -*-
"""v12 blind evaluation set: Spanish (es-ES)."""

LANG = "es"
LOCALE = "es-ES"


def _oid(n):
    a = (2751904 + n * 9127) % 10_000_000
    b = (8306152 + n * 117361) % 10_000_000
    return "435-%07d-%07d" % (a, b)


O = {n: _oid(n) for n in range(1, 51)}

MESSAGES = []


def _m(n, typ, fmt, subject, body, expected, note):
    MESSAGES.append({
        "id": "v12-es-%03d" % n,
        "language": LANG,
        "locale": LOCALE,
        "type": typ,
        "format": fmt,
        "subject": subject,
        "body": body,
        "order_id": O[n],
        "expected": sorted(expected),
        "note": note,
    })


# ---------------------------------------------------------------- clean (1-17)

_m(1, "delivery-delay", "text",
   "Pedido %s: cambio en la fecha de envío" % O[1],
   """Hola, Lucía:

Te escribimos por tu pedido %s. La cafetera de goteo que elegiste se ha quedado retenida en la aduana de Valencia junto con el resto del contenedor, y no la tendremos en el almacén hasta el jueves 17 de diciembre.

Podremos enviártela el viernes 18, una semana más tarde de lo que indicaba la ficha del producto. Sentimos mucho el retraso.

Un abrazo,
Pablo
Café de Especialidad Turia""" % O[1],
   [], "Plain-text delay in a familiar register with a new dispatch date.")

_m(2, "delivery-delay", "html",
   "Novedades sobre el plazo de su pedido %s" % O[2],
   """<table width="100%%" cellpadding="8" cellspacing="0">
<tr><td>
<p>Estimado Sr. Navarro:</p>
<p>Le informamos de que las <strong>zapatillas de trail Montaña X3 (talla 43)</strong> de su pedido %s no llegarán a nuestro almacén de Zaragoza hasta el <strong>lunes 14 de diciembre</strong>, por un retraso de nuestro proveedor.</p>
<p>Prevemos entregarlas a la empresa de transporte el martes 15 de diciembre, en lugar del 9 de diciembre que figuraba inicialmente.</p>
<p>Disculpe las molestias.</p>
<p>Atentamente,<br>Raquel Lozano<br>Atención al cliente – Deportes Moncayo</p>
<p><small>Deportes Moncayo, S.L. – Calle de Alfonso I, 17, 50003 Zaragoza</small></p>
</td></tr>
</table>""" % O[2],
   [], "Builder HTML table delay; a future hand-over date is not a confirmation.")

_m(3, "order-problem", "text",
   "[Importante] Pedido %s: artículo sin existencias, importe ajustado" % O[3],
   """Estimada Sra. Ortega:

Lamentamos comunicarle que no podremos enviarle la lámpara de pie «Nórdica» de su pedido %s: la última unidad que teníamos llegó dañada del proveedor y el fabricante ha dejado de producir este modelo.

Ya hemos ajustado el importe total del pedido (119,00 €) indicando como motivo la falta de existencias. El reembolso aparecerá en su método de pago en los próximos días hábiles; no tiene que hacer nada.

Le pedimos disculpas,
Ignacio Ferrer
Iluminación Ferrer, Sevilla""" % O[3],
   [], "Order problem with [Importante]: amount adjusted for no stock, critical type so clean.")

_m(4, "additional-information", "text",
   "Pedido %s – necesitamos la graduación" % O[4],
   """Buenos días, Sr. Molina:

Para montar los cristales de las gafas de lectura de su pedido %s necesitamos saber la graduación que desea para cada ojo (por ejemplo, +1,50 en el derecho y +1,75 en el izquierdo).

En cuanto nos la indique respondiendo a este mensaje, pasamos el pedido al taller.

Saludos cordiales,
Óptica Marín, Murcia""" % O[4],
   [], "Request for information (lens strength) needed to fulfil the order.")

_m(5, "return-follow-up", "text",
   "Su devolución del pedido %s" % O[5],
   """Estimado Sr. Castillo:

Hemos recibido su solicitud de devolución de la mochila del pedido %s, en la que nos indica que una de las hebillas está rota.

Si prefiere quedarse con la mochila, podemos ofrecerle un reembolso parcial de 12,00 € y enviarle una hebilla de recambio sin coste. Basta con que nos responda «de acuerdo». Si prefiere seguir adelante con la devolución completa, la tramitaremos tal como la ha solicitado.

Un saludo,
Equipo de postventa – Mochilas Pirineo""" % O[5],
   [], "Return follow-up offering a partial refund.")

_m(6, "return-follow-up", "text",
   "Pedido %s: una pregunta sobre la devolución" % O[6],
   """Buenas tardes:

En su pedido %s había dos altavoces de la misma referencia y la solicitud de devolución no indica cuál nos envía. ¿Podría decirnos el número de serie del altavoz que va a devolver? Está en la etiqueta de la base y empieza por SP-26.

Sin ese dato no podemos cerrar la devolución ni emitir el reembolso.

Gracias de antemano,
Soporte SonidoMax""" % O[6],
   [], "Return follow-up asking for the serial number.")

_m(7, "invoice", "text",
   "Factura n.º 2026/ES/0412 – pedido %s" % O[7],
   """Estimados señores:

Adjuntamos la factura n.º 2026/ES/0412, de fecha 1 de diciembre de 2026, correspondiente a su pedido %s (impresora láser, 242,00 € IVA incluido, de los cuales 42,00 € corresponden al IVA del 21 %%).

Datos fiscales del emisor:
Suministros Ofimáticos Levante, S.L.
Calle de Sorní, 14, 3.º B – 46004 Valencia
CIF B46812753
Inscrita en el Registro Mercantil de Valencia, Tomo 10234, Folio 112, Hoja V-178432

Atentamente,
Departamento de administración""" % O[7],
   [], "Invoice with CIF and Registro Mercantil data and a slashed invoice number.")

_m(8, "review-request", "text",
   "¿Qué le ha parecido? – pedido %s" % O[8],
   """Buenos días, Sra. Romero:

Hace unos días recibió el aceite de oliva virgen extra de su pedido %s. Cuando lo haya probado, nos gustaría conocer su opinión en Amazon: las valoraciones, sean del tipo que sean, ayudan a otros compradores a decidir.

Puede dejarla desde «Mis pedidos» en su cuenta.

Un cordial saludo desde Jaén,
Almazara Los Olivillos""" % O[8],
   [], "Neutral plain-text review request.")

_m(9, "review-request", "html",
   "Su opinión sobre el pedido %s" % O[9],
   """<p><img src="https://img.mailcdn.eu/u/70331/logo-papeleria-la-pluma.png" alt="Logotipo de Papelería La Pluma" width="170" height="56"></p>
<p>Hola, Jorge:</p>
<p>Hace una semana que recibiste el cuaderno de acuarela de tu pedido %s. Si ya lo has estrenado, tu experiencia puede servir a otras personas que estén dudando.</p>
<p>Para contarla: <a href="https://www.amazon.es/review/review-your-purchases/?_encoding=UTF8&amp;asin=B0CK4XR8PD">escribir una opinión del cuaderno en Amazon</a>.</p>
<p>Un saludo,<br>Marta Gil<br>Papelería La Pluma, Salamanca</p>""" % O[9],
   [], "HTML review request with shop logo (alt names shop) and descriptive https Amazon link.")

_m(10, "delivery-scheduling", "text",
   "Entrega de su frigorífico – pedido %s" % O[10],
   """Estimada Sra. Delgado:

El frigorífico americano de su pedido %s pesa 118 kg y lo entregan dos operarios hasta la cocina, por lo que necesitamos acordar una cita. Le proponemos estas franjas:

- martes 15 de diciembre, de 9:00 a 13:00 h
- miércoles 16 de diciembre, de 16:00 a 20:00 h
- sábado 19 de diciembre, de 9:00 a 14:00 h

Indíquenos cuál le viene mejor y si hay ascensor en el edificio.

Atentamente,
Logística – Electrohogar Cádiz""" % O[10],
   [], "Delivery scheduling for a heavy appliance with time slots.")

_m(11, "home-service-appointment", "text",
   "Instalación de su aire acondicionado – pedido %s" % O[11],
   """Buenas tardes, Sr. Prieto:

Con el pedido %s contrató también la instalación del aire acondicionado. Nuestro técnico, Rubén, puede pasar por su domicilio en Getafe:

• jueves 10 de diciembre a las 9:30 h
• lunes 14 de diciembre a las 15:00 h

La instalación dura unas tres horas. Díganos qué día le va bien respondiendo a este mensaje.

Un saludo,
Servicio técnico – ClimaSur Instalaciones""" % O[11],
   [], "Home-service appointment (air conditioning installation).")

_m(12, "custom-design-verification", "html",
   "Prueba de diseño de su camiseta – pedido %s" % O[12],
   """<p>Hola, Andrea:</p>
<p>Te adjuntamos la prueba de diseño de las camisetas personalizadas de tu pedido %s (archivo <em>prueba_camisetas_despedida_Andrea.pdf</em>).</p>
<p>Revisa, por favor:</p>
<ul>
<li>el texto «Despedida de Andrea – Cádiz 2027»;</li>
<li>el tamaño del estampado en la espalda;</li>
<li>las tallas: 4 S, 5 M y 3 L.</li>
</ul>
<p>Si está todo bien, contesta «aprobado» y pasamos a producción; si no, dinos qué cambiamos.</p>
<p>¡Gracias!<br>Nacho – Estampados La Caleta</p>""" % O[12],
   [], "Design proof for custom T-shirts with the PDF attached.")

_m(13, "fulfillment-question", "text",
   "Acceso al portal – pedido %s" % O[13],
   """Buenos días, Sra. Vidal:

Para entregar la cómoda de su pedido %s, nuestro transportista tiene que subirla hasta el 5.º piso de su edificio en Gràcia. ¿Nos podría facilitar el código del portal y el nombre que aparece en el interfono?

Al responder, indique por favor nuestra referencia de entrega ENT-2026-30518 y el expediente 44/1187, para que podamos asociar los datos a la entrega correcta.

Muchas gracias,
Logística – Muebles Roble Viejo""" % O[13],
   [], "Door-code question with reference numbers.")

_m(14, "reply", "text",
   "Re: Pregunta sobre la funda – pedido %s" % O[14],
   """Hola, Sr. Herrera:

Sí, la «Premium Leather Laptop Sleeve 14 inch – Dark Brown» de su pedido %s es de piel auténtica, con el interior forrado de microfibra. Para limpiarla basta con un paño seco.

Saludos,
Marroquinería Ubrique Artesana""" % O[14],
   [], "Reply quoting an English product title inside Spanish sentences.")

_m(15, "reply", "text",
   "Re: La batidora no funciona (%s)" % O[15],
   """Estimado Sr. Iglesias:

Sentimos las molestias con la batidora de vaso de su pedido %s.

El aparato está cubierto por la garantía del fabricante durante tres años. Para tramitar la reparación, puede llamar al teléfono de atención de garantías del fabricante, Mixtral Electrodomésticos: 900 814 263 (gratuito, de lunes a viernes de 9:00 a 19:00 h). Tenga a mano el número de serie que aparece en la base.

Atentamente,
Electro Bahía""" % O[15],
   [], "Reply giving the manufacturer's warranty line, marked as such.")

_m(16, "reply", "html",
   "Re: Plazo de confección – pedido %s" % O[16],
   """<p>Buenos días, Sra. Medina:</p>
<p>Los cojines bordados de su pedido %s se confeccionan a mano en nuestro taller; el plazo es de cinco días laborables. El tejido es 100%% algodón y admite lavado a 30 grados.</p>
<p>Quedamos a su disposición para cualquier duda sobre las medidas.</p>
<p>Un saludo,<br>Carmen Medina<br>Gerente</p>
<p><small>Textil Medina, S.L. · Calle Mayor, 42, 28013 Madrid · CIF B87654321 · Inscrita en el Registro Mercantil de Madrid, Tomo 38741, Folio 60, Hoja M-689512</small></p>""" % O[16],
   [], "Reply with a company-details footer (CIF, Registro Mercantil).")

_m(17, "reply", "text",
   "Re: ¿Cuándo me devolvéis el dinero? – pedido %s" % O[17],
   """Hola, Sergio:

Te resumo cómo va tu devolución:

- número de devolución: DEV-2026-00953
- envío de vuelta con SEUR, seguimiento 0842 6613 9027 55
- recibido en nuestro almacén de Getafe el miércoles 2 de diciembre a las 12:35 h
- reembolso de 74,90 € (importe total del pedido %s) emitido el jueves 3 de diciembre

Según tu banco, puede tardar hasta cinco días hábiles en aparecer.

Un saludo,
Atención al cliente – Herramientas Tajo""" % O[17],
   [], "Reply with return and tracking numbers, dates, times and amounts.")

# ------------------------------------------------------------ violations (18-48)

_m(18, "fulfillment-question", "text",
   "Tu pedido %s ya va de camino" % O[18],
   """Hola, Elena:

¡Buenas noticias! El juego de sartenes de tu pedido %s salió esta mañana de nuestro almacén de Alcalá y ya lo tiene Correos Express. Te llegará en 24-48 horas.

Un saludo,
Menaje Cocina Feliz""" % O[18],
   ["BSM201"], "Shipping confirmation: left the warehouse, now with the carrier.")

_m(19, "additional-information", "text",
   "Hemos recibido su pedido %s" % O[19],
   """Buenos días:

Le confirmamos que su pedido %s (dos latas de pimentón de la Vera y un surtido de especias) ha entrado correctamente en nuestro sistema y ya lo estamos preparando.

Un cordial saludo,
Especias del Tiétar""" % O[19],
   ["BSM201"], "Order received and being prepared: an order confirmation.")

_m(20, "fulfillment-question", "text",
   "¡Gracias! – pedido %s" % O[20],
   """Querido cliente:

Solo queríamos darle las gracias de corazón por confiar en nuestras velas artesanas con su pedido %s. Para un taller pequeño como el nuestro, cada compra es un regalo.

Mil gracias,
Rocío y Álvaro – Velas del Sur""" % O[20],
   ["BSM202"], "Thanks-only message.")

_m(21, "reply", "text",
   "Pedido %s" % O[21],
   """Buenas tardes, Sr. Cano:

Le escribimos únicamente para recordarle que, si surgiera cualquier inconveniente con su pedido %s, nuestro equipo estará encantado de echarle una mano.

Saludos,
Equipo Informática Guadalquivir""" % O[21],
   ["BSM202"], "Only offers help in case a problem comes up.")

_m(22, "delivery-delay", "text",
   "Pequeño retraso en su pedido %s" % O[22],
   """Estimada Sra. Santos:

El jersey de lana merina de su pedido %s saldrá el sábado 19 de diciembre en lugar del día 12, porque el teñido del hilo ha llevado más tiempo del previsto. Disculpe la espera.

Un saludo,
Tejidos Navarra

P. D.: Hasta el 6 de enero, tiene un 20 %% de descuento en toda la tienda con el código REYES20.""" % O[22],
   ["BSM203"], "Valid delay with a P.S. offering 20 percent off the whole shop.")

_m(23, "review-request", "text",
   "Pedido %s – cuéntanos" % O[23],
   """Hola:

Tu saco de dormir llegó hace una semana (pedido %s). Si te apetece, deja una opinión en Amazon, sea buena o mala; a otros compradores les ayuda mucho.

Y si quieres estar al tanto de nuestras novedades, síguenos en Instagram y TikTok y suscríbete a nuestro boletín: en enero lanzamos la nueva colección de tiendas de campaña.

¡Buenas rutas!
Aventura Sierra Nevada""" % O[23],
   ["BSM203"], "Neutral review request plus follow us, newsletter and new collection.")

_m(24, "review-request", "text",
   "Un detalle para usted – pedido %s" % O[24],
   """Estimado Sr. Domínguez:

Esperamos que el juego de cuchillos de su pedido %s esté a la altura.

En cuanto su valoración aparezca publicada en Amazon, escríbanos el nombre con el que la firmó y le haremos llegar, como muestra de agradecimiento, nuestra tabla de cortar de olivo.

Atentamente,
Cuchillería Albacete Martínez""" % O[24],
   ["BSM204"], "A thank-you gift once the review is published.")

_m(25, "review-request", "text",
   "Pedido %s: le devolvemos el importe" % O[25],
   """Buenos días:

Estamos reuniendo las primeras opiniones de nuestro nuevo cepillo eléctrico. Publique la suya en Amazon y, en cuanto esté visible, le reembolsaremos íntegramente los 29,95 € que pagó por el pedido %s.

Gracias por su apoyo,
SonrisaPlus España""" % O[25],
   ["BSM204"], "Full refund as soon as the review is online.")

_m(26, "reply", "text",
   "Sobre su valoración – pedido %s" % O[26],
   """Estimada Sra. Guerrero:

Hemos visto su opinión de una estrella sobre la tostadora de su pedido %s. El fallo del temporizador se debía a un lote defectuoso que ya hemos retirado, y le hemos ofrecido un cambio sin coste.

Ahora que el problema está aclarado, ¿le importaría revisar la puntuación o, si lo prefiere, eliminar la opinión? Para una tienda pequeña supone muchísimo.

Un saludo,
Pequeño Electro Logroño""" % O[26],
   ["BSM205"], "Asks to revise or delete an existing one-star review.")

_m(27, "review-request", "text",
   "¿Qué tal descansa? – pedido %s" % O[27],
   """Estimado Sr. Rubio:

El colchón viscoelástico de su pedido %s ya lleva unas noches en su casa.

Si está contento con él, nos encantaría que lo contara en una opinión en Amazon. Y si algo no le convence, antes de escribir nada allí, hable con nosotros: lo solucionaremos en privado.

Que descanse,
Colchones Sueño Dorado""" % O[27],
   ["BSM206"], "Review only if happy; unhappy buyers steered to the seller.")

_m(28, "review-request", "html",
   "Un favor pequeñito – pedido %s" % O[28],
   """<p>¡Hola, Dani!</p>
<p>Esperamos que el juego de mesa «Corsarios del Estrecho» de tu pedido %s esté triunfando en casa.</p>
<p>Para una editorial pequeña, la puntuación máxima en Amazon lo es todo: si nos dejas las cinco estrellas, nos ayudas un montón.</p>
<p>Un abrazo,<br>Ediciones Tarifa</p>""" % O[28],
   ["BSM206"], "Asks for a five-star rating.")

_m(29, "order-problem", "text",
   "Pedido %s – artículo agotado" % O[29],
   """Estimada Sra. Moreno:

El vestido de fiesta en talla 40 de su pedido %s está agotado y el proveedor no lo volverá a fabricar. Hemos ajustado el importe total del pedido por falta de existencias.

Para cerrarlo cuanto antes, lo más rápido es que solicite usted misma la cancelación desde «Mis pedidos» en Amazon.

Lo sentimos mucho,
Boutique Alba, Málaga""" % O[29],
   ["BSM108"], "Adjustment confirmed but the buyer is advised to cancel herself.")

_m(30, "order-problem", "text",
   "Incidencia con su pedido %s" % O[30],
   """Buenos días, Sr. Peña:

El robot cortacésped de su pedido %s ya no está disponible: la última unidad se vendió en tienda ese mismo día.

Le agradeceríamos mucho que solicitara la cancelación del pedido desde su cuenta de Amazon.

Disculpe las molestias,
Jardinería El Almendro""" % O[30],
   ["BSM107", "BSM108"], "Out of stock, asks for a cancellation request, no adjustment confirmed.")

_m(31, "review-request", "text",
   "Su opinión – pedido %s" % O[31],
   """Buenos días:

Las mermeladas de su pedido %s llegaron la semana pasada. Una opinión en Amazon, del tipo que sea, ayuda a otros clientes a elegir.

Si no desea recibir más mensajes nuestros, conteste BAJA a este correo y le daremos de baja de nuestros envíos.

Conservas La Abuela Pilar""" % O[31],
   ["BSM305"], "Neutral review request with a reply-BAJA opt-out instruction.")

_m(32, "reply", "text",
   "Re: El paquete sigue sin llegar – pedido %s" % O[32],
   """Hola, Sr. Calvo:

Tiene toda la razón. La puta empresa de transporte nos ha perdido otros tres paquetes esta semana, entre ellos el suyo (pedido %s); esto es una mierda y estamos hasta los cojones.

Le mandamos otro faro para la bici el lunes, a nuestro cargo.

Quique – Bicis Luz""" % O[32],
   ["BSM306"], "Spanish profanity in a seller reply.")

_m(33, "delivery-delay", "text",
   "Atraso na encomenda %s" % O[33],
   """Caro cliente,

O relógio de parede da sua encomenda %s só será enviado na sexta-feira, 18 de dezembro, em vez de 9 de dezembro, devido a um atraso de produção do nosso fornecedor.

Pedimos desculpa pelo incómodo.

Com os melhores cumprimentos,
Relojoaria Braga""" % O[33],
   ["BSM104"], "Delivery delay written entirely in Portuguese to a Spanish buyer.")

_m(34, "reply", "text",
   "Re: Medidas de la esterilla – pedido %s" % O[34],
   """Hola, Sra. Herrero:

La esterilla de yoga de su pedido %s mide 183 × 61 cm y tiene 6 mm de grosor. Si prefiere que lo hablemos, llámeme sin problema al 612 48 93 07, suelo estar disponible por las mañanas.

Namasté,
Irene – Yoga Mediterráneo""" % O[34],
   ["BSM309"], "Seller's mobile number in Spanish national format.")

_m(35, "delivery-scheduling", "text",
   "Entrega de su estufa – pedido %s" % O[35],
   """Buenos días, Sr. Serrano:

La estufa de leña de su pedido %s (146 kg) se entrega en palé con camión de trampilla. Nuestro conductor puede pasar el lunes 14 o el martes 15 de diciembre, de 8:00 a 13:00 h.

Para fijar el día, lo más cómodo es llamar a nuestra oficina de transporte al +34 974 22 68 15; si no, respóndanos por aquí.

Atentamente,
Chimeneas Huesca""" % O[35],
   ["BSM309"], "Seller's transport office number in international +34 format.")

_m(36, "reply", "text",
   "Re: Factura a nombre de la asociación – pedido %s" % O[36],
   """Buenas tardes, Sr. Vega:

Claro, podemos emitir de nuevo la factura del pedido %s a nombre de su asociación. Envíeme los datos completos a facturacion@imprentasoler.es y se la preparo hoy mismo.

Un saludo,
Nuria Soler
Imprenta Soler""" % O[36],
   ["BSM308"], "Plain e-mail address in a reply.")

_m(37, "additional-information", "text",
   "Fotos para el retrato – pedido %s" % O[37],
   """Hola, Sra. Pascual:

Para pintar el retrato de su perro (pedido %s) necesito dos o tres fotos nítidas, de frente y de perfil.

Como los archivos suelen pesar demasiado para la mensajería, puede mandármelas a estudio arroba retratosdeines punto es, indicando su nombre.

¡Gracias!
Inés – Retratos de Inés""" % O[37],
   ["BSM308"], "Obfuscated e-mail address written with 'arroba' and 'punto'.")

_m(38, "reply", "html",
   "Re: Cuidado de la tabla – pedido %s" % O[38],
   """<p>Buenos días, Sr. Fuentes:</p>
<p>Para la tabla de madera de haya de su pedido %s basta con aceite de uso alimentario una vez al mes. Lo tenemos todo explicado en nuestra <a href="https://www.maderasdelmoncayo.es/consejos/cuidado-tablas">guía de cuidado de tablas de madera</a>.</p>
<p>Un saludo,<br>Maderas del Moncayo</p>""" % O[38],
   ["BSM302"], "Descriptive https link to the seller's own site.")

_m(39, "return-follow-up", "html",
   "Su devolución – pedido %s" % O[39],
   """<p>Estimada Sra. Carrasco:</p>
<p>Para completar la devolución de las botas de su pedido %s necesitamos saber si prefiere cambiarlas por la talla 38 o recibir el reembolso.</p>
<p>Puede consultar el estado de la solicitud en <a href="http://www.amazon.es/gp/css/returns/homepage.html">sus devoluciones en Amazon</a>.</p>
<p>Atentamente,<br>Calzados Carrasco</p>""" % O[39],
   ["BSM301"], "Descriptive link to Amazon over plain http.")

_m(40, "review-request", "html",
   "Su manta – pedido %s" % O[40],
   """<p>Buenos días:</p>
<p><img src="https://img.mailcdn.eu/u/70594/manta-lana-gris-130x170.jpg" alt="Manta de lana gris 130 x 170 cm" width="300" height="225"></p>
<p>Hace una semana que recibió la manta de su pedido %s. Si tiene unos minutos, su opinión en Amazon será útil para otros compradores.</p>
<p>Un saludo,<br>Mantas de Grazalema</p>""" % O[40],
   ["BSM310"], "Embeds a photo of the purchased blanket.")

_m(41, "delivery-delay", "html",
   "Pedido %s: un poco de paciencia" % O[41],
   """<p>Estimado Sr. Lorenzo:</p>
<p><img src="https://images.stockphoto-eu.com/navidad/arbol-navidad-luces.jpg" alt="Árbol de Navidad con luces" width="380" height="250"></p>
<p>Las guirnaldas luminosas de su pedido %s saldrán el jueves 17 de diciembre en lugar del día 11, por la acumulación de pedidos de estas fechas.</p>
<p>Disculpe la espera,<br>Decoración Brillo</p>""" % O[41],
   ["BSM311"], "Stock Christmas-tree image unrelated to the shop.")

_m(42, "delivery-delay", "html",
   "Pedido %s – nueva fecha de envío" % O[42],
   """<p><img src="https://img.mailcdn.eu/u/70712/logo-herbolario-el-romero.png" alt="" width="150" height="50"></p>
<p>Buenos días, Sra. Gallego:</p>
<p>Las infusiones de su pedido %s se enviarán el lunes 14 de diciembre: la manzanilla de nuestro proveedor se cosechó más tarde este año.</p>
<p>Un saludo,<br>Herbolario El Romero</p>""" % O[42],
   ["BSM402"], "Shop logo with an empty alt attribute.")

_m(43, "review-request", "text",
   "¿Nos cuentas? 😊 – pedido %s" % O[43],
   """¡Hola, Paula!

Tu tetera nueva lleva una semana contigo (pedido %s) 🫖 Si tienes un ratito, una opinión en Amazon nos ayuda muchísimo.

Besos,
Bea de Té y Punto""" % O[43],
   ["BSM403"], "Emoji in subject and body.")

_m(44, "reply", "text",
   "Re: Color del hilo – pedido %s" % O[44],
   """Hola, Sra. Cabrera:

Sí, el hilo de bordar de su pedido %s no destiñe, puede lavarlo a 40 grados sin miedo :D

¡Feliz bordado!
Mercería La Aguja""" % O[44],
   ["BSM403"], "ASCII emoticon :D in an otherwise clean reply.")

_m(45, "delivery-delay", "html",
   "Retraso en el envío – pedido %s" % O[45],
   """<style>
.cabecera { font-size: 23px; }
.saludo { font-size: 18px; }
.texto { font-size: 14px; }
.legal { font-size: 9px; }
</style>
<p class="cabecera"><strong>Información sobre su pedido</strong></p>
<p class="saludo">Estimado Sr. Méndez:</p>
<p class="texto">La cafetera italiana de su pedido %s se enviará el martes 15 de diciembre, ya que la reposición viene con retraso.</p>
<p class="legal">Cafés La Tostadora, S.L. – Calle de Atocha, 98, 28012 Madrid</p>""" % O[45],
   ["BSM410"], "Style block setting four explicit font sizes.")

_m(46, "additional-information", "html",
   "Grabado de la pulsera – pedido %s" % O[46],
   """<p>Hola, Sra. Aguilar:</p>
<p>Para grabar la pulsera de su pedido %s, ¿nos confirma el nombre exacto, con tilde o sin ella?<br><br><br><br>Esperamos su respuesta para empezar el trabajo.</p>
<p>Joyería Aurora</p>""" % O[46],
   ["BSM412"], "Run of four <br> tags in a row.")

_m(47, "return-follow-up", "text",
   "[Importante] Devolución del pedido %s" % O[47],
   """Estimado Sr. Ramos:

Para completar la devolución de la aspiradora de su pedido %s necesitamos saber si conserva todos los accesorios (cepillo, tubo y cargador). Respóndanos con un sí o un no, por favor.

Atentamente,
Electrodomésticos Ramos""" % O[47],
   ["BSM110"], "[Importante] tag on a return follow-up, which is not critical.")

_m(48, "return-follow-up", "html",
   "Devolución de la chaqueta – pedido %s" % O[48],
   """<p>Hola, Sr. Díaz:</p>
<p>Para terminar la devolución de la chaqueta de su pedido %s nos falta el motivo: ¿talla, color o defecto?</p>
<p>Puede indicarlo en su área de devoluciones pinchando <a href="https://www.amazon.es/gp/css/returns/homepage.html">aquí</a>.</p>
<p>Gracias,<br>Moda Díaz e Hijos</p>""" % O[48],
   ["BSM401"], "Amazon https link whose text is only 'aquí'.")

# ------------------------------------------------------------- varying (49-50)

_m(49, "delivery-scheduling", "html",
   "Elija su franja de entrega – pedido %s" % O[49],
   """<p>Estimada Sra. Soto:</p>
<p>El sofá de su pedido %s necesita una entrega concertada. Marque la franja que prefiera:</p>
<form>
<p><input type="radio" name="franja" value="1"> martes 15 de diciembre, de 9:00 a 13:00 h</p>
<p><input type="radio" name="franja" value="2"> jueves 17 de diciembre, de 15:00 a 19:00 h</p>
<p><button type="submit">Confirmar franja</button></p>
</form>
<p>Atentamente,<br>Sofás Albufera</p>""" % O[49],
   ["BSM312"], "Embedded HTML form with radio buttons and a submit button.")

_m(50, "delivery-delay", "html",
   "Nueva fecha de envío – pedido %s" % O[50],
   """<div style="padding: 20px 140px;">
<p>Estimado Sr. Cortés:</p>
<p>Las cortinas a medida de su pedido %s necesitan dos días más de confección: saldrán el miércoles 16 de diciembre en lugar del lunes 14.</p>
<p>Gracias por su comprensión,<br>Cortinas Levante</p>
</div>""" % O[50],
   ["BSM405"], "Wrapper with 140 px padding on each side: margins over 20 percent of 600 px.")
