from common import M, animated_gif_uri
L = "es"
# ---- clean (12)
M(L, "delivery-delay", "html", "Retraso en el envío de su pedido {o}", """<p>Hola, Lucía:</p>
<p>Gracias por su paciencia. Su pedido {o} (juego de sartenes "Toledo", 3 piezas) no podrá salir en la fecha prevista, porque la fábrica de Albacete nos ha retrasado la entrega del último lote.</p>
<p>La nueva fecha estimada de envío es el <b>martes 28 de mayo</b>. Si prefiere no esperar, puede cancelar el pedido desde su cuenta de Amazon y recibirá el reembolso íntegro.</p>
<p>Disculpe las molestias.<br>Un saludo,<br>Cocina Manchega</p>""", [], "clean: delay, thanks plus info, neutral cancellation")
M(L, "order-problem", "text", "[Importante] Problema con su pedido {o}", """Estimado Sr. García:

Lamentamos comunicarle que no podemos enviar la cafetera de su pedido {o}: la última unidad disponible llegó dañada de nuestro proveedor y el modelo está descatalogado.

Hemos ajustado el importe del pedido y le hemos reembolsado la totalidad, 119,00 € (motivo: sin existencias). Verá el abono en su cuenta en unos días hábiles.

Atentamente,
Café y Más""", [], "clean: order problem with adjustment, [Importante] on critical type")
M(L, "invoice", "text", "Factura de su pedido {o}", """Estimada Sra. Martínez:

Le adjuntamos la factura de su pedido {o} en PDF, emitida a nombre de su empresa tal como nos indicó.

Nº de factura: F-2024/0815
CIF: B-87654321
NIF-IVA: ESB87654321

Un saludo,
Administración Suministros Levante S.L.""", [], "clean: invoice with CIF and VAT")
M(L, "review-request", "text", "¿Qué le ha parecido su pedido {o}?", """Hola, Javier:

Hace unas semanas recibió la mochila de senderismo de su pedido {o}. Si le apetece, nos ayudaría mucho que compartiera su opinión en Amazon: una reseña sincera, sea buena o mala, orienta a otros compradores.

Gracias por su tiempo,
Montaña Viva""", [], "clean: neutral text review request")
M(L, "delivery-scheduling", "text", "Cita para la entrega de su pedido {o}", """Buenos días, Sr. López:

Su lavadora (pedido {o}) ya está en nuestro almacén de Getafe. La entregamos con dos operarios y retiramos el aparato antiguo si lo desea.

Tenemos hueco:
- jueves 6 de junio, de 9:00 a 14:00
- sábado 8 de junio, de 10:00 a 14:00

Indíquenos qué franja le viene mejor y si hay ascensor en el edificio.

Saludos,
Electrodomésticos Sur""", [], "clean: delivery scheduling")
M(L, "home-service-appointment", "text", "Instalación de su pedido {o}", """Hola, Sra. Sánchez:

Con su pedido {o} contrató la instalación de la campana extractora. Nuestro técnico puede ir el miércoles 22 de mayo entre las 16:00 y las 18:00.

Si no le va bien, díganos otro día de esa semana y lo reorganizamos.

Un saludo,
Instalaciones Rápidas Valencia""", [], "clean: home service appointment")
M(L, "custom-design-verification", "html", "Revise su diseño – pedido {o}", """<p>Hola, Marta:</p>
<p>Le adjuntamos la prueba de la camiseta personalizada de su pedido {o}, con el texto "Despedida de Laura – Cádiz 2024" en letras rosas sobre fondo blanco.</p>
<p>¿Nos confirma que todo está correcto? En cuanto nos dé el visto bueno, la imprimimos.</p>
<p>Saludos,<br>Estampados Bahía</p>""", [], "clean: design proof")
M(L, "additional-information", "text", "Necesitamos un dato – pedido {o}", """Buenas tardes, Sr. Romero:

Para fabricar el estor a medida de su pedido {o} necesitamos saber si los 120 cm de ancho son la medida del hueco de la ventana o la medida final del estor.

Gracias de antemano,
Cortinas a Medida Sevilla""", [], "clean: additional info")
M(L, "return-follow-up", "text", "Su devolución – pedido {o}", """Estimada Sra. Navarro:

Hemos recibido la devolución del abrigo de su pedido {o}. Al revisarlo, hemos visto que falta el cinturón y tiene una mancha en la manga.

Le podemos ofrecer un reembolso parcial de 40,00 € (de los 89,00 € pagados). ¿Le parece bien? Si acepta, lo tramitamos enseguida a través de Amazon.

Atentamente,
Moda Castellana""", [], "clean: partial refund offer")
M(L, "return-follow-up", "html", "Devolución del pedido {o}: una pregunta", """<p>Hola, Sr. Torres:</p>
<p>Hemos recibido su solicitud de devolución del pedido {o}. Para completarla, ¿nos indica si el auricular que falla es el izquierdo o el derecho?</p>
<p>Número de devolución: DEV-33018</p>
<p>Gracias,<br>AudioMax</p>""", [], "clean: return question with RMA")
M(L, "fulfillment-question", "text", "Entrega de su pedido {o}", """Hola, Sra. Díaz:

La agencia de transporte nos indica que en su dirección (Calle Mayor 12, Zaragoza) hay dos portales con el mismo número. Para entregar el pedido {o}, ¿podría decirnos si es el portal A o el B y el piso?

Referencia de la agencia: SEUR-ZA-448120

Gracias,
Vinos del Somontano""", [], "clean: fulfillment question")
M(L, "reply", "text", "RE: Pregunta sobre su pedido {o}", """Hola, Sr. Ruiz:

Gracias por su mensaje. El producto de su pedido {o}, la "Reiselampe Compact" de la marca alemana Lichtwerk, funciona con 230 V y trae enchufe europeo, así que puede usarla en España sin adaptador. El manual incluye instrucciones en español.

Un saludo,
Iluminación Global""", [], "clean: reply quoting German product title")
# ---- violations: words (16)
M(L, "additional-information", "text", "¡Su pedido {o} ya está en camino!", """Hola, Carmen:

¡Buenas noticias! Su pedido {o} ha salido hoy de nuestro almacén y ya está en manos de Correos Express. Número de seguimiento: 2380045719.

Que lo disfrute,
Cosmética Natural Alba""", ["BSM201"], "shipment confirmation")
M(L, "reply", "text", "Gracias por su compra – {o}", """Estimado Sr. Molina:

Muchísimas gracias por confiar en nosotros para su pedido {o}. Estamos a su disposición para cualquier cosa que necesite.

Un cordial saludo,
Ferretería Molina""", ["BSM202"], "thanks and offer to help only")
M(L, "delivery-delay", "html", "Retraso pedido {o}", """<p>Hola, Sra. Ortega:</p>
<p>Su pedido {o} saldrá con tres días de retraso, el 15 de abril.</p>
<p>P. D.: ¡Estamos de rebajas! Todo el catálogo de ropa de cama con un 25 % de descuento hasta el domingo.</p>
<p>Saludos,<br>Textil Hogar</p>""", ["BSM203"], "sale in P.S.")
M(L, "review-request", "text", "Su opinión – pedido {o}", """Hola, Sr. Delgado:

Si escribe una reseña del cepillo eléctrico de su pedido {o}, le regalamos un juego de cabezales de recambio. Solo tiene que mandarnos el enlace a la reseña.

¡Gracias!
Sonrisa Perfecta""", ["BSM204"], "free product for review")
M(L, "reply", "text", "RE: Su valoración – pedido {o}", """Estimada Sra. Castro:

Como nos confirmó ayer, la batidora de su pedido {o} ya funciona: solo era la junta mal colocada. Ahora que está solucionado, ¿podría cambiar su valoración de una estrella por otra que refleje mejor nuestra atención?

Gracias,
Batidoras Pro""", ["BSM205"], "asks to change rating of existing review")
M(L, "delivery-delay", "text", "Pedido {o} – sin existencias", """Hola, Sr. Vargas:

El taladro de su pedido {o} se ha agotado y no sabemos cuándo recibiremos más unidades.

Le agradeceríamos que solicitara la cancelación del pedido desde su cuenta de Amazon para poder cerrarlo cuanto antes.

Saludos,
Herramientas Vargas""", ["BSM108"], "asks buyer to request cancellation")
M(L, "order-problem", "text", "Incidencia con su pedido {o}", """Estimada Sra. Ramos:

Sentimos informarle de que no podremos enviar la lámpara de su pedido {o}, ya que se ha roto en nuestro almacén.

Disculpe las molestias.

Atentamente,
Luz y Diseño""", ["BSM107"], "order problem without adjustment")
M(L, "return-follow-up", "html", "Devolución pedido {o}", """<p>Hola, Sr. Gil:</p>
<p>Le confirmamos que hemos recibido la devolución de su pedido {o} en perfecto estado. ¡Gracias!</p>
<p>Saludos,<br>Deportes Gil</p>""", ["BSM109"], "return message without question/partial refund")
M(L, "invoice", "text", "[IMPORTANTE] Factura pedido {o}", """Estimado Sr. Serrano:

Adjuntamos la factura de su pedido {o} (nº 2024-1120).

Atentamente,
Papelería Serrano""", ["BSM110"], "[IMPORTANTE] on invoice")
M(L, "delivery-delay", "text", "Retraso – pedido {o}", """Hola, Sra. Blanco:

Su pedido {o} (mesa de escritorio) saldrá el 3 de junio en lugar del 30 de mayo.

Si no quiere recibir más mensajes nuestros, responda BAJA.

Saludos,
Oficina en Casa""", ["BSM305"], "opt-out instruction")
M(L, "reply", "text", "RE: Queja pedido {o}", """Sr. Iglesias:

Mire, ya estamos hasta los cojones de sus quejas. El jarrón del pedido {o} salió perfecto de aquí. Si lo ha roto usted, no es nuestro problema, joder.

Cerámica Talavera""", ["BSM306"], "profanity")
M(L, "additional-information", "text", "Foto para su pedido {o}", """Hola, Sra. Medina:

Para hacer el retrato de su pedido {o} necesitamos la foto en alta resolución. Puede enviarla a retratos arroba pintalia punto es.

Gracias,
Pintalia""", ["BSM308"], "obfuscated email (arroba/punto)")
M(L, "delivery-scheduling", "text", "Entrega de su sofá – {o}", """Buenos días, Sr. Cortés:

Su sofá (pedido {o}) está listo para entregar. Llámenos al 955 12 34 87 para concertar el día y la hora.

Saludos,
Muebles Cortés""", ["BSM309"], "seller phone number")
M(L, "reply", "html", "RE: Instrucciones – pedido {o}", """<p>Hola, Sra. Fuentes:</p>
<p>Tiene las instrucciones del deshumidificador de su pedido {o} en la página del producto. <a href="https://www.amazon.es/dp/B0CT7Z2WQM">Pulse aquí</a> y baje hasta "Documentos".</p>
<p>Un saludo,<br>Clima Hogar</p>""", ["BSM401"], "'Pulse aquí'")
M(L, "custom-design-verification", "text", "Su diseño – pedido {o}", """¡Hola, Paula!

Te mandamos adjunta la prueba de tu taza personalizada (pedido {o}) 🎉 Hemos puesto "Mejor abuela del mundo" debajo de la foto.

¿Nos dices si te gusta?
Tazas Únicas""", ["BSM403"], "emoji")
M(L, "delivery-delay", "text", "Retraso pedido {o}", """Dear Mr Herrera,

Your order {o} (leather wallet) will be shipped four days late, on 12 April, because of a problem with our supplier.

Sorry for the inconvenience.
Marroquinería Herrera""", ["BSM104"], "es-ES buyer, message in English")
# ---- markup (7)
M(L, "fulfillment-question", "html", "Pedido {o}: elija punto de recogida", """<p>Hola, Sr. Pascual:</p>
<p>Para su pedido {o} puede elegir entre dos puntos de recogida cerca de su domicilio. Si lo desea, puede leer nuestra <a href="https://www.bicisyrutas.es/guias/mantenimiento-cadena">guía de mantenimiento de la cadena en bicisyrutas.es</a>.</p>
<p>¿Prefiere la tienda de la Plaza Mayor o la gasolinera de la Avenida del Puerto?</p>
<p>Saludos,<br>Bicis y Rutas</p>""", ["BSM302"], "https link to seller site (maintenance guide, not needed for the order)")
M(L, "review-request", "html", "Su opinión sobre el pedido {o}", """<p><img src="{gif}" alt="Aceites Jaén" width="120" height="40"></p>
<p>Hola, Sra. Lozano:</p>
<p>Esperamos que disfrute del aceite de su pedido {o}. Si lo desea, puede dejar una reseña sincera en Amazon.</p>
<p>Un saludo,<br>Aceites Jaén</p>""".replace("{gif}", animated_gif_uri()), ["BSM404"], "animated GIF logo")
M(L, "delivery-delay", "html", "Retraso pedido {o}", """<div style="font-family:'Helvetica Neue',Arial,sans-serif">
<p>Estimado Sr. Calvo:</p>
<p>Su pedido {o} se enviará el 9 de mayo, dos días más tarde de lo previsto.</p>
<p>Atentamente,<br>Librería Calvo</p>
</div>""", ["BSM407"], "font-family set")
M(L, "additional-information", "html", "Dato necesario – pedido {o}", """<p>Hola, Sra. Prieto:</p>
<p>Para grabar la placa de su pedido {o}, <font color="#8e44ad">necesitamos saber el nombre exacto de su mascota</font>.</p>
<p>Gracias,<br>Placas Mascota</p>""", ["BSM409"], "<font color>")
M(L, "delivery-delay", "html", "Nueva fecha – pedido {o}", """<p>Hola, Sr. Rubio:</p>
<p>Su bicicleta estática (pedido {o}) se enviará el 20 de marzo.</p>
<p><img src="https://cdn.fitcasa.es/productos/bici-estatica-x200.jpg" alt="Bicicleta estática X200" width="300"></p>
<p>Saludos,<br>FitCasa</p>""", ["BSM310"], "product image")
M(L, "invoice", "html", "Factura – pedido {o}", """<p><img src="http://www.quesosmanchegos.es/img/logo-quesos-manchegos.png" alt="Quesos Manchegos" width="140"></p>
<p>Hola, Sra. Marín:</p>
<p>Adjuntamos la factura de su pedido {o} (nº QM-2024-0451).</p>
<p>Saludos,<br>Quesos Manchegos</p>""", ["BSM413"], "http logo image")
M(L, "home-service-appointment", "html", "Cita de instalación – pedido {o}", """<p align="center">Hola, Sr. Sanz:</p>
<p align="center">La instalación del termo eléctrico de su pedido {o} está prevista para el viernes 31 de mayo, de 9:00 a 11:00.</p>
<p align="center">Un saludo,<br>Termos Sanz</p>""", ["BSM411"], "align=center paragraphs")
