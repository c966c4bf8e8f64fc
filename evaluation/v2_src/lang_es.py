"""v2 blind evaluation set, Spanish (es-ES). Standard library only."""

LANG = 'es'
_PREFIX = ('404', '408')


def _oid(i):
    a = _PREFIX[i % 2]
    b = (7071067 + i * 155921) % 9000000 + 1000000
    c = (1414213 + i * 5831309) % 9000000 + 1000000
    return f'{a}-{b:07d}-{c:07d}'


def P(*paras):
    return '\n\n'.join(paras)


_RAW = []


def add(type_, fmt, subject, body, expected, note, locale='es-ES'):
    _RAW.append((type_, fmt, subject, body, sorted(expected), note, locale))


# ---------------------------------------------------------------- 17 clean
add('delivery-delay', 'text', 'Pedido {OID}: nueva fecha de envío',
    P('Hola, Lucía:',
      'Te escribimos por tu pedido {OID} (juego de sábanas de algodón 150 cm).',
      'Nuestro taller de confección va con retraso esta semana y no podremos enviarlo hasta el jueves 10 '
      'de diciembre, en lugar del lunes 7. La entrega se estima ahora entre el 11 y el 14/12/2026.',
      'Sentimos mucho la espera.',
      'Un saludo,\nMarta Giménez\nAtención al cliente · Textil Hogar Levante'),
    [], 'Clean delivery delay in text, informal tu register, with new dates.')

add('delivery-delay', 'html', 'Retraso en el envío de su pedido {OID}',
    '<p>Estimado Sr. Navarro:</p>\n'
    '<p>Le informamos de que la freidora de aire de su pedido <strong>{OID}</strong> no podrá salir en la '
    'fecha prevista: el lote que esperábamos del fabricante se ha retrasado en el puerto de Valencia.</p>\n'
    '<p><strong>Nueva fecha de envío:</strong> miércoles, 16 de diciembre de 2026<br>\n'
    '<strong>Entrega estimada:</strong> 18-19 de diciembre</p>\n'
    '<p>Puede consultar el estado del pedido en '
    '<a href="https://www.amazon.es/gp/css/order-history">la sección Mis pedidos de Amazon</a>.</p>\n'
    '<p>Disculpe las molestias.</p>\n'
    '<p>Atentamente,<br>\nJavier Ortega<br>\nCocina Fácil Store</p>',
    [], 'Clean builder HTML delay with a descriptive https Amazon link.')

add('order-problem', 'text', '[Importante] Pedido {OID}: artículo no disponible',
    P('Estimada Sra. Romero:',
      'Lamentamos comunicarle que el sillón orejero de su pedido {OID} ya no está disponible: la última '
      'unidad en stock resultó dañada en la revisión previa al embalaje y el fabricante ha dejado de '
      'producir ese modelo.',
      'Por ello hemos ajustado el importe de su pedido por falta de existencias: se le reembolsa el total, '
      '289,00 €, en el mismo medio de pago. Según su banco, puede tardar de 3 a 5 días hábiles en '
      'reflejarse.',
      'Le pedimos disculpas por las molestias.',
      'Atentamente,\nPablo Herrera\nMuebles Castilla'),
    [], 'Clean order problem with the amount adjusted; [Importante] allowed on this type.')

add('additional-information', 'text', 'Pedido {OID}: necesitamos un dato',
    P('Hola, Sr. Molina:',
      'Para completar su pedido {OID} (taza personalizada con nombre) nos falta el nombre que quiere '
      'imprimir: el campo de personalización llegó vacío.',
      '¿Nos lo puede indicar respondiendo a este mensaje (máximo 12 letras)? En cuanto lo tengamos, la '
      'pasamos a producción.',
      'Gracias y buen día,\nNoelia\nTazas con Arte'),
    [], 'Clean request for information needed to complete the order.')

add('return-follow-up', 'text', 'Devolución del pedido {OID}',
    P('Estimado Sr. Delgado:',
      'Hemos recibido su solicitud de devolución del edredón nórdico de su pedido {OID} por una pequeña '
      'mancha en la funda.',
      'Si prefiere quedárselo, podemos ofrecerle un reembolso parcial de 15,00 € de los 64,95 € que pagó. '
      'Si no, la devolución sigue adelante con normalidad.',
      'Indíquenos qué opción prefiere contestando a este mensaje.',
      'Un saludo cordial,\nRaquel Castro\nDescanso Natural'),
    [], 'Clean return follow-up offering a partial refund.')

add('return-follow-up', 'html', 'Pedido {OID}: datos para la devolución',
    '<p>Hola, Sra. Ortiz:</p>\n'
    '<p>Para tramitar la devolución de la batidora de su pedido {OID} necesitamos saber:</p>\n'
    '<ul>\n<li>si el fallo está en el motor o en el vaso;</li>\n'
    '<li>si conserva la caja original con todos los accesorios.</li>\n</ul>\n'
    '<p>Con esa información le generamos la etiqueta de devolución adecuada.</p>\n'
    '<p>Gracias,<br>\nEl equipo de Batidos &amp; Más</p>',
    [], 'Clean HTML return follow-up asking for information to complete the return.')

add('invoice', 'text', 'Factura de su pedido {OID}',
    P('Buenos días:',
      'Le adjuntamos la factura n.º FV/2026/01542 correspondiente a su pedido {OID}, por un importe de '
      '121,00 € (base imponible 100,00 € + IVA 21 % 21,00 €).',
      'Atentamente,\nDepartamento de Administración',
      'Iluminación Mediterránea, S.L. · CIF B46123456\nC/ de Colón, 24, 3.º B · 46004 Valencia\n'
      'Inscrita en el Registro Mercantil de Valencia, Tomo 8.123, Libro 5.410, Folio 112, Hoja V-104.512'),
    [], 'Clean invoice with CIF, Registro Mercantil details and a slashed invoice number.')

add('review-request', 'text', '¿Qué te ha parecido tu pedido {OID}?',
    P('Hola, Álvaro:',
      'Hace unos días que recibiste tu mochila de ciclismo (pedido {OID}).',
      'Si te apetece, nos encantaría conocer tu opinión sobre el producto y sobre nuestra tienda en '
      'Amazon. Cualquier valoración, buena o mala, ayuda a otros compradores a decidir.',
      'Un saludo,\nSergio\nRuta Bike Shop'),
    [], 'Clean neutral review request in text.')

add('review-request', 'html', 'Su opinión sobre el pedido {OID}',
    '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">\n'
    '<tr><td><img src="https://m.media-amazon.com/images/S/seller-logos/almazara-sierra-magina.png" '
    'alt="Logo de Almazara Sierra Mágina" width="170" height="55"></td></tr>\n'
    '<tr><td>\n<p>Estimada Sra. Vidal:</p>\n'
    '<p>La semana pasada le entregamos el aceite de oliva virgen extra de su pedido {OID}.</p>\n'
    '<p>Si lo desea, puede dejar su valoración en '
    '<a href="https://www.amazon.es/review/review-your-purchases">la página de reseñas de sus compras en '
    'Amazon</a>. Toda opinión nos ayuda a mejorar.</p>\n'
    '<p>Un cordial saludo,<br>\nAntonio Jiménez<br>\nAlmazara Sierra Mágina</p>\n</td></tr>\n</table>',
    [], 'Clean HTML review request with the shop logo (alt names it) and a descriptive Amazon link.')

add('delivery-scheduling', 'text', 'Entrega de su sofá - pedido {OID}',
    P('Buenos días, Sr. Rubio:',
      'Su sofá cama (pedido {OID}, 2 bultos, 110 kg) lo entregará nuestra agencia de transporte de '
      'voluminosos, con subida a domicilio.',
      'Por favor, elija una de estas franjas:\n'
      '- martes 15/12, de 8:00 a 14:00 h\n'
      '- miércoles 16/12, de 15:00 a 20:00 h\n'
      '- viernes 18/12, de 8:00 a 14:00 h',
      'Indíquenos también el piso y si el edificio tiene ascensor.',
      'Atentamente,\nLaura Santos\nSofás Mediterráneo'),
    [], 'Clean delivery scheduling for a bulky item with time slots.')

add('home-service-appointment', 'text', 'Cita de instalación - pedido {OID}',
    P('Estimada Sra. Marín:',
      'Para instalar el aire acondicionado de su pedido {OID}, nuestro técnico tiene disponibles estas '
      'citas:',
      '- lunes 21 de diciembre, de 9:00 a 13:00\n- martes 22 de diciembre, de 16:00 a 19:00',
      '¿Cuál le viene mejor? La instalación dura unas tres horas.',
      'Un saludo,\nDaniel Prieto\nClimatización Prieto e Hijos'),
    [], 'Clean home-service appointment with two dated slots.')

add('custom-design-verification', 'html', 'Boceto de su grabado - pedido {OID}',
    '<p>Hola, Sr. Cano:</p>\n'
    '<p>Le adjuntamos la prueba de diseño de la tabla de cortar grabada de su pedido {OID}.</p>\n'
    '<p>Texto: «Casa Cano · Desde 1987», letra caligráfica, en dos líneas.</p>\n'
    '<p>Revísela, por favor, y respóndanos «aprobado» o indíquenos los cambios. Solo empezaremos el '
    'grabado cuando nos dé el visto bueno.</p>\n'
    '<p>Gracias,<br>\nIrene<br>\nMadera y Láser</p>',
    [], 'Clean design proof attached for approval.')

add('fulfillment-question', 'text', 'Pedido {OID}: código del portal',
    P('Hola, Sra. Iglesias:',
      'Para entregar su pedido {OID} (ref. envío ENV-2026-30418, expediente 5530/D) en su dirección de '
      'Madrid, según las notas de entrega el portal tiene acceso con código.',
      '¿Nos podría facilitar el código y, si lo hay, el número de escalera?',
      'Muchas gracias,\nÓscar Vega\nLogística · Cerámica de Talavera'),
    [], 'Clean fulfillment question about a door code with reference numbers.')

add('reply', 'text', 'RE: Consulta sobre el pedido {OID}',
    P('Buenas tardes, Sr. Campos:',
      'Sí, el «Cast Iron Dutch Oven 5.5 Qt» de su pedido {OID} sirve para placas de inducción; la marca '
      'es estadounidense, pero las instrucciones vienen también en español.',
      'Un saludo,\nNuria\nMenaje Galicia'),
    [], 'Clean reply quoting an English product title inside Spanish sentences.')

add('reply', 'text', 'RE: Avería del robot aspirador - pedido {OID}',
    P('Estimado Sr. Soto:',
      'Sentimos que el robot aspirador de su pedido {OID} no cargue correctamente.',
      'El aparato tiene la garantía del fabricante de 3 años. Para gestionarla, lo más rápido es llamar '
      'directamente al servicio de garantía del fabricante:\n'
      'Teléfono de garantía del fabricante Limpix: 900 812 345 (de lunes a viernes, de 9:00 a 18:00)',
      'Tenga a mano el número de pedido y el número de serie que figura bajo el depósito.',
      'Atentamente,\nCristina León\nHogar Conectado'),
    [], 'Clean reply with the manufacturer\'s warranty line marked as such.')

add('reply', 'html', 'RE: Composición de la alfombra - pedido {OID}',
    '<p>Estimada Sra. Méndez:</p>\n'
    '<p>La alfombra de su pedido {OID} es de yute natural 100 % tejido a mano; recomendamos aspirarla '
    'sin cepillo giratorio y no mojarla.</p>\n'
    '<p>Un cordial saludo,<br>\nBeatriz Peña<br>\nAtención al cliente</p>\n'
    '<p><small>Alfombras del Sur, S.L. · CIF B41987654 · Avda. de la Constitución, 15, 41001 Sevilla · '
    'Registro Mercantil de Sevilla, Tomo 6.201, Folio 45, Hoja SE-98.765</small></p>',
    [], 'Clean HTML reply with a company-details footer in <small>.')

add('reply', 'text', 'RE: Estado de mi devolución - pedido {OID}',
    P('Hola, Sr. Ramos:',
      'Estos son los datos de la devolución de su pedido {OID}:\n'
      '- número de devolución: DEV-2026-48812\n'
      '- número de seguimiento del paquete de devolución: PQ4B7K0921345870\n'
      '- recogida en su domicilio: jueves 10/12/2026, de 9:00 a 14:00 h',
      'En cuanto recibamos y revisemos el artículo, le reembolsaremos 82,40 € en un plazo de 48 horas.',
      'Atentamente,\nRocío Fuentes\nDepartamento de Devoluciones · TecnoDirecto'),
    [], 'Clean reply with return and tracking numbers, dates, times and an amount.')

# ---------------------------------------------------------------- 31 violations
add('fulfillment-question', 'text', 'Tu pedido {OID} ya va de camino',
    P('Hola, Carmen:',
      '¡Buenas noticias! Tu pedido {OID} ha salido esta mañana de nuestro almacén de Zaragoza y ya está en '
      'manos de SEUR. Lo recibirás en 24-48 horas.',
      'Un saludo,\nEl equipo de Velas Aromáticas Aura'),
    ['BSM201'], 'Shipping confirmation: left the warehouse, handed to the carrier.')

add('fulfillment-question', 'html', 'Hemos recibido su pedido {OID}',
    '<p>Estimado Sr. Gil:</p>\n'
    '<p>Su pedido {OID} nos ha llegado correctamente y ya lo estamos preparando; en breve quedará '
    'embalado en nuestro taller.</p>\n'
    '<p>Hasta pronto,<br>\nPapelería Creativa</p>',
    ['BSM201'], 'Order confirmation: received and being prepared.')

add('fulfillment-question', 'text', 'Pedido {OID}',
    P('Querido cliente:',
      'Queríamos darte las gracias de corazón por confiar en nosotros con tu pedido {OID}. Para una '
      'empresa familiar como la nuestra, cada compra es una alegría.',
      '¡Mil gracias!\nEl equipo de Jabones Artesanos del Pirineo'),
    ['BSM202'], 'Thanks only.')

add('fulfillment-question', 'text', 'Pedido {OID} - estamos a tu disposición',
    P('Hola:',
      'Solo queríamos recordarte que, si surge cualquier duda con tu pedido {OID}, puedes escribirnos por la '
      'mensajería de Amazon cuando quieras.',
      'Que tengas un buen día,\nBicis Urbanas'),
    ['BSM202'], 'Only "we are here if anything comes up".')

add('delivery-delay', 'text', 'Pedido {OID}: pequeño retraso',
    P('Estimada Sra. Cabrera:',
      'Su tostadora (pedido {OID}) saldrá el viernes 11 de diciembre en lugar del martes 8, por un retraso '
      'en la reposición de stock. Disculpe las molestias.',
      'Atentamente,\nElectro Hogar Sur',
      'P. D.: Hasta el 31 de diciembre tiene un 20 % de descuento en todo nuestro catálogo con motivo de '
      'la Navidad.'),
    ['BSM203'], 'Permitted delay with a P.S. offering 20 % off the whole catalogue.')

add('reply', 'html', 'RE: Talla de las botas - pedido {OID}',
    '<p>Hola, Sra. Reyes:</p>\n'
    '<p>Las botas de su pedido {OID} tallan normal: puede pedir su número habitual.</p>\n'
    '<p>¿Ya ha visto nuestra nueva colección de invierno? Suscríbase a nuestra newsletter y síganos en '
    'Instagram para enterarse antes que nadie de las novedades.</p>\n'
    '<p>Un saludo,<br>\nCalzados Elche</p>',
    ['BSM203'], 'Reply promoting a new collection, newsletter and social media.')

add('review-request', 'text', 'Pedido {OID}: un detalle para ti',
    P('Hola, Sr. Pascual:',
      'Esperamos que esté disfrutando de su molinillo de café (pedido {OID}).',
      'Cuando haya publicado su reseña en Amazon, escríbanos: le enviaremos un pequeño obsequio como '
      'agradecimiento por su tiempo.',
      'Un saludo,\nCafé de Origen'),
    ['BSM204'], 'A small gift once the review is published.')

add('review-request', 'html', 'Pedido {OID}: reembolso completo',
    '<p>Estimada Sra. Hidalgo:</p>\n'
    '<p>Gracias por comprar nuestro sérum facial (pedido {OID}).</p>\n'
    '<p>En cuanto su reseña aparezca publicada en la ficha del producto, le devolveremos el importe '
    'íntegro de la compra.</p>\n'
    '<p>Un abrazo,<br>\nCosmética Natural Bio</p>',
    ['BSM204'], 'Full refund as soon as the review is online.')

add('reply', 'text', 'RE: Incidencia resuelta - pedido {OID}',
    P('Estimado Sr. Vicente:',
      'Nos alegra que con el nuevo cargador su patinete (pedido {OID}) vuelva a funcionar.',
      'Ahora que está solucionado, ¿podría actualizar la valoración de una estrella que dejó, o incluso '
      'eliminarla?',
      'Gracias de antemano,\nMovilidad Urbana'),
    ['BSM205'], 'Asks to update or delete an existing one-star review.')

add('review-request', 'text', 'Pedido {OID}: ¿está contenta?',
    P('Estimada Sra. Carmona:',
      'Si está satisfecha con su juego de toallas (pedido {OID}), nos haría mucha ilusión que dejara una '
      'reseña en Amazon.',
      'Y si algo no le ha convencido, antes de publicar nada, escríbanos y lo solucionamos.',
      'Un saludo,\nAlgodón Egipcio'),
    ['BSM206'], 'Review only if satisfied; unhappy buyers steered to contact the seller.')

add('review-request', 'html', 'Pedido {OID}: ¿nos da cinco estrellas?',
    '<p>Hola, Sr. Lozano:</p>\n'
    '<p>Su soporte de portátil (pedido {OID}) se entregó hace unos días.</p>\n'
    '<p>Somos un pequeño taller: una valoración de 5 estrellas en Amazon nos ayudaría muchísimo.</p>\n'
    '<p>Gracias,<br>\nMadera Office</p>',
    ['BSM206'], 'Asks for a five-star rating.')

add('order-problem', 'text', '[Importante] Pedido {OID}: producto agotado',
    P('Estimada Sra. Bravo:',
      'La cafetera superautomática de su pedido {OID} se ha agotado en nuestro distribuidor y no sabemos '
      'cuándo volverá a estar disponible. Ya hemos ajustado el importe de su pedido con el motivo «sin '
      'existencias».',
      'Para cerrar el caso cuanto antes, lo más rápido es que cancele usted misma el pedido desde Mis '
      'pedidos en su cuenta de Amazon.',
      'Atentamente,\nCafeteras Express'),
    ['BSM108'], 'Amount adjusted, but the buyer is told to cancel because stock ran out.')

add('order-problem', 'text', 'Pedido {OID}: artículo agotado',
    P('Estimado Sr. Guerrero:',
      'Por desgracia, el último abrigo de plumas en talla M se vendió en nuestra tienda física antes de '
      'que pudiéramos preparar su pedido {OID}.',
      'Le agradeceríamos que enviara una solicitud de cancelación desde su cuenta de Amazon.',
      'Disculpe las molestias,\nMontaña Norte'),
    ['BSM107', 'BSM108'], 'Asks for a cancellation request for lack of stock, no adjustment confirmed.')

add('delivery-delay', 'text', 'Pedido {OID}: envío aplazado',
    P('Estimada Sra. Pastor:',
      'El puzle de 1500 piezas de su pedido {OID} saldrá el 15 de diciembre en lugar del 9, porque nuestro '
      'distribuidor nos lo ha servido tarde.',
      'Atentamente,\nJuegos de Mesa Ibéricos',
      'Si no desea recibir más mensajes nuestros, conteste a este correo con la palabra BAJA.'),
    ['BSM305'], 'Delay with an opt-out instruction (reply BAJA).')

add('reply', 'text', 'RE: Bisagra rota - pedido {OID}',
    P('Hola, Sr. Moreno:',
      'Tiene razón, la bisagra del armario de su pedido {OID} está defectuosa. El puto proveedor nos ha '
      'colado un lote entero de bisagras de mierda y estamos hasta los cojones.',
      'Le enviaremos una bisagra nueva antes del viernes, sin coste.',
      'Un saludo,\nMuebles Kit Express'),
    ['BSM306'], 'Reply with Spanish profanity about a supplier.')

add('delivery-delay', 'text', 'Commande {OID} : retard de livraison',
    P('Bonjour,',
      'Votre lampe de bureau (commande {OID}) sera expédiée le 14 décembre au lieu du 7 décembre, en raison '
      'd\'un retard de notre fournisseur.',
      'Veuillez nous excuser pour ce contretemps.',
      'Cordialement,\nLuz y Diseño Barcelona'),
    ['BSM104'], 'Message to a Spanish buyer written in French.')

add('reply', 'text', 'RE: Configuración del termostato - pedido {OID}',
    P('Estimado Sr. Caballero:',
      'Para configurar el termostato wifi de su pedido {OID}, llámenos sin problema: nuestro soporte '
      'técnico atiende en el 963 52 84 17 o, desde fuera de España, en el +34 963 52 84 17. También '
      'puede escribirnos por WhatsApp al 612 48 93 05.',
      'Un saludo,\nDomótica Valenciana'),
    ['BSM309'], 'Seller\'s phone numbers in national, international and mobile formats.')

add('return-follow-up', 'text', 'Devolución pedido {OID}: fotos',
    P('Hola, Sra. Domínguez:',
      'Para completar la devolución de su plancha de vapor (pedido {OID}), ¿podría mandarnos dos fotos del '
      'defecto a devoluciones@planchaexpress.es indicando el número de pedido?',
      'Gracias,\nPlancha Express'),
    ['BSM308'], 'Return follow-up with a plain e-mail address.')

add('reply', 'text', 'RE: Ficha técnica - pedido {OID}',
    P('Estimado Sr. Sanz:',
      'Con gusto le enviamos la ficha técnica del calentador de su pedido {OID}: escríbanos a '
      'soporte arroba fontaneria-sanz punto es y se la mandamos hoy mismo.',
      'Atentamente,\nFontanería Sanz'),
    ['BSM308'], 'E-mail address obfuscated with "arroba" and "punto".')

add('reply', 'html', 'RE: Cuidado de la madera - pedido {OID}',
    '<p>Hola, Sra. Nieto:</p>\n'
    '<p>Para la tabla de olivo de su pedido {OID} basta con un poco de aceite mineral una vez al mes.</p>\n'
    '<p>Tiene todos los consejos en nuestra guía: '
    '<a href="https://www.olivoartesano.es/guia/cuidado-madera-de-olivo">guía de cuidado de la madera '
    'de olivo</a>.</p>\n'
    '<p>Un saludo,<br>\nOlivo Artesano</p>',
    ['BSM302'], 'https link with descriptive text to the seller\'s own site.')

add('delivery-delay', 'html', 'Pedido {OID}: nueva fecha de envío',
    '<p>Estimado Sr. Calvo:</p>\n'
    '<p>Su butaca reclinable (pedido {OID}) se enviará el 17 de diciembre en lugar del 10.</p>\n'
    '<p>Puede seguir el pedido desde '
    '<a href="http://www.amazon.es/gp/your-account/order-history">su historial de pedidos de '
    'Amazon</a>.</p>\n'
    '<p>Atentamente,<br>\nDescanso y Confort</p>',
    ['BSM301'], 'Insecure http link to Amazon with descriptive text.')

add('review-request', 'html', 'Pedido {OID}: ¿qué tal su bolso?',
    '<p>Estimada Sra. Aguilar:</p>\n'
    '<p><img src="https://m.media-amazon.com/images/I/bolso-piel-camel-bandolera.jpg" '
    'alt="Bolso bandolera de piel color camel" width="320" height="320"></p>\n'
    '<p>Su bolso (pedido {OID}) llegó hace una semana. Si quiere, déjenos una reseña en Amazon: toda '
    'opinión es bienvenida.</p>\n'
    '<p>Un saludo,<br>\nPiel de Ubrique</p>',
    ['BSM310'], 'Image of the purchased product.')

add('delivery-delay', 'html', 'Pedido {OID}: retraso',
    '<p><img src="https://m.media-amazon.com/images/S/stock/playa-verano-sombrillas.jpg" '
    'alt="Playa con sombrillas en verano" width="400" height="250"></p>\n'
    '<p>Estimado Sr. Herrero:</p>\n'
    '<p>Su estufa de pellets (pedido {OID}) saldrá el 12 de diciembre, con tres días de retraso.</p>\n'
    '<p>Atentamente,<br>\nCalor de Hogar</p>',
    ['BSM311'], 'Stock beach image unrelated to the shop.')

add('invoice', 'html', 'Factura - pedido {OID}',
    '<p><img src="https://m.media-amazon.com/images/S/seller-logos/vidrios-la-granja.png" alt="" '
    'width="150" height="50"></p>\n'
    '<p>Buenos días:</p>\n'
    '<p>Le adjuntamos la factura n.º 1187 de su pedido {OID}.</p>\n'
    '<p>Atentamente,<br>\nVidrios La Granja</p>',
    ['BSM402'], 'Shop logo with an empty alt.')

add('delivery-scheduling', 'text', 'Entrega de su frigorífico - pedido {OID}',
    P('Hola, Sra. Cortés:',
      'Su frigorífico combi (pedido {OID}) se entregará con cita previa. ¿Le viene mejor el jueves 17 de '
      'diciembre por la mañana o el viernes 18 por la tarde? \U0001F69A\U0001F60A',
      'Un saludo,\nElectrodomésticos Levante'),
    ['BSM403'], 'Delivery scheduling with emoji.')

add('additional-information', 'text', 'Pedido {OID}: color del hilo',
    P('Hola, Paula:',
      'Para bordar el nombre en la toalla de tu pedido {OID} solo nos falta el color del hilo: ¿dorado, '
      'plateado o azul marino? :D',
      'Hasta pronto,\nBordados La Abuela'),
    ['BSM403'], 'Information request with an emoticon.')

add('delivery-delay', 'html', 'Retraso - pedido {OID}',
    '<style>\n  p { font-size: 15px; }\n  .cabecera { font-size: 23px; }\n  .destacado { font-size: 18px; }\n'
    '  .legal { font-size: 10px; }\n</style>\n'
    '<p class="cabecera"><strong>Novedades sobre su pedido</strong></p>\n'
    '<p>Estimado Sr. Mora:</p>\n'
    '<p>Su amasadora (pedido {OID}) se enviará con unos días de retraso, el:</p>\n'
    '<p class="destacado"><strong>15/12/2026</strong></p>\n'
    '<p>Disculpe las molestias.</p>\n'
    '<p class="legal">Horno en Casa, S.L. · CIF B28765432</p>',
    ['BSM410'], 'Four explicit font sizes in a <style> block besides the default.')

add('additional-information', 'text', 'Pedido {OID}: talla del anillo',
    'Estimada Sra. Ferrer:\n\n'
    'Para el anillo grabado de su pedido {OID} necesitamos saber la talla (de la 8 a la 24).\n\n\n'
    'Sin ese dato no podemos empezar a fabricarlo.\n\n\n'
    'Atentamente,\nJoyería Artesanal Córdoba',
    ['BSM412'], 'Plain text with two blank lines in a row, twice.')

add('delivery-delay', 'html', 'Pedido {OID} - envío aplazado',
    '<p>Hola, Sr. Marcos:</p>\n'
    '<p>Su escritorio elevable (pedido {OID}) se enviará el 16 de diciembre en lugar del 9.</p>\n'
    '<p>&nbsp;</p>\n<p>&nbsp;</p>\n'
    '<p>Le pedimos disculpas por el contratiempo.<br>\n<br>\n<br>\n<br>\n'
    'Atentamente,<br>\nOficina Ágil</p>',
    ['BSM412'], 'HTML with empty paragraphs and a run of four <br>.')

add('return-follow-up', 'text', '[Importante] Devolución del pedido {OID}',
    P('Estimado Sr. Diez:',
      'Para completar la devolución del ventilador de su pedido {OID}, ¿nos confirma si el fallo aparece '
      'en todas las velocidades o solo en la máxima?',
      'Atentamente,\nClima Hogar'),
    ['BSM110'], '[Importante] tag on a return follow-up.')

add('reply', 'html', 'RE: Manual de instrucciones - pedido {OID}',
    '<p>Estimada Sra. Benítez:</p>\n'
    '<p>El manual del deshumidificador de su pedido {OID} también está en la ficha del producto en '
    'Amazon: <a href="https://www.amazon.es/dp/B0D4T8W2LZ">https://www.amazon.es/dp/B0D4T8W2LZ</a></p>\n'
    '<p>Un saludo,<br>\nAire Puro Hogar</p>',
    ['BSM401'], 'Link whose text is the bare URL.')

# ---------------------------------------------------------------- 2 that vary
add('delivery-scheduling', 'html', 'Pedido {OID}: elija su franja de entrega',
    '<p>Estimado Sr. Bermúdez:</p>\n'
    '<p>Su colchón de 150x190 cm (pedido {OID}) se entregará con cita. Marque la franja que prefiera:</p>\n'
    '<form method="post">\n'
    '<p><label><input type="radio" name="franja" value="lun-manana"> lunes 14/12, de 9:00 a 14:00</label>'
    '<br>\n<label><input type="radio" name="franja" value="mar-tarde"> martes 15/12, de 16:00 a '
    '20:00</label></p>\n'
    '<p><button type="submit">Confirmar franja de entrega</button></p>\n'
    '</form>\n'
    '<p>Atentamente,<br>\nColchones del Norte</p>',
    ['BSM312'], 'Delivery scheduling with an HTML form (active content), no URL.')

add('delivery-delay', 'text', 'Retraso en su pedido',
    P('Estimada Sra. Carrasco:',
      'Su lámpara de pie (pedido {OIDNH}) se enviará con una semana de retraso, el 15 de '
      'diciembre, por un problema con el proveedor de pantallas. Disculpe las molestias.',
      'Atentamente,\nIluminación Retro'),
    ['BSM102'], 'Order number written as 17 digits without hyphens.')


MESSAGES = []
for _i, (_t, _f, _s, _b, _e, _n, _l) in enumerate(_RAW, 1):
    _o = _oid(_i)
    MESSAGES.append({
        'id': f'v2-{LANG}-{_i:03d}', 'language': LANG, 'locale': _l, 'type': _t, 'format': _f,
        'subject': _s.replace('{OID}', _o),
        'body': _b.replace('{OIDNH}', _o.replace('-', '')).replace('{OID}', _o), 'order_id': _o,
        'expected': _e, 'note': _n,
    })
