# -*- coding: utf-8 -*-
"""v17 blind evaluation set, Spanish (es). Standard library only, deterministic."""

LANG = "es"
PREFIX = "485"


def _order(n):
    mid = (n * 5527183 + 1618033) % 9000000 + 1000000
    end = (n * 3907141 + 1414213) % 9000000 + 1000000
    return "%s-%07d-%07d" % (PREFIX, mid, end)


MESSAGES = []


def _m(n, typ, fmt, subject, body, expected, note, locale="es-ES"):
    o = _order(n)
    subject = subject.replace("{o}", o)
    body = body.strip("\n").replace("{o}", o)
    MESSAGES.append({
        "id": "v17-%s-%03d" % (LANG, n),
        "language": LANG,
        "locale": locale,
        "type": typ,
        "format": fmt,
        "subject": subject,
        "body": body,
        "order_id": o,
        "expected": sorted(expected),
        "note": note,
    })


# ---------------------------------------------------------------- clean (17)

_m(1, "delivery-delay", "text", "Tu pedido {o} se retrasa unos días", """
Hola, Lucía:

Te escribo por tu pedido {o} (manta de lana merina, color mostaza).

Nuestra tejedora de Grazalema ha tenido un contratiempo con el telar y la manta no podrá salir del taller hasta el jueves 17 de diciembre, en lugar del lunes 14. Con los plazos de la agencia, debería llegarte hacia el día 21.

Sentimos mucho la espera y te agradecemos la paciencia.

Un saludo,
Inés Carmona
Mantas de la Sierra
""", [], "Clean plain-text delivery delay with a new dispatch date.")

_m(2, "delivery-delay", "html", "Pedido {o}: nueva fecha de envío", """
<p>Buenos días:</p>
<p>Nos ponemos en contacto con usted en relación con el pedido <strong>{o}</strong>.</p>
<p>El aceite de la nueva cosecha que eligió todavía se está embotellando en la almazara, y preferimos esperar unos días antes que mandarle un producto que no esté en su punto.</p>
<table>
<tr><td>Fecha de envío prevista</td><td>9 de diciembre de 2026</td></tr>
<tr><td>Nueva fecha de envío</td><td>15 de diciembre de 2026</td></tr>
<tr><td>Entrega estimada</td><td>17-18 de diciembre de 2026</td></tr>
</table>
<p>Gracias por su comprensión.<br>Manuel Ortega<br><small>Almazara Ortega, Baeza (Jaén)</small></p>
""", [], "Clean builder-style HTML delay with an unstyled table.")

_m(3, "order-problem", "text", "[Importante] Pedido {o}: artículo no disponible", """
Estimado/a cliente:

Lamentamos comunicarle que no podemos enviar la batidora de vaso de su pedido {o}: la última unidad que nos quedaba llegó dañada del proveedor.

Por ello, hemos ajustado el importe total del pedido, 64,95 €, indicando como motivo «sin existencias» (NoInventory). El reembolso se verá reflejado en su método de pago en unos días hábiles, sin que tenga que hacer nada.

Disculpe las molestias.

Atención al cliente
Menaje Olmedo
""", [], "Clean order problem with [Importante] tag and the full amount adjusted as NoInventory.")

_m(4, "additional-information", "text", "Grabado de tu colgante - pedido {o}", """
Hola, Álvaro:

¡Gracias por tu pedido {o}! Para el grabado del colgante nos ha llegado el campo de texto vacío.

¿Nos puedes decir, contestando a este mensaje:
- el texto que quieres grabar (máximo 15 caracteres con espacios);
- si lo prefieres en letra de palo o en cursiva?

En cuanto lo tengamos, nos ponemos con ello.

Un abrazo,
Marta, taller Plata y Luna
""", [], "Clean request for engraving text needed to complete the order.")

_m(5, "return-follow-up", "text", "Sobre su devolución - pedido {o}", """
Buenas tardes, Sr. Navarro:

Hemos revisado su solicitud de devolución de la lámpara de pie (pedido {o}): la pantalla llegó con una pequeña abolladura, pero la lámpara funciona bien.

Si le parece, en vez de devolvernos todo, le proponemos un reembolso parcial de 18,00 € y se queda con la lámpara. Basta con que nos conteste «de acuerdo» y lo tramitamos enseguida. Si prefiere la devolución completa, por supuesto también es posible.

Atentamente,
Jorge Salinas
Iluminación Salinas
""", [], "Clean return follow-up offering a partial refund.")

_m(6, "return-follow-up", "text", "Devolución del pedido {o}: nos falta un dato", """
Buenos días:

Ya tenemos registrada su solicitud de devolución del pedido {o} (botas de montaña, talla 43).

Para que el almacén pueda cerrar el expediente necesitamos saber una cosa: ha marcado «talla incorrecta», pero en el comentario menciona una suela despegada. ¿Cuál de los dos motivos aplica? Si es la suela, con un par de fotos nos basta.

Gracias de antemano,
El equipo de Cumbres Outdoor
""", [], "Clean return follow-up asking for information needed to complete the return.")

_m(7, "invoice", "text", "Factura 2026/A/0577 - pedido {o}", """
Buenos días:

Le adjuntamos la factura correspondiente a su pedido {o}.

Factura n.º 2026/A/0577, de 04/12/2026
Base imponible: 90,91 €
IVA 21 %: 19,09 €
Total: 110,00 €

Emisor: Cerámicas Talavera Reyes, S.L., C/ Mayor, 14, 45600 Talavera de la Reina (Toledo)
CIF B45123456
Inscrita en el Registro Mercantil de Toledo, tomo 1234, folio 56, hoja TO-23456

Un saludo,
Departamento de administración
""", [], "Clean invoice with a slashed invoice number, CIF and Registro Mercantil data.")

_m(8, "review-request", "text", "¿Qué tal con tu pedido {o}?", """
Hola:

Hace ya unos diez días que te llegó la tetera de hierro fundido (pedido {o}). Somos una tienda pequeña y cualquier opinión, buena o no tan buena, nos ayuda a mejorar y ayuda a otros compradores a decidirse.

Si tienes un momento, puedes dejar tu reseña en la página del producto, desde «Mis pedidos» en tu cuenta de Amazon.

Gracias por confiar en nosotros,
Carmen, de El Rincón del Té
""", [], "Clean neutral review request in plain text.")

_m(9, "review-request", "html", "Su opinión sobre el pedido {o}", """
<p><img src="https://cdn.jaboneriaalbaicin.es/mail/logo-jaboneria-albaicin.png" alt="Logo Jabonería Albaicín" width="150" height="50"></p>
<p>Estimada Sra. Romero:</p>
<p>Han pasado unos días desde que recibió los jabones artesanos (pedido {o}). Su opinión, sea cual sea, es muy valiosa para nuestro pequeño obrador.</p>
<p>Si quiere compartirla: <a href="https://www.amazon.es/review/create-review?asin=B0D1H6K3XV">escribir una opinión sobre los jabones en Amazon</a>.</p>
<p>Un saludo,<br>Rocío y Laura<br><small>Jabonería Albaicín, jabones en frío desde 2014</small></p>
""", [], "Clean HTML review request with a logo whose alt names the shop and a descriptive https Amazon link.")

_m(10, "delivery-scheduling", "text", "Entrega de su sofá - pedido {o}", """
Buenos días, Sr. Delgado:

El sofá de tres plazas de su pedido {o} (un bulto de 78 kg) se entrega con cita previa, subido a domicilio y colocado en la estancia que elija.

Para su zona (Getafe) la agencia nos ofrece estas franjas:
- martes 15 de diciembre, de 9:00 a 13:00
- miércoles 16 de diciembre, de 15:00 a 19:00
- sábado 19 de diciembre, de 9:00 a 14:00

¿Nos indica qué franja le viene mejor, en qué planta vive y si el edificio tiene ascensor?

Atentamente,
Elena Prieto
Muebles Prieto Madrid
""", [], "Clean scheduling of a bulky delivery with dates and time slots.")

_m(11, "home-service-appointment", "html", "Cita para la instalación - pedido {o}", """
<p>Hola:</p>
<p>Para instalar el termo eléctrico de tu pedido {o}, nuestro técnico, Raúl, estará por tu zona la semana que viene.</p>
<p>Huecos disponibles:</p>
<ul>
<li>lunes 14/12, de 8:00 a 10:00</li>
<li>lunes 14/12, de 16:00 a 18:00</li>
<li>miércoles 16/12, de 10:00 a 12:00</li>
</ul>
<p>La instalación lleva unas dos horas. Contéstanos con el hueco que prefieras y listo.</p>
<p>Hasta pronto,<br>Equipo de instalaciones, Clima Levante</p>
""", [], "Clean home-service appointment with time slots.")

_m(12, "custom-design-verification", "text", "Prueba de diseño de tus invitaciones - pedido {o}", """
Hola, Paula:

Te adjuntamos la prueba de diseño de las invitaciones de boda de tu pedido {o}, en PDF.

Antes de imprimir, revisa por favor:
- nombres: «Paula & Sergio»;
- fecha y hora: sábado 12 de junio de 2027, a las 18:30;
- lugar: Finca Los Olivos, Ronda.

Si está todo bien, contesta «diseño aprobado». Si no, dinos qué hay que cambiar y te mandamos otra prueba en el día.

Un saludo,
Noelia - Papelería Amapola
""", [], "Clean custom design proof with dates and times to verify.")

_m(13, "fulfillment-question", "text", "Código de acceso para la entrega - pedido {o}", """
Buenos días:

La dirección de entrega del pedido {o} está dentro de una urbanización con acceso controlado (expediente ENT-2026/4418, n.º de cliente 55-2093).

¿Podría indicarnos el código de la puerta y el portal o la escalera? Solo se lo facilitaremos al repartidor para esta entrega.

Muchas gracias,
Logística - Ibéricos Dehesa Real
""", [], "Clean fulfillment question asking for a door code, with reference numbers.")

_m(14, "reply", "text", "Re: Pregunta sobre la tienda - pedido {o}", """
Hola, Sr. Gil:

Gracias por escribirnos. Sí, somos la misma tienda: en Amazon aparecemos como «The Tea Corner Sevilla» porque empezamos vendiendo a clientes británicos, pero el té y el envío son exactamente los mismos que en su pedido {o}.

El rooibos que compró se prepara con agua a 95 grados y unos cinco minutos de infusión.

Un saludo,
Pilar, The Tea Corner Sevilla
""", [], "Clean reply quoting an English shop name inside Spanish sentences.")

_m(15, "reply", "text", "Re: la cafetera pierde agua (pedido {o})", """
Estimada Sra. Castro:

Sentimos lo ocurrido con la cafetera de su pedido {o}. El aparato tiene tres años de garantía del fabricante.

Las reparaciones en garantía las gestiona directamente el fabricante: teléfono de garantía de Brevia (fabricante), 900 812 445, de lunes a viernes de 9:00 a 18:00. Tenga a mano el número de serie que aparece en la base de la cafetera.

Si en una semana no le han dado respuesta, escríbanos y nos encargamos nosotros.

Atentamente,
Óscar, Electrodomésticos Vega
""", [], "Clean reply with a phone number marked as the manufacturer's warranty line.")

_m(16, "reply", "text", "Re: Re: factura a nombre de la empresa - {o}", """
Buenos días:

Perfecto, volvemos a emitir la factura del pedido {o} a nombre de su empresa, con el domicilio social que nos ha indicado. La recibirá por la mensajería de Amazon antes del lunes.

Un cordial saludo,

Beatriz Molina
Responsable de administración

--
Papelería Molina Hermanos, S.L.
Avda. de la Constitución, 31, 1.º A, 41001 Sevilla
CIF B91234567 - Reg. Merc. de Sevilla, tomo 4521, folio 88, hoja SE-71234
""", [], "Clean reply with a Spanish company-details footer and no phone or e-mail.")

_m(17, "reply", "html", "Re: ¿cuándo me devolvéis el dinero? {o}", """
<p>Hola, Daniel:</p>
<p>Te resumimos cómo va la devolución del pedido {o}:</p>
<ul>
<li>n.º de devolución: DEV-2026-00912</li>
<li>seguimiento del paquete de devolución: SEUR 7702 4418 5531</li>
<li>paquete recibido en nuestro almacén el martes 1 de diciembre a las 12:05</li>
<li>reembolso de 45,60 € tramitado el 2 de diciembre</li>
</ul>
<p>Según el banco, el importe aparece en la cuenta en 3-5 días hábiles.</p>
<p>Un saludo,<br>Posventa, Ferretería Iglesias</p>
""", [], "Clean reply with return and tracking numbers, dates, times and amounts.")

# ---------------------------------------------------------------- violations (31)

_m(18, "fulfillment-question", "text", "¡Tu paquete ya va de camino! Pedido {o}", """
Hola:

Buenas noticias: tu pedido {o} ha salido esta mañana de nuestro almacén de Zaragoza y ya está en manos de Correos Express. En 24-48 horas lo tienes en casa.

¡Hasta pronto!
El equipo de Turrones Artesanos
""", ["BSM201"], "Shipment confirmation: left the warehouse and handed to the carrier.")

_m(19, "fulfillment-question", "html", "Hemos recibido tu pedido {o}", """
<p>Hola, Nuria:</p>
<p>Tu pedido {o} ya nos ha llegado y lo estamos preparando: la maceta de terracota está ahora mismo en embalaje.</p>
<p>¡Que tengas un buen día!<br>Barro y Verde</p>
""", ["BSM201"], "Order confirmation: received and being prepared.")

_m(20, "fulfillment-question", "text", "¡Gracias! - {o}", """
Hola:

Solo queríamos darte las gracias de corazón por tu pedido {o}. Para un obrador pequeño como el nuestro significa muchísimo.

Un abrazo,
Mermeladas La Abuela Pura
""", ["BSM202"], "Thanks-only message.")

_m(21, "fulfillment-question", "text", "Pedido {o}", """
Estimado Sr. Ramos:

Solo unas líneas para recordarle que, si surgiera cualquier problema con su pedido {o}, aquí nos tiene. No dude en escribirnos.

Atentamente,
Atención al cliente, Herramientas Fuster
""", ["BSM202"], "Only says the seller is there if any problem comes up.")

_m(22, "delivery-delay", "text", "Pedido {o}: envío aplazado", """
Buenos días:

El belén de madera de su pedido {o} saldrá finalmente el 14 de diciembre en lugar del 9, porque nuestro proveedor se ha retrasado con la reposición. Le pedimos disculpas.

Un saludo,
Artesanía Navideña Ruiz

P. D.: Hasta el domingo tenemos un 20 % de descuento en toda la colección de Navidad. ¡Aprovéchelo para sus regalos!
""", ["BSM203"], "Delay notice with a promotional P.S. of 20 % off the collection.")

_m(23, "reply", "text", "Re: talla del jersey - {o}", """
Hola, Irene:

El jersey de tu pedido {o} talla un poco pequeño: si dudas entre dos tallas, coge la mayor.

Por cierto, ¡acabamos de lanzar la nueva colección de invierno! Síguenos en Instagram (nos encuentras como «Punto y Coma Knit») y apúntate a nuestra newsletter para enterarte de todas las novedades.

Un beso,
Punto y Coma
""", ["BSM203"], "Reply inviting to follow the shop, join the newsletter and see the new collection.")

_m(24, "review-request", "text", "Tu opinión nos importa - pedido {o}", """
Hola:

Esperamos que estés disfrutando de la esterilla de yoga (pedido {o}).

Si sacas un momento para dejar una reseña en Amazon, avísanos cuando esté publicada y te mandaremos un pequeño detalle para agradecerte el tiempo.

Namasté,
Zen Store Valencia
""", ["BSM204"], "A small gift promised once the review is published.")

_m(25, "review-request", "text", "Pedido {o} - una propuesta", """
Buenos días, Sr. Cortés:

Le hacemos una propuesta: en cuanto su opinión sobre la lijadora esté publicada, envíenos una captura de pantalla y le devolvemos el importe íntegro del pedido {o}. La lijadora, por supuesto, se la queda.

Un saludo,
Herramientas Pro Cortés
""", ["BSM204"], "Full refund promised as soon as the review is online.")

_m(26, "reply", "text", "Re: sartén rayada - pedido {o}", """
Estimada Sra. Vidal:

Nos alegra mucho saber que ya tiene la sartén de sustitución y que el problema del pedido {o} está resuelto.

Ahora que todo está en orden, ¿sería posible que modificara su valoración de una estrella, o incluso que la eliminara? Para una empresa pequeña como la nuestra pesa muchísimo.

Gracias por su comprensión,
Cocina y Cobre
""", ["BSM205"], "Asks to modify or remove an existing one-star review.")

_m(27, "review-request", "text", "¿Contento con tu compra? {o}", """
Hola:

Hace unos días que recibiste el cinturón (pedido {o}).

Si te ha gustado, ¡una reseña en Amazon nos haría muchísima ilusión! Y si algo no ha ido bien, mejor no pases por las reseñas: escríbenos directamente y lo arreglamos entre nosotros.

Gracias,
Marroquinería Ubrique Sur
""", ["BSM206"], "Review only if satisfied; unhappy buyers steered to contact the shop.")

_m(28, "review-request", "html", "Tu reseña del pedido {o}", """
<p>Hola:</p>
<p>Gracias por elegir nuestras velas aromáticas (pedido {o}).</p>
<p>Nos harías un favor enorme con cinco estrellas en Amazon: es lo que permite que un taller como el nuestro siga adelante.</p>
<p>Con cariño,<br>Cera y Mecha</p>
""", ["BSM206"], "Review request asking for five stars.")

_m(29, "order-problem", "text", "Pedido {o}: sin stock", """
Hola:

Malas noticias: el robot de cocina rojo de tu pedido {o} ya no está disponible en nuestro mayorista. Ya hemos ajustado el importe del pedido con el motivo «no se pudo enviar» (CouldNotShip).

Para cerrarlo cuanto antes, lo más rápido es que lo canceles tú mismo desde «Mis pedidos». Son dos minutos.

Perdona las molestias,
Repostería Dulce Hogar
""", ["BSM108"], "Adjustment confirmed but the buyer is advised to cancel the order themselves.")

_m(30, "order-problem", "text", "Incidencia con su pedido {o}", """
Estimado/a cliente:

El artículo de su pedido {o} (juego de 6 copas grabadas) se ha agotado y el fabricante no tiene prevista una reposición.

Le agradeceríamos que enviara una solicitud de cancelación desde su cuenta de Amazon para que podamos cerrar el pedido.

Reciba un cordial saludo,
Cristalería del Tajo
""", ["BSM107", "BSM108"], "Asks for a cancellation request and never confirms an amount adjustment.")

_m(31, "review-request", "text", "Tu experiencia - pedido {o}", """
Hola:

Tu pedido {o} se entregó hace una semana. Una reseña en la página del producto ayudaría a otros compradores a elegir.

¡Gracias y buen día!
Huerto Urbano Shop

¿No quieres recibir más mensajes nuestros? Responde BAJA y te quitamos de la lista.
""", ["BSM305"], "Neutral review request with an opt-out instruction (reply BAJA).")

_m(32, "reply", "text", "Re: Re: ¡¡el paquete no llega!! {o}", """
Hola:

Tiene toda la razón en estar enfadado. El puto transportista de mierda nos ha perdido media ruta esta semana y estamos hasta los cojones.

Hoy mismo abrimos una reclamación por su pedido {o} y le decimos algo el jueves como muy tarde.

Toni, Vinos del Priorat
""", ["BSM306"], "Reply containing Spanish profanity.")

_m(33, "delivery-delay", "text", "Order {o} - shipping delay", """
Hello,

Your order {o} (paella pan, 40 cm) will ship on 15 December instead of 8 December because our supplier is running late. Apologies for the inconvenience.

Best regards,
Paellas Valencianas
""", ["BSM104"], "Delay notice written entirely in English to an es-ES buyer.")

_m(34, "reply", "text", "Re: falta una pieza - pedido {o}", """
Hola, Sr. Medina:

Efectivamente, en algunas cajas de la estantería (pedido {o}) falta la escuadra de pared. Para ir más rápido, llámenos al taller al 963 41 27 88 y se la enviamos en el día.

Un saludo,
Quique, Madera Viva Valencia
""", ["BSM309"], "Shop landline in Spanish national format.")

_m(35, "reply", "html", "Re: configuración del termostato - {o}", """
<p>Hola:</p>
<p>Para conectar el termostato a la wifi de casa (pedido {o}) es más fácil hablarlo por teléfono: nuestro soporte atiende en el +34 622 18 47 90, también por WhatsApp.</p>
<p>Un saludo,<br>Domótica Pirineos</p>
""", ["BSM309"], "Seller mobile number in international format.")

_m(36, "reply", "text", "Re: fotos del defecto - {o}", """
Hola:

Para las fotos de la tetera desportillada (pedido {o}), la mensajería de Amazon a veces da problemas con archivos grandes. Mándalas mejor a postventa@porcelanasalcora.es y así vamos más rápido.

Gracias,
Porcelanas Alcora
""", ["BSM308"], "Plain e-mail address in a reply.")

_m(37, "reply", "text", "Re: presupuesto para 30 unidades ({o})", """
Buenos días, Sr. Herrera:

Para un presupuesto de 30 unidades escriba a nuestro comercial: ventas arroba tallerdelroble punto es (todo junto). Indique el pedido {o} como referencia.

Un saludo,
Taller del Roble
""", ["BSM308"], "E-mail address obfuscated with 'arroba' and 'punto'.")

_m(38, "reply", "html", "Re: ¿cómo lavo el edredón? {o}", """
<p>Hola, Sra. Lozano:</p>
<p>Gracias por su mensaje sobre el edredón (pedido {o}). Lavado a 30 grados, programa delicado y secado al aire.</p>
<p>Lo tiene todo explicado en nuestra web: <a href="https://www.plumasdelnorte.es/guias/lavado-de-edredones">nuestra guía para lavar edredones de plumas</a>.</p>
<p>Un saludo,<br>Plumas del Norte</p>
""", ["BSM302"], "https link with descriptive text to the seller's own site, not needed for the order.")

_m(39, "reply", "html", "Re: estado del pedido {o}", """
<p>Hola:</p>
<p>Puede seguir el estado del pedido {o} desde <a href="http://www.amazon.es/gp/css/order-history">la página «Mis pedidos» de su cuenta de Amazon</a>.</p>
<p>Un saludo,<br>Relojería Pastor</p>
""", ["BSM301"], "Descriptive link to Amazon over plain http.")

_m(40, "reply", "html", "Re: ¿qué acabado es? pedido {o}", """
<p>Hola:</p>
<p>Le enseño el aplique tal y como se lo entregamos (pedido {o}): el acabado «latón envejecido» es el de la foto.</p>
<p><img src="https://img.lamparasmontes.es/productos/aplique-laton-envejecido.jpg" alt="Aplique de latón envejecido" width="240"></p>
<p>Un saludo,<br>Lámparas Montes</p>
""", ["BSM310"], "Photo of the purchased product.")

_m(41, "delivery-delay", "html", "Pedido {o}: un poquito de paciencia", """
<p><img src="https://cdn.mailcreativo.es/stock/arbol-navidad-luces.jpg" alt="Árbol de Navidad con luces" width="300"></p>
<p>Hola:</p>
<p>Estas fechas nos tienen a tope y tu pedido {o} saldrá el 16 de diciembre en vez del 11. Gracias por entenderlo.</p>
<p>¡Felices fiestas!<br>Jabones del Mediterráneo</p>
""", ["BSM311"], "Stock Christmas tree image unrelated to the shop.")

_m(42, "review-request", "html", "Su opinión - pedido {o}", """
<p><img src="https://static.ceramicasanlucar.es/logo-ceramica-sanlucar.png" alt="" width="120"></p>
<p>Hola:</p>
<p>El cuenco de gres (pedido {o}) le llegó hace una semana. Si lo desea, puede compartir su opinión desde la página del producto en Amazon.</p>
<p>Gracias,<br>Cerámica Sanlúcar</p>
""", ["BSM402"], "Shop logo with an empty alt attribute.")

_m(43, "delivery-delay", "text", "Pedido {o}: retraso 🚚", """
¡Hola!

Pequeño retraso con tu pedido {o}: la libreta de piel saldrá el lunes 14 de diciembre en vez del jueves. Vamos lo más rápido que podemos 😅

¡Buen día!
Papeles Bohemios
""", ["BSM403"], "Emoji in subject and body.")

_m(44, "reply", "text", "Re: color del hilo - {o}", """
Hola, Raquel:

Sí, el hilo es justo el color «verde salvia» que elegiste en el pedido {o}, tranquila :D

¡Hasta pronto!
Ovillos y Compañía
""", ["BSM403"], "Text emoticon :D in a reply.")

_m(45, "additional-information", "html", "Pedido {o}: medidas del marco", """
<style>
.cabecera { font-size: 23px; }
.texto { font-size: 15px; }
.aviso { font-size: 12px; }
.pie { font-size: 10px; }
</style>
<p class="cabecera">Su marco a medida</p>
<p class="texto">Hola, para fabricar el marco del pedido {o} nos falta la medida exacta de la lámina.</p>
<p class="aviso">Indíquenos ancho y alto en centímetros, si puede al milímetro.</p>
<p class="pie">Marcos Artesanos Rivas, C/ Toledo, 22, 28005 Madrid</p>
""", ["BSM410"], "Four explicit font sizes in a <style> block.")

_m(46, "delivery-delay", "html", "Pedido {o}: envío aplazado", """
<p>Buenos días:</p>
<p>El taburete de su pedido {o} se enviará el 18 de diciembre en lugar del 10.</p>
<p></p>
<p>&nbsp;</p>
<p>Disculpe la espera.</p>
<p>Un saludo,<br>Muebles Loft Bilbao</p>
""", ["BSM412"], "Empty paragraphs between paragraphs in HTML.")

_m(47, "return-follow-up", "text", "[Importante] Su devolución del pedido {o}", """
Buenos días:

Sobre la devolución de la mochila (pedido {o}): si lo prefiere, en lugar de devolverla puede quedársela con un reembolso parcial de 10,00 € por el arañazo del cierre. Díganos qué opción elige.

Un saludo,
Mochilas Norte
""", ["BSM110"], "[Importante] tag on a return follow-up that offers a partial refund, which is not critical.")

_m(48, "reply", "text", "Re: instrucciones de montaje - {o}", """
Hola:

Las instrucciones para montar la litera de su pedido {o} están en la ficha del producto en Amazon: https://www.amazon.es/dp/B0CQ7T5L9W

¡Buen montaje!
Dormitorios Alegría
""", ["BSM401"], "Bare Amazon URL in plain text as the only link text.")

# ---------------------------------------------------------------- variable (2)

_m(49, "delivery-scheduling", "html", "Elija su franja de entrega - pedido {o}", """
<p>Hola:</p>
<p>El colchón de su pedido {o} (35 kg) se entrega con cita. Marque la franja que prefiera:</p>
<form>
<p><input type="radio" name="franja" value="1"> martes 15/12, de 9:00 a 14:00</p>
<p><input type="radio" name="franja" value="2"> jueves 17/12, de 15:00 a 20:00</p>
<p><button type="submit">Enviar</button></p>
</form>
<p>Un saludo,<br>Descanso Castilla</p>
""", ["BSM312"], "An HTML form with inputs inside a delivery-scheduling message.")

_m(50, "delivery-delay", "html", "Pedido {o}: nueva fecha", """
<div style="padding: 0 140px;">
<p>Hola:</p>
<p>La tabla de cortar de olivo de su pedido {o} saldrá el martes 15 de diciembre en lugar del viernes 11. Disculpe el contratiempo.</p>
<p>Un saludo,<br>Olivo y Madera</p>
</div>
""", ["BSM405"], "140 px of padding on each side, over 20 % of the 600 px width.")
