# -*- coding: utf-8 -*-
"""v18 blind evaluation set, Spanish (es-ES)."""

MESSAGES = []


def _o(n):
    return "495-%07d-%07d" % (4172389 + n * 17351, 6093441 + n * 27183)


def M(n, typ, fmt, subject, body, expected, note, locale="es-ES", order=None):
    oid = order or _o(n)
    MESSAGES.append({
        "id": "v18-es-%03d" % n,
        "language": "es",
        "locale": locale,
        "type": typ,
        "format": fmt,
        "subject": subject.replace("{O}", oid),
        "body": body.replace("{O}", oid),
        "order_id": oid,
        "expected": sorted(expected),
        "note": note,
    })


# ---------------------------------------------------------------- clean (1-17)

M(1, "delivery-delay", "text",
  "Tu pedido {O}: cambio en la fecha de envío",
  """Hola, Carmen:

Te escribo por tu pedido {O}, la vajilla de loza de Talavera con el dibujo de golondrinas.

Te cuento lo que ha pasado, porque prefiero que lo sepas por nosotros: en la última hornada se nos rajaron dos de los seis platos llanos al sacarlos del horno (el frío de estos días y la loza no se llevan bien) y los estamos volviendo a hacer. Entre secado, primera cocción, pintado a mano y segunda cocción, son unos diez días de taller.

Así que la vajilla, que tenía que salir el martes 8 de diciembre, saldrá el viernes 18 de diciembre. Con mensajería urgente a Valladolid suelen tardar 24-48 horas, o sea que debería llegarte antes de Nochebuena, aunque más justo de lo que nos gustaría.

Y ya que estoy, te contesto a lo que nos preguntaste: sí, se puede meter en el lavavajillas, pero si quieres que el azul aguante muchos años, mejor programa corto y a menos de 50 grados.

Perdona el retraso, de verdad.

Un saludo,
Rocío Gutiérrez
Cerámica Gutiérrez, Talavera de la Reina
C/ Corredera del Cristo 14, 45600 Talavera de la Reina (Toledo)
NIF 04567891K""",
  [], "Clean plain-text delivery delay with explanation, new date and care advice.")

M(2, "delivery-delay", "html",
  "Novedades sobre su pedido {O}",
  """<p>Buenos días, Sr. Navarro:</p>
<p>Le escribimos por su pedido <strong>{O}</strong>: la estantería de roble macizo que compró sigue en el taller de barnizado, porque con la humedad de estas semanas el aceite está tardando más de lo normal en secar.</p>
<table>
<tr><td>Fecha de envío prevista</td><td>lunes, 7/12/2026</td></tr>
<tr><td>Nueva fecha de envío</td><td>miércoles, 16/12/2026</td></tr>
<tr><td>Tipo de entrega</td><td>agencia de transporte con cita previa, hasta el domicilio</td></tr>
</table>
<p>Preferimos enviársela unos días más tarde antes que con la superficie todavía pegajosa. La agencia le avisará el día anterior para acordar la franja horaria.</p>
<p>Si la nueva fecha le supone un problema, díganoslo respondiendo a este mensaje y buscamos una solución.</p>
<p>Atentamente,<br>
Javier Ortega<br>
Muebles Ortega e Hijos, Yecla</p>
<p><small>Muebles Ortega e Hijos, S.L. - Avda. de la Paz 77, 30510 Yecla (Murcia) - CIF B30456712 - Inscrita en el Registro Mercantil de Murcia, Tomo 2871, Folio 45, Hoja MU-71234</small></p>""",
  [], "Clean HTML delivery delay with a date table and a small-print company footer.")

M(3, "order-problem", "text",
  "[Importante] Pedido {O}: un artículo no se ha podido enviar",
  """Buenas tardes:

Le damos la mala noticia cuanto antes: en su pedido {O}, el cojín de terciopelo color mostaza ya no está disponible. La última unidad que quedaba en almacén no pasó el control de calidad (costura abierta junto a la cremallera) y nuestro taller no recibirá más terciopelo de ese color hasta marzo.

Por eso hemos ajustado el importe de su pedido: los 32,90 € del cojín se han descontado con el motivo "sin existencias". El reembolso aparecerá en su método de pago en unos días hábiles, según su banco. Los otros dos artículos (la manta y la funda gris) siguen su curso con normalidad.

Sentimos de verdad las molestias.

Marta Iglesias
Textiles Iglesias, Ontinyent""",
  [], "Clean order problem with [Importante] in the subject and an explicit amount adjustment.")

M(4, "additional-information", "text",
  "Pedido {O} - nos falta un dato para el grabado",
  """Hola, Sr. Romero:

La tabla de cortar de olivo de su pedido {O} está lista para grabar, solo nos falta un detalle: en el campo de personalización nos llegó "Familia Romero - Cádiz 1992", pero la ficha del producto admite como máximo 20 caracteres en una línea.

Puede elegir entre:
- grabarlo en dos líneas, "Familia Romero" arriba y "Cádiz 1992" debajo, con letras del mismo tamaño;
- una sola línea con la letra algo más pequeña (unos 5 mm en lugar de 8 mm).

Si no sabemos nada antes del jueves a mediodía, lo haremos en dos líneas, que suele ser lo que mejor se lee. El plazo de envío no cambia en ningún caso.

Buen día,
Manolo
Maderas del Sur - taller artesano, Ubrique (Cádiz)""",
  [], "Clean request for personalisation information needed to complete the order.")

M(5, "return-follow-up", "text",
  "Devolución pedido {O} - una propuesta",
  """Estimada Sra. Castillo:

Hemos revisado su solicitud de devolución de la manta de lana merina del pedido {O}, y sobre todo las fotos que nos envió: efectivamente hay un hilo enganchado de unos diez centímetros en el borde, y eso no debería pasar.

En lugar de hacerle enviar de vuelta un paquete tan voluminoso, le proponemos, si le parece bien, que se quede la manta y le reembolsamos 30,00 € de los 95,00 € que pagó. Un hilo enganchado se mete hacia dentro muy fácil con una aguja de lana por el revés; si quiere, le explicamos cómo.

Si aun así prefiere la devolución completa, ningún problema: díganoslo y el proceso de devolución seguirá su curso normal.

Un cordial saludo,
Lucía Herrero
Atención al cliente - Lanas de Béjar""",
  [], "Clean return follow-up offering a partial refund.")

M(6, "return-follow-up", "html",
  "Su devolución - pedido {O}",
  """<p>Buenos días, Sr. Domínguez:</p>
<p>Estamos preparando la gestión de la devolución del pedido {O} (olla exprés de acero de 6 litros). Para poder abrir el expediente con el taller necesitamos dos datos, que puede darnos respondiendo a este mensaje:</p>
<ul>
<li>¿el fallo está en la goma de la tapa (pierde vapor por el borde) o en la válvula (no sube o silba sin parar)?</li>
<li>¿la ha usado en placa de inducción con un disco adaptador?</li>
</ul>
<p>No es por poner pegas: según lo que nos diga, la devolución va a nuestro servicio técnico de Vitoria o directamente al fabricante de la válvula, y cambia la dirección de devolución que le daremos.</p>
<p>Gracias de antemano y disculpe las molestias.</p>
<p>Íñigo Etxeberria<br>
Menaje Gasteiz</p>""",
  [], "Clean HTML return follow-up asking for information needed to complete the return.")

M(7, "invoice", "text",
  "Factura de su pedido {O}",
  """Buenos días:

Le adjuntamos la factura n.º FV/2026/001187 correspondiente a su pedido {O}, emitida a nombre de la empresa que indicó en la compra, tal como nos pidió su departamento de administración.

Resumen:
Base imponible: 247,93 €
IVA 21 %: 52,07 €
Total factura: 300,00 €
Fecha de emisión: 04/12/2026

Si hubiera que corregir algún dato (razón social, domicilio fiscal, NIF), basta con responder a este mensaje: emitiremos una factura rectificativa.

Atentamente,

Nuria Serrano
Administración - Luz y Papel, S.L.
C/ Ribera de Curtidores 21, 28005 Madrid
CIF B87654321 - Registro Mercantil de Madrid, Tomo 35.214, Folio 112, Hoja M-633210""",
  [], "Clean invoice with slashed invoice number, IVA figures, CIF and Registro Mercantil details.")

M(8, "review-request", "text",
  "¿Qué tal con su pedido {O}?",
  """Hola, Sra. Molina:

Ya hace más o menos una semana que le llegó la tetera de hierro fundido (pedido {O}), y esperamos que las primeras infusiones hayan ido bien. Un pequeño recordatorio: el hierro esmaltado no se lleva bien con el jabón, basta con aclararla con agua caliente y secarla enseguida.

Si tiene un par de minutos, nos encantaría leer su opinión en Amazon, sea cual sea. Lo que le gustó, lo que no tanto, el peso, la capacidad, el filtro: son justo esos detalles los que ayudan a otros clientes a decidirse, y a nosotros a saber qué modelos seguir teniendo.

Puede dejarla desde "Mis pedidos" en su cuenta de Amazon, junto al artículo.

Que disfrute del té,
Elena y Pablo
La Casa del Té, Granada""",
  [], "Clean neutral plain-text review request with a care tip.")

M(9, "review-request", "html",
  "¿Nos cuenta qué le parece su lámpara? (pedido {O})",
  """<p><img src="https://cdn.tallerdelaluz.es/mail/logo-taller-de-la-luz.png" alt="Logo Taller de la Luz, lámparas artesanas" width="160" height="60"></p>
<p>Buenas tardes, Sr. Vázquez:</p>
<p>Su aplique de latón cepillado (pedido {O}) lleva ya unos días instalado. Fabricamos cada pieza entre tres personas en nuestro taller de Valencia, y las opiniones de quienes las usan a diario son la mejor forma de saber qué funciona y qué hay que mejorar.</p>
<p>Si quiere compartir su experiencia, sea buena o mala, puede hacerlo aquí: <a href="https://www.amazon.es/review/review-your-purchases/?asin=B0F2H8K5WL">escribir una opinión sobre el aplique en Amazon</a>.</p>
<p>Un saludo,<br>
Clara, de Taller de la Luz</p>
<p><small>Taller de la Luz, S.L. - C/ de Cadis 12, 46006 Valencia - CIF B98123456</small></p>""",
  [], "Clean HTML review request with the shop logo (alt names shop) and a descriptive https Amazon link.")

M(10, "delivery-scheduling", "text",
  "Entrega de su sofá - pedido {O}",
  """Buenos días, Sres. Moreno:

El sofá de tres plazas "Triana" (pedido {O}) llega a nuestro almacén de Getafe a final de semana. Embalado pesa algo más de 75 kg, así que la entrega se hace con cita previa y dos operarios, hasta la habitación que ustedes elijan.

Estas son las franjas disponibles para su zona:
- martes 15 de diciembre, de 8:00 a 13:00 h
- miércoles 16 de diciembre, de 13:00 a 18:00 h
- sábado 19 de diciembre, de 8:00 a 12:00 h

Les rogamos que nos indiquen la que mejor les venga respondiendo a este mensaje. Díganos también el piso, si hay ascensor y el ancho de la puerta de entrada si mide menos de 80 cm: así los operarios llevan el material adecuado.

El día de la entrega les avisarán media hora antes de llegar.

Un saludo,
Sara Prieto
Departamento de entregas, Sofás Triana""",
  [], "Clean delivery scheduling for a bulky item with dated time slots.")

M(11, "home-service-appointment", "html",
  "Instalación de su lavavajillas - cita (pedido {O})",
  """<p>Buenos días, Sr. Cabrera:</p>
<p>Tras la compra del lavavajillas integrable con servicio de instalación (pedido {O}), nuestro técnico puede pasar en estas fechas:</p>
<table>
<tr><td><strong>Fecha</strong></td><td><strong>Franja horaria</strong></td></tr>
<tr><td>jueves 10/12/2026</td><td>9:00 - 12:00</td></tr>
<tr><td>viernes 11/12/2026</td><td>14:00 - 17:30</td></tr>
<tr><td>lunes 14/12/2026</td><td>9:00 - 12:00</td></tr>
</table>
<p>Para evitar una segunda visita, le pedimos que compruebe antes:</p>
<ul>
<li>una toma de agua con llave de paso a menos de 1,5 m del hueco;</li>
<li>un desagüe libre (sifón con toma disponible);</li>
<li>un enchufe de 16 A exclusivo.</li>
</ul>
<p>La instalación dura una hora y media de media. Contéstenos con la franja elegida y se la reservamos.</p>
<p>Atentamente,<br>
Raúl Medina<br>
Planificación de instalaciones - Electroservicios Levante</p>""",
  [], "Clean HTML home-service appointment with dates and time slots.")

M(12, "custom-design-verification", "text",
  "Prueba de diseño de sus invitaciones - pedido {O}",
  """Hola, Irene:

Te adjuntamos la prueba de impresión de las invitaciones de boda del pedido {O}: en la parte delantera vuestros nombres en letra cursiva dorada y en la trasera la fecha, la hora y la dirección de la iglesia, tal como lo rellenaste en el formulario.

Antes de imprimir en papel de algodón de 350 gramos, revisa con calma:
1. nombres y apellidos, tildes incluidas;
2. la fecha (sábado 12 de junio de 2027) y la hora (12:30 h);
3. la dirección de la iglesia y la del banquete.

Una cosita: el dorado impreso sale algo más cálido que en la pantalla, es normal.

Si todo está bien, con que nos contestes "prueba aprobada" es suficiente. Si hay que cambiar algo, dinos qué y te mandamos la nueva versión en el día.

Un abrazo,
Valeria
Papelería Las Palabras Bonitas, Zaragoza""",
  [], "Clean custom design verification with a proof attachment described in the text.")

M(13, "fulfillment-question", "text",
  "Pedido {O}: código de acceso para la entrega",
  """Buenos días, Sr. Gil:

Para organizar la entrega de su pedido {O} (el zapatero para montar, dos bultos bastante voluminosos) nos falta un dato: en la dirección pone "Urbanización Los Almendros, portal 3", pero sin código de acceso, y nuestra agencia de bultos grandes no puede dejarlos en la verja.

¿Podría indicarnos en su respuesta:
- el código de la verja y el del portal 3, si son distintos;
- la planta y el nombre del telefonillo, si no es el suyo?

Para su información, su expediente de entrega con nosotros tiene la referencia AGT-2026-093315 y su ficha de cliente el número FC/12/5127: no hace falta que nos los repita, es solo para que sepa de qué se trata si el repartidor se los menciona.

Le pasaremos los códigos a la agencia junto con la hoja de entrega, y solo se usarán para esta entrega.

Muchas gracias,
Beatriz Ramos
Orden en Casa""",
  [], "Clean fulfilment question asking for access codes, with non-phone reference numbers.")

M(14, "reply", "text",
  "RE: Pregunta sobre las medidas - pedido {O}",
  """Hola, Sra. Pascual:

¡Buena pregunta! El modelo que pidió se llama, según el fabricante, "Nomad Weekender Duffel - Large", pero a pesar del "Large" entra en las medidas de equipaje de mano de la mayoría de aerolíneas (55 x 35 x 23 cm, asas incluidas).

Lo hemos comprobado con la unidad que nos queda en almacén: vacía pesa 1,1 kg, y las correas laterales permiten comprimirla 2 o 3 cm si en la puerta de embarque se ponen estrictos.

Para el pedido {O}, la etiqueta interior pondrá talla "L", no se preocupe si la ve.

Buen viaje por adelantado,
Marina
Maletas y Viajes, Málaga""",
  [], "Clean reply quoting an English product title inside Spanish sentences.")

M(15, "reply", "html",
  "RE: La panificadora no funciona (pedido {O})",
  """<p>Buenos días, Sr. Santana:</p>
<p>Sentimos que su panificadora se pare a mitad del amasado. La compra (pedido {O}) tiene menos de tres años, así que está cubierta por la garantía del fabricante.</p>
<p>Lo más rápido es dirigirse directamente al fabricante, que gestiona las reparaciones y cambios en garantía:</p>
<p><strong>Servicio de garantía del fabricante Panadora:</strong> 900 812 345 (gratuito, de lunes a viernes de 9:00 a 18:00 h)</p>
<p>Tenga a mano el número de serie (en la etiqueta debajo del aparato, empieza por PD-) y la fecha de compra. Si le piden el justificante de compra, la factura está en su cuenta de Amazon, en Mis pedidos.</p>
<p>Y si con ellos se complica algo, vuelva a escribirnos y nos encargamos nosotros.</p>
<p>Un saludo,<br>
El equipo de Horno en Casa</p>""",
  [], "Clean reply giving the manufacturer's warranty toll-free line, clearly marked as such.")

M(16, "reply", "text",
  "RE: Factura a nombre de la asociación - {O}",
  """Buenas tardes, Sr. Fuentes:

No hay ningún problema con la factura a nombre de su asociación: hemos anotado "Asociación Cultural Amigos del Molino", Plaza Mayor 3, 44100 Albarracín (Teruel), con el NIF que nos indicó. La tendrá disponible en la página del pedido {O} mañana por la tarde.

Sobre su segunda pregunta: no, al no estar la asociación dada de alta en el IVA, la factura seguirá llevando el IVA incluido.

Y para su tesorero, aquí tiene nuestros datos completos, tal como aparecerán en el documento.

Reciba un cordial saludo,

Esteban Ruiz
Responsable de administración

Ferretería Ruiz Hermanos, S.L.
C/ San Vicente de Paúl 40, 50001 Zaragoza
CIF B50123456
Inscrita en el Registro Mercantil de Zaragoza, Tomo 4.112, Folio 87, Hoja Z-59876
Capital social: 60.000 €""",
  [], "Clean reply with a Spanish company-details footer (CIF, Registro Mercantil, capital).")

M(17, "reply", "text",
  "RE: ¿Cómo va mi reembolso? {O}",
  """Buenos días, Sra. Cano:

Le resumo cómo está la devolución del pedido {O}:

- paquete de devolución entregado en la oficina de Correos el 27/11/2026, número de seguimiento PQ4B6A0712345670128001H;
- recibido en nuestro almacén de Alcalá de Henares el 02/12/2026 a las 10:14;
- revisado el 03/12/2026 (artículo completo, con etiquetas);
- reembolso de 64,90 € tramitado el 04/12/2026 a las 16:02, gastos de devolución de 4,95 € incluidos.

Según el banco, el importe aparece en el extracto entre 3 y 5 días hábiles después de tramitarlo, o sea, más o menos el 10 u 11 de diciembre. Su número de expediente de devolución con nosotros es DEV-2026-11-7719, por si le hace falta.

Buenas tardes,
Nicolás
Atención al cliente, El Armario de Chamberí""",
  [], "Clean reply with a return tracking number, dates, times, amounts and a return reference.")

# ------------------------------------------------------------ violations (18-48)

M(18, "fulfillment-question", "text",
  "¡Tu paquete ya está en camino! (pedido {O})",
  """Hola, Laura:

¡Buenas noticias! Tu pedido {O} ha salido de nuestro almacén esta mañana a primera hora y se lo hemos entregado a SEUR justo después. Tu caja de velas aromáticas va bien protegida entre virutas de papel, tranquila.

Un consejo para el primer encendido: deja que cada vela arda al menos dos horas la primera vez, hasta que se derrita toda la superficie. Si no, la cera hace un pozo en el centro y a partir de ahí la vela solo quema por el medio. Y recorta la mecha a 5 mm antes de cada uso, que así humea mucho menos.

El aroma "Higuera y Cedro" que elegiste es de nuestros favoritos en el taller: en frío es bastante suave y se abre de verdad cuando está encendida, que no te extrañe.

Normalmente la entrega tarda entre 24 y 48 horas en la Península.

¡Hasta pronto!
Ana
Velas de Ana, Cuenca""",
  ["BSM201"], "Shipment confirmation: parcel left the warehouse and was handed to the carrier.")

M(19, "fulfillment-question", "html",
  "Pedido {O} recibido",
  """<p>Buenos días, Sr. León:</p>
<p>Hemos recibido su pedido {O} y ya estamos con él: los tres tarros de miel de romero y el turrón se están preparando en nuestro pequeño obrador.</p>
<p>Lo embalamos todo a mano, con papel reciclado y con especial cuidado con los tarros de cristal.</p>
<p>Un apunte: marcó la opción de regalo, así que en la caja no metemos ningún documento con precios y el turrón va en su papel, sin etiqueta.</p>
<p>En cuanto a la conservación, la miel de romero cristaliza con el frío al cabo de unas semanas. No es ningún defecto: un baño maría templado, nunca por encima de 40 grados, y vuelve a estar líquida.</p>
<p>Que tenga un buen día,<br>
Mieles de la Alcarria</p>""",
  ["BSM201"], "Order confirmation: order received and being prepared.")

M(20, "reply", "text",
  "¡Mil gracias! - pedido {O}",
  """Hola, Sra. Lozano:

¡Muchísimas gracias por su pedido {O}! Para nosotros es una alegría cada vez.

Gracias de nuevo por su confianza, y gracias por elegir una tienda pequeña como la nuestra en lugar de una gran cadena. Significa muchísimo para nosotros.

Un millón de gracias,

Lucía y Pedro
El Hilo de Lucía""",
  ["BSM202"], "Thanks-only message with several paraphrased thanks and nothing else.")

M(21, "fulfillment-question", "text",
  "Pedido {O}",
  """Buenos días:

Solo unas líneas sobre su pedido {O}: si algo no saliera como esperaba, o si tuviera la más mínima duda, sepa que seguimos a su entera disposición.

Nuestro equipo estará encantado de ayudarle, no dude en escribirnos por la mensajería de Amazon.

Que pase un muy buen día,

Atención al cliente
Jardines de Invierno""",
  ["BSM202"], "Only the offer to help if something comes up, no other content.")

M(22, "delivery-delay", "text",
  "Pedido {O}: el envío se retrasa unos días",
  """Buenos días, Sr. Marín:

Su mochila de lona encerada (pedido {O}) saldrá con tres días de retraso: el proveedor de las hebillas de latón nos mandó una serie defectuosa y hemos preferido esperar a la reposición. Nueva fecha de envío: viernes 11 de diciembre.

Para que se haga una idea, son hebillas fundidas a mano por un artesano de Albacete, y en esa serie el hebijón no se quedaba en su sitio. En una mochila que se usa a diario, eso no es un detalle que se pueda pasar por alto.

Para el mantenimiento, la lona encerada se limpia con un paño húmedo, nunca en lavadora. Si con el tiempo se marca, un poco de secador templado por el revés reaviva la cera.

Sentimos las molestias y le agradecemos la paciencia.

Mateo
Guarnicionería El Rocío

P. D.: Hasta el 31 de diciembre tienes un 20 % de descuento en toda la tienda con el código NAVIDAD20. ¡Aprovecha para los regalos!""",
  ["BSM203"], "Delivery delay with a P.S. promoting 20 % off the whole shop with a code.")

M(23, "reply", "html",
  "RE: Cuidado del cuero - pedido {O}",
  """<p>Hola, Sra. Garrido:</p>
<p>Para su cinturón de cuero curtido al vegetal (pedido {O}) basta con un poco de cera de abeja incolora dos veces al año, con un paño suave, y luego sacarle brillo. Evite los productos con silicona, que taponan el poro de la piel.</p>
<p>Y si le apetece ver lo que se cuece en el taller, búsquenos en Instagram y Facebook como Marroquinería Sofía: la nueva colección de bolsos bandolera llega en enero y quienes están suscritos a nuestra newsletter la ven antes que nadie.</p>
<p>Un abrazo,<br>
Sofía</p>""",
  ["BSM203"], "Reply inviting the buyer to follow the shop, a new collection and a newsletter (no links).")

M(24, "review-request", "text",
  "¿Unas palabras sobre su pedido {O}?",
  """Hola, Sra. Calvo:

Esperamos que su juego de fondue ya le haya dado alguna velada estupenda (pedido {O}).

Ya que estamos, con el caquelon: evite pasarlo del fuego fuerte al frío de golpe, el hierro esmaltado no lleva bien los cambios bruscos de temperatura. Y el hornillo se regula girando la rueda, no hace falta tocar la mecha.

Si saca un momento para dejar una opinión en Amazon, nos gustaría agradecérselo como se merece: en cuanto la reseña esté publicada, mándenos una captura y le enviaremos un detallito de la casa, un surtido de nuestras especias para queso.

Felices fiestas,
Quesería Picos de Europa""",
  ["BSM204"], "Review request offering a small gift once the review is published.")

M(25, "review-request", "html",
  "Pedido {O} - su opinión cuenta",
  """<p>Buenos días, Sr. Peña:</p>
<p>¿Está contento con su esterilla de yoga de corcho (pedido {O})?</p>
<p>Estamos con una pequeña iniciativa: deje una reseña en la página del producto y, en cuanto se vea en Amazon, le devolvemos el importe íntegro de la compra. Solo tiene que contestarnos con el enlace a su reseña.</p>
<p>Namasté,<br>
El equipo de Corcho y Respira</p>""",
  ["BSM204"], "Review request promising a full refund once the review is online.")

M(26, "reply", "text",
  "RE: Problema con el olor - pedido {O}",
  """Buenos días, Sr. Bravo:

Nos alegra que el cambio del difusor haya solucionado lo del olor a plástico: el primer lote tenía de verdad un problema de secado del molde, y el fabricante ya lo ha localizado y corregido.

Por si le sirve, el difusor nuevo se limpia una vez al mes con un chorrito de vinagre blanco diluido en agua, así los aceites esenciales no atascan la membrana. Y déjelo siempre enfriar antes de rellenarlo.

Ya que ahora está todo bien, ¿estaría dispuesto a revisar la reseña de una estrella que dejó en el pedido {O}? Actualizarla con cómo terminó la historia, o quitarla si cree que ya no tiene sentido, nos ayudaría muchísimo: somos un negocio muy pequeño.

Buena semana,
Elisa
Esencias del Mediterráneo""",
  ["BSM205"], "Asks the buyer to update or remove an existing one-star review.")

M(27, "review-request", "text",
  "Su experiencia con el pedido {O}",
  """Hola, Sra. Vidal:

Su cazuela de barro le llegó hace más o menos una semana (pedido {O}). ¡Esperamos que los primeros guisos hayan salido como Dios manda!

Si ha quedado satisfecha, una reseña en Amazon nos haría mucha ilusión. Y si algo no le ha convencido, no hace falta que deje un comentario: escríbanos directamente y lo arreglamos entre los dos.

Buen provecho,
Alfarería de Pereruela""",
  ["BSM206"], "Review request only if satisfied, steering unhappy buyers to contact the seller.")

M(28, "review-request", "html",
  "¿Cinco minutos para nosotros? (pedido {O})",
  """<p>Buenos días, Sr. Soler:</p>
<p>Su kit de caligrafía (pedido {O}) le debió de llegar la semana pasada. Esperamos que la plumilla y las tintas sean de su agrado.</p>
<p>Para una tienda pequeña como la nuestra cada valoración cuenta: si pudiera ponernos cinco estrellas en Amazon, sería estupendo para nuestra visibilidad.</p>
<p>Hasta pronto,<br>
Tintas y Plumillas</p>""",
  ["BSM206"], "Review request asking for a five-star rating.")

M(29, "order-problem", "text",
  "Pedido {O}: artículo agotado y próximos pasos",
  """Hola, Sra. Rubio:

Su pedido {O} incluía dos artículos. La guirnalda de luces de algodón ya no está disponible: hemos ajustado el importe del pedido y los 24,90 € correspondientes se han descontado (motivo: sin existencias).

Con la lámpara de mesilla de cerámica la cosa se complica: nuestro proveedor también está sin existencias y no recibirá más hasta febrero. Si no quiere esperar, lo más rápido es que cancele usted misma el pedido desde su cuenta de Amazon (Mis pedidos > Cancelar productos), son dos clics.

Perdone el lío,
Manuela
Nidos Acogedores""",
  ["BSM108"], "Order problem with adjustment confirmed, but advises the buyer to cancel herself because stock ran out.")

M(30, "order-problem", "text",
  "Pedido {O} - artículo no disponible",
  """Estimado Sr. Sanz:

Lamentamos comunicarle que el molinillo de pimienta de madera de olivo de su pedido {O} se ha agotado, y nuestro tornero no podrá hacer más hasta dentro de varias semanas.

Le agradeceríamos que solicitara la cancelación del pedido desde su cuenta de Amazon; así podremos cerrar el expediente correctamente por nuestra parte.

Disculpe las molestias,
Madera de Olivo""",
  ["BSM107", "BSM108"], "Order problem asking for a cancellation request without confirming an amount adjustment.")

M(31, "delivery-delay", "text",
  "Retraso en el envío - pedido {O}",
  """Estimada Sra. Herrera:

Su puzle de madera de 1000 piezas (pedido {O}) se enviará el lunes 14 de diciembre en lugar del miércoles 9: a la imprenta de las cajas se le ha estropeado una máquina.

El puzle en sí está listo, cortado y revisado pieza a pieza; solo le falta la caja. Hemos preferido esperar antes que mandárselo en una bolsa de papel sin la ilustración de la tapa, que para montarlo viene de maravilla.

Sentimos el retraso.

Puzles Taller Azul

¿No quiere recibir más mensajes nuestros? Responda BAJA a este mensaje y le daremos de baja.""",
  ["BSM305"], "Delivery delay with an opt-out instruction (reply BAJA).")

M(32, "reply", "text",
  "RE: Paquete dañado - pedido {O}",
  """Buenos días, Sr. Reyes:

Mire, estamos hasta los cojones. Es la tercera vez este mes que la puta agencia nos devuelve una caja reventada, y esta vez le ha tocado a su jarrón. Qué mierda, de verdad.

En fin: le mandamos un jarrón nuevo para el pedido {O} mañana mismo, en doble caja, y no hace falta que nos devuelva los trozos.

De la reclamación a la agencia nos encargamos nosotros, usted no tiene que hacer nada. Solo guarde la caja y los restos unos días, por si piden otra foto.

Perdone otra vez,
Vidrios Artísticos La Granja""",
  ["BSM306"], "Reply with Spanish profanity about the carrier.")

M(33, "delivery-delay", "text",
  "Votre commande {O} - retard d'expédition",
  """Bonjour Madame Romero,

Nous vous informons que votre écharpe en mérinos tricotée main (commande {O}) sera expédiée un peu plus tard que prévu : notre tricoteuse est malade, et nous prévoyons désormais un envoi le lundi 14 décembre.

Nous vous prions de nous excuser pour ce retard.

Cordialement,
Punto y Ovillo""",
  ["BSM104"], "Message to a Spanish buyer written entirely in French.")

M(34, "reply", "text",
  "RE: Montaje de la balda - pedido {O}",
  """Hola, Sr. Delgado:

Con el montaje de la balda de pared (pedido {O}) tiene razón, el orden de los pasos de las instrucciones confunde un poco: hay que fijar los dos soportes de abajo antes de atornillar el lateral izquierdo, si no la última balda ya no entra.

Otra cosa: los tacos que van en la caja son para pared de ladrillo macizo u hormigón. Si su pared es de pladur, use tacos de expansión para paredes huecas, porque con el peso de los libros la balda se podría soltar.

Si se atasca, lo más fácil es que me llame directamente al taller al 976 43 21 87 y le guío en cinco minutos. Estoy todos los días menos el domingo.

Ánimo con el bricolaje,
Fabián
Madera en Pie""",
  ["BSM309"], "Reply giving the seller's own phone number in Spanish national format.")

M(35, "delivery-scheduling", "html",
  "Entrega de su armario - pedido {O}",
  """<p>Estimada Sra. Campos:</p>
<p>Su armario de dos puertas (pedido {O}) ya está listo en el almacén. La entrega se hace con cita previa: podemos pasar el martes 15 de diciembre entre las 9 y las 12, o el jueves 17 de diciembre entre las 14 y las 17.</p>
<p>Para cerrar la cita, lo más rápido es llamar a nuestra oficina de logística al +34 961 55 42 08 (de lunes a viernes).</p>
<p>Un saludo,<br>
Muebles Valencianos</p>""",
  ["BSM309"], "Delivery scheduling with the seller's phone number in international format.")

M(36, "return-follow-up", "text",
  "Devolución de su pedido {O}",
  """Estimada Sra. Marquez:

Para completar la devolución de la falda plisada (pedido {O}), ¿nos puede decir si prefiere el cambio por la talla 42 o el reembolso?

También puede mandarnos directamente las fotos de la etiqueta a devoluciones@atelierplisado.es, que es más cómodo que por aquí para los adjuntos.

Si se decide por el cambio, la 42 la tenemos en el mismo azul marino y se la apartamos desde hoy para que no se agote mientras tanto.

Gracias,
Atelier Plisado""",
  ["BSM308"], "Return follow-up containing a plain e-mail address.")

M(37, "reply", "text",
  "RE: Bordado del logotipo - pedido {O}",
  """Buenos días, Sr. Aguilar:

Gracias por su mensaje sobre el pedido {O}, los treinta delantales bordados con el logotipo de su restaurante.

El archivo que nos llegó por Amazon está demasiado comprimido para bordar: a punto de relleno las letras de "Casa Paco" saldrían emborronadas y el gallo del logotipo quedaría como una mancha. Necesitaríamos el logotipo en alta resolución, a ser posible en PDF vectorial o en PNG de al menos 2000 píxeles de ancho.

Lo más sencillo es que nos lo mande a pedidos arroba bordadosdelnorte punto es, con el número de pedido en el asunto. En cuanto lo recibamos le enviamos una vista previa del bordado para que la apruebe.

Por lo demás, todo está listo: los delantales de loneta de algodón negra están cortados y rematados, y el reparto de tallas (12 M, 18 L) coincide con su pedido.

Un saludo,
Águeda
Bordados del Norte""",
  ["BSM308"], "Reply asking for a logo file, with an obfuscated e-mail address using 'arroba' and 'punto'.")

M(38, "reply", "html",
  "RE: ¿Cómo cuidar la madera? (pedido {O})",
  """<p>Hola, Sra. Cortés:</p>
<p>Para su bandeja de acacia (pedido {O}) basta con darle una pasada de aceite alimentario cada dos o tres meses.</p>
<p>Eso sí, nada de lavavajillas ni de dejarla en remojo: la acacia aguanta bien el agua, pero no cuarenta minutos en el fregadero. Un pase de estropajo suave, se aclara y se deja secar de pie.</p>
<p>Hemos escrito un artículo muy completo, con fotos paso a paso: <a href="https://www.maderaysabores.es/blog/cuidado-utensilios-madera">nuestra guía para cuidar los utensilios de madera</a>.</p>
<p>Buen día,<br>
Madera y Sabores</p>""",
  ["BSM302"], "Reply with an https link to the seller's own blog, not needed for the order.")

M(39, "delivery-delay", "html",
  "Pedido {O}: nueva fecha",
  """<p>Buenos días, Sr. Ibáñez:</p>
<p>Su reloj de pared (pedido {O}) se enviará el 16 de diciembre en lugar del 10: el mecanismo silencioso que le montamos llega con retraso desde Alemania.</p>
<p>Puede consultar el estado de su pedido cuando quiera en <a href="http://www.amazon.es/gp/css/order-history">la página Mis pedidos de su cuenta de Amazon</a>.</p>
<p>Disculpe las molestias,<br>
Horas Tranquilas</p>""",
  ["BSM301"], "Delivery delay with a descriptive but insecure http link to Amazon.")

M(40, "delivery-delay", "html",
  "Su lámpara llega pronto - pedido {O}",
  """<p>Estimada Sra. Nieto:</p>
<p>Su lámpara de escritorio articulada (pedido {O}) saldrá el 14 de diciembre, dos días más tarde de lo anunciado: estábamos esperando las pantallas de metal.</p>
<p>La bombilla de filamento va incluida y ya montada, solo tendrá que enchufarla. El interruptor está en el cable, a unos cuarenta centímetros de la base.</p>
<p>Mientras tanto, así es como saldrá del taller:</p>
<p><img src="https://static.lumentaller.es/productos/lampara-escritorio-articulada-verde-salvia.jpg" alt="Lámpara de escritorio articulada verde salvia" width="300" height="300"></p>
<p>Hasta pronto,<br>
Lumen Taller</p>""",
  ["BSM310"], "Delivery delay embedding a photo of the purchased lamp.")

M(41, "delivery-delay", "html",
  "Pedido {O} - un poco de paciencia",
  """<p>Buenos días, Sr. Cruz:</p>
<p>Con las fiestas, su caja de tés (pedido {O}) saldrá el 12 de diciembre y no el 9 como estaba previsto. Gracias por su comprensión.</p>
<p><img src="https://static.teterazul.es/mail/arbol-navidad-luces.jpg" alt="Árbol de Navidad con luces en una plaza" width="400" height="260"></p>
<p>Felices fiestas,<br>
La Tetera Azul</p>""",
  ["BSM311"], "Delivery delay with an unrelated stock image of a Christmas tree.")

M(42, "invoice", "html",
  "Su factura - pedido {O}",
  """<p><img src="https://cdn.papeleriaamparo.es/mail/logo-papeleria-amparo.png" alt="" width="150" height="50"></p>
<p>Estimada Sra. Ortiz:</p>
<p>Le adjuntamos la factura n.º 2026/1209 de su pedido {O}, por un importe de 42,60 € IVA incluido (IVA 7,39 €).</p>
<p>Atentamente,<br>
Papelería Amparo</p>
<p><small>Papelería Amparo - Amparo Lara Gómez - C/ Mayor 5, 03002 Alicante - NIF 21456789Z</small></p>""",
  ["BSM402"], "Invoice with the shop logo image carrying an empty alt attribute.")

M(43, "additional-information", "text",
  "Pedido {O}: ¿de qué color quiere el lazo?",
  """Hola, Sra. Moya:

Su canastilla de bebé (pedido {O}) está casi lista 🎁 Solo nos falta un dato: para el lazo de cierre, ¿prefiere rosa empolvado, azul cielo o blanco roto? La ficha daba a elegir, pero el campo se quedó vacío.

En cuanto nos conteste, terminamos el envoltorio.

Para la tarjetita de dentro hemos apuntado "Bienvenida, Martina"; la escribirá Lucía a mano, con tinta azul, en una cartulina de papel reciclado.

Un abrazo desde el taller,
Los Pequeños Capullos""",
  ["BSM403"], "Request for information containing an emoji.")

M(44, "reply", "text",
  "RE: Talla de las zapatillas de casa - pedido {O}",
  """Hola, Sra. Pastor:

Las zapatillas de fieltro (pedido {O}) tallan más bien grandes: si su hijo usa normalmente un 31, con el 30 irá perfecto, sobre todo con calcetines gordos.

Y si este invierno le quedan un poco grandes, el que viene le quedarán un poco menos :D

Buen día,
Fieltros y Lanas""",
  ["BSM403"], "Reply containing a text emoticon :D.")

M(45, "review-request", "html",
  "Su opinión sobre el pedido {O}",
  """<style>
.titulo { font-size: 22px; }
.saludo { font-size: 16px; }
.texto { font-size: 13px; }
.pie { font-size: 10px; }
</style>
<p class="titulo">Nos interesa su opinión</p>
<p class="saludo">Buenos días, Sr. Lorenzo:</p>
<p class="texto">Su hervidor de acero (pedido {O}) lleva una semana en su casa. Le haya gustado o no, una reseña en la página del producto ayuda a otros clientes a hacerse una idea.</p>
<p>Puede dejarla desde Mis pedidos en su cuenta de Amazon.</p>
<p class="pie">Acero y Vapor, S.L. - C/ Balmes 9, 08007 Barcelona</p>""",
  ["BSM410"], "Neutral review request whose style block sets four explicit font sizes besides the default.")

M(46, "delivery-delay", "text",
  "Pedido {O} - envío aplazado",
  """Buenos días, Sr. Montero:

Su guitarra española (pedido {O}) saldrá el 15 de diciembre en lugar del 8: nuestro lutier está terminando el ajuste del diapasón y prefiere tomarse su tiempo.

Es el modelo con tapa de cedro macizo y acabado satinado: el diapasón de palosanto necesitaba un último repaso para que la primera cuerda no trasteara en la parte alta del mástil. Saldrá afinada y en su funda acolchada.



Le mantendremos informado si la fecha volviera a cambiar, aunque no debería.

Un saludo,
Guitarrería del Albaicín""",
  ["BSM412"], "Plain-text delivery delay with three blank lines in a row.")

M(47, "return-follow-up", "text",
  "[Importante] Devolución del pedido {O}",
  """Buenos días, Sra. Benítez:

Para tramitar la devolución de la cafetera del pedido {O}, ¿podría indicarnos si la caja original está completa (jarra, filtro permanente y cuchara dosificadora)? Así sabremos si la podemos revisar aquí o si tiene que ir al servicio técnico.

Y otra pregunta: ¿la cafetera llegó a encender en algún momento, o el piloto no se ha iluminado nunca? Si nunca encendió, lo más probable es que sea la placa, y en ese caso la tramitamos directamente como cambio.

Gracias de antemano,
Tostaderos del Valle""",
  ["BSM110"], "Return follow-up asking for information, with [Importante] in the subject.")

M(48, "delivery-delay", "html",
  "Pedido {O}: envío retrasado",
  """<p>Estimada Sra. Gallego:</p>
<p>Su juego de café de porcelana (pedido {O}) saldrá el 11 de diciembre, con dos días de retraso: hubo que reparar el horno de nuestra ceramista.</p>
<p>Nada grave: se quemó una resistencia a mitad de cocción y hubo que esperar el repuesto. Las tazas ya están esmaltadas, solo falta la cocción del filo dorado.</p>
<p>Para ver los detalles de su pedido, <a href="https://www.amazon.es/gp/css/order-history">pinche aquí</a>.</p>
<p>Gracias por su paciencia,<br>
Porcelanas de Sargadelos Gallego</p>""",
  ["BSM401"], "Delivery delay with an https Amazon link whose text is 'pinche aquí'.")

# ------------------------------------------------------------- varying (49-50)

M(49, "delivery-scheduling", "html",
  "Elija su franja de entrega - pedido {O}",
  """<p>Buenos días, Sr. Méndez:</p>
<p>Su colchón de 150 x 190 (pedido {O}) se entrega con cita previa. Marque la franja que prefiera y pulse enviar:</p>
<form method="post">
<p><input type="radio" name="franja" value="1"> martes 15/12, de 9:00 a 13:00 h</p>
<p><input type="radio" name="franja" value="2"> miércoles 16/12, de 15:00 a 19:00 h</p>
<p><button type="submit">Enviar</button></p>
</form>
<p>Un saludo,<br>
Descanso Norte</p>""",
  ["BSM312"], "Delivery scheduling that embeds an HTML form to pick a slot.")

M(50, "delivery-delay", "text",
  "Pedido {O}: retraso en el envío",
  """Hola, Sra. Fernández:

We are sorry to tell you that your handmade leather sandals (order {O}) will ship later than planned. Our workshop is waiting for a new batch of soles, and we now expect to dispatch your pair on Friday 18 December.

Thank you for your patience, and apologies again for the delay.

Best regards,
Alpargatas Mallorca""",
  ["BSM104"], "Greeting in Spanish but the whole body in English.")
