<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Account</name>
    <message>
        <source>the account address is empty</source>
        <translation>la dirección de la cuenta está vacía</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address like example.amocrm.ru</source>
        <translation>«%1» no es una dirección como example.amocrm.ru</translation>
    </message>
    <message>
        <source>the account address must start with https://</source>
        <translation>la dirección de la cuenta debe empezar por https://</translation>
    </message>
    <message>
        <source>plain http:// is allowed only for this computer (127.0.0.1); use https://</source>
        <translation>http:// sin cifrar solo se admite para este equipo (127.0.0.1); use https://</translation>
    </message>
    <message>
        <source>use the account&apos;s own address (subdomain.amocrm.ru), not www.</source>
        <translation>use la dirección propia de la cuenta (subdominio.amocrm.ru), no www.</translation>
    </message>
    <message>
        <source>the account address must be just the host, like https://example.amocrm.ru</source>
        <translation>la dirección de la cuenta debe ser solo el host, como https://example.amocrm.ru</translation>
    </message>
</context>
<context>
    <name>AccountSession</name>
    <message>
        <source>the %1 of account &quot;%2&quot; is not in the system keychain; add the account again</source>
        <translation>el %1 de la cuenta «%2» no está en el llavero del sistema; vuelva a añadir la cuenta</translation>
    </message>
    <message>
        <source>token</source>
        <translation>token</translation>
    </message>
    <message>
        <source>client secret</source>
        <translation>secreto del cliente</translation>
    </message>
    <message>
        <source>refresh token</source>
        <translation>token de actualización</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <source>Add an account</source>
        <translation>Añadir una cuenta</translation>
    </message>
    <message>
        <source>Account address:</source>
        <translation>Dirección de la cuenta:</translation>
    </message>
    <message>
        <source>example.amocrm.ru or example.kommo.com</source>
        <translation>example.amocrm.ru o example.kommo.com</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>optional: how AmoDesk names it</source>
        <translation>opcional: cómo la llama AmoDesk</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>Cómo:</translation>
    </message>
    <message>
        <source>Sign in through the browser (OAuth)</source>
        <translation>Iniciar sesión en el navegador (OAuth)</translation>
    </message>
    <message>
        <source>Paste an authorization code from the integration&apos;s settings</source>
        <translation>Pegar un código de autorización de la configuración de la integración</translation>
    </message>
    <message>
        <source>Use a long-lived token</source>
        <translation>Usar un token de larga duración</translation>
    </message>
    <message>
        <source>Integration ID:</source>
        <translation>ID de la integración:</translation>
    </message>
    <message>
        <source>the integration&apos;s ID</source>
        <translation>el ID de la integración</translation>
    </message>
    <message>
        <source>Secret key:</source>
        <translation>Clave secreta:</translation>
    </message>
    <message>
        <source>the integration&apos;s secret key</source>
        <translation>la clave secreta de la integración</translation>
    </message>
    <message>
        <source>Redirect URI:</source>
        <translation>URI de redirección:</translation>
    </message>
    <message>
        <source>for the browser: http://127.0.0.1:PORT/...</source>
        <translation>para el navegador: http://127.0.0.1:PUERTO/...</translation>
    </message>
    <message>
        <source>Authorization code:</source>
        <translation>Código de autorización:</translation>
    </message>
    <message>
        <source>valid for 20 minutes, once</source>
        <translation>válido 20 minutos, una vez</translation>
    </message>
    <message>
        <source>Long-lived token:</source>
        <translation>Token de larga duración:</translation>
    </message>
    <message>
        <source>shown once when the integration was made</source>
        <translation>se muestra una vez al crear la integración</translation>
    </message>
    <message>
        <source>Tokens and the secret key are kept only in the system keychain.</source>
        <translation>Los tokens y la clave secreta se guardan solo en el llavero del sistema.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <source>The account could not be reached</source>
        <translation>No se pudo contactar con la cuenta</translation>
    </message>
    <message>
        <source>The account did not answer in time</source>
        <translation>La cuenta no respondió a tiempo</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>The account no longer accepts AmoDesk&apos;s sign-in; sign in to the account again</source>
        <translation>La cuenta ya no acepta el inicio de sesión de AmoDesk; vuelva a iniciar sesión en la cuenta</translation>
    </message>
    <message>
        <source>The account is not paid for, or its plan does not include this feature</source>
        <translation>La cuenta no está pagada o su plan no incluye esta función</translation>
    </message>
    <message>
        <source>Your user has no rights to do this in the account</source>
        <translation>Su usuario no tiene permisos para hacer esto en la cuenta</translation>
    </message>
    <message>
        <source>amoCRM has blocked access for exceeding the request limit too often (HTTP 403). Only amoCRM support can lift the block; AmoDesk has stopped sending requests.</source>
        <translation>amoCRM ha bloqueado el acceso por superar con demasiada frecuencia el límite de solicitudes (HTTP 403). Solo el soporte de amoCRM puede levantar el bloqueo; AmoDesk ha dejado de enviar solicitudes.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>Too many requests: amoCRM asked to slow down</source>
        <translation>Demasiadas solicitudes: amoCRM pidió ir más despacio</translation>
    </message>
    <message>
        <source>amoCRM refused the data</source>
        <translation>amoCRM rechazó los datos</translation>
    </message>
    <message>
        <source>Too many items in one request (at most 250)</source>
        <translation>Demasiados elementos en una solicitud (como máximo 250)</translation>
    </message>
    <message>
        <source>amoCRM had an internal error (HTTP %1)</source>
        <translation>amoCRM tuvo un error interno (HTTP %1)</translation>
    </message>
    <message>
        <source>amoCRM answered in an unexpected way (HTTP %1)</source>
        <translation>amoCRM respondió de forma inesperada (HTTP %1)</translation>
    </message>
    <message>
        <source>The system keychain failed</source>
        <translation>El llavero del sistema falló</translation>
    </message>
    <message>
        <source>the change may have been made before the connection was lost</source>
        <translation>el cambio pudo hacerse antes de que se perdiera la conexión</translation>
    </message>
</context>
<context>
    <name>BotContinueDialog</name>
    <message>
        <source>Continue a bot</source>
        <translation>Continuar un bot</translation>
    </message>
    <message>
        <source>Bot:</source>
        <translation>Bot:</translation>
    </message>
    <message>
        <source>Salesbot</source>
        <translation>Salesbot</translation>
    </message>
    <message>
        <source>Marketingbot</source>
        <translation>Marketingbot</translation>
    </message>
    <message>
        <source>Bot ID:</source>
        <translation>ID del bot:</translation>
    </message>
    <message>
        <source>the bot&apos;s ID</source>
        <translation>el ID del bot</translation>
    </message>
    <message>
        <source>Continue ID:</source>
        <translation>ID de continuación:</translation>
    </message>
    <message>
        <source>the continue_id the widget received</source>
        <translation>el continue_id que recibió el widget</translation>
    </message>
    <message>
        <source>data: what the bot receives</source>
        <translation>data: lo que recibe el bot</translation>
    </message>
    <message>
        <source>Add a key</source>
        <translation>Añadir una clave</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Edit data as JSON</source>
        <translation>Editar data como JSON</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>execute_handlers: what the bot does next (at most 10)</source>
        <translation>execute_handlers: lo que hace el bot después (como máximo 10)</translation>
    </message>
    <message>
        <source>Show text</source>
        <translation>Mostrar texto</translation>
    </message>
    <message>
        <source>Show buttons</source>
        <translation>Mostrar botones</translation>
    </message>
    <message>
        <source>Show links</source>
        <translation>Mostrar enlaces</translation>
    </message>
    <message>
        <source>Go to a step</source>
        <translation>Ir a un paso</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Manejador</translation>
    </message>
    <message>
        <source>Text, or goto type</source>
        <translation>Texto, o tipo de goto</translation>
    </message>
    <message>
        <source>Buttons (separated by |), or step</source>
        <translation>Botones (separados por |), o paso</translation>
    </message>
    <message>
        <source>Request body:</source>
        <translation>Cuerpo de la solicitud:</translation>
    </message>
</context>
<context>
    <name>BulkChangeDialog</name>
    <message>
        <source>Bulk change</source>
        <translation>Cambio masivo</translation>
    </message>
    <message>
        <source>&amp;IDs:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>IDs separated by spaces, commas or lines</source>
        <translation>ID separados por espacios, comas o líneas</translation>
    </message>
    <message>
        <source>&amp;Change:</source>
        <translation>&amp;Cambio:</translation>
    </message>
    <message>
        <source>&amp;Pipeline:</source>
        <translation>&amp;Embudo:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;A:</translation>
    </message>
    <message>
        <source>T&amp;ag:</source>
        <translation>E&amp;tiqueta:</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Campo:</translation>
    </message>
    <message>
        <source>Val&amp;ue:</source>
        <translation>&amp;Valor:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>The text of the note added to each of them</source>
        <translation>El texto de la nota que se añade a cada una</translation>
    </message>
</context>
<context>
    <name>ButtonPresets</name>
    <message>
        <source>a preset needs a name</source>
        <translation>un ajuste guardado necesita un nombre</translation>
    </message>
</context>
<context>
    <name>ButtonSnippets</name>
    <message>
        <source>choose a field</source>
        <translation>elija un campo</translation>
    </message>
    <message>
        <source>needs a value</source>
        <translation>necesita un valor</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address part</source>
        <translation>«%1» no es una parte de la dirección</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Negocio</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Text note</source>
        <translation>Nota de texto</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Llamada entrante</translation>
    </message>
    <message>
        <source>Outgoing call</source>
        <translation>Llamada saliente</translation>
    </message>
    <message>
        <source>Service message</source>
        <translation>Mensaje del sistema</translation>
    </message>
    <message>
        <source>Incoming SMS</source>
        <translation>SMS entrante</translation>
    </message>
    <message>
        <source>Outgoing SMS</source>
        <translation>SMS saliente</translation>
    </message>
    <message>
        <source>is required for a note</source>
        <translation>es obligatorio para una nota</translation>
    </message>
    <message>
        <source>choose where the note goes: contact, lead, company or customer</source>
        <translation>elija dónde va la nota: contacto, negocio, empresa o cliente</translation>
    </message>
    <message>
        <source>choose one of the documented note types</source>
        <translation>elija uno de los tipos de nota documentados</translation>
    </message>
    <message>
        <source>must be a whole amount, 0 or more</source>
        <translation>debe ser un importe entero, 0 o más</translation>
    </message>
</context>
<context>
    <name>ChangeText</name>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Responsible user</source>
        <translation>Usuario responsable</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Next purchase</source>
        <translation>Próxima compra</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Venta</translation>
    </message>
    <message>
        <source>Tag “%1”</source>
        <translation>Etiqueta «%1»</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Puesta</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>No puesta</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Vinculados</translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation>Sin vincular</translation>
    </message>
    <message>
        <source>Link: %1 #%2</source>
        <translation>Vínculo: %1 #%2</translation>
    </message>
    <message>
        <source>Link: %1 «%2»</source>
        <translation>Vínculo: %1 «%2»</translation>
    </message>
</context>
<context>
    <name>ChatButtonConfig</name>
    <message>
        <source>the quote at position %1 is never closed</source>
        <translation>la comilla de la posición %1 nunca se cierra</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date-fns token; put literal text in single quotes</source>
        <translation>«%1» no es un token de date-fns; ponga el texto literal entre comillas simples</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a CSS colour (a name, #hex, rgb(), rgba(), hsl() or hsla())</source>
        <translation>«%1» no es un color CSS (un nombre, #hex, rgb(), rgba(), hsl() o hsla())</translation>
    </message>
    <message>
        <source>must be widget or frame</source>
        <translation>debe ser widget o frame</translation>
    </message>
    <message>
        <source>is required in frame mode: the CSS selector of the element the chat opens in</source>
        <translation>es obligatorio en modo frame: el selector CSS del elemento donde se abre el chat</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a CSS selector like #chat or .chat-holder</source>
        <translation>«%1» no es un selector CSS como #chat o .chat-holder</translation>
    </message>
    <message>
        <source>must be ru, en, es or pt</source>
        <translation>debe ser ru, en, es o pt</translation>
    </message>
    <message>
        <source>is not a string the chat lets you change</source>
        <translation>no es un texto que el chat permita cambiar</translation>
    </message>
    <message>
        <source>must be from 1 to %1 pixels (the chat allows no more), not %2</source>
        <translation>debe ser de 1 a %1 píxeles (el chat no permite más), no %2</translation>
    </message>
    <message>
        <source>has colours but is hidden; show it or clear its colours</source>
        <translation>tiene colores pero está oculto; muéstrelo o borre sus colores</translation>
    </message>
    <message>
        <source>the preset is empty or not a JSON object</source>
        <translation>el preajuste está vacío o no es un objeto JSON</translation>
    </message>
    <message>
        <source>%1 must be a number of pixels</source>
        <translation>%1 debe ser un número de píxeles</translation>
    </message>
    <message>
        <source>%1 must be text</source>
        <translation>%1 debe ser texto</translation>
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation>%1 debe ser true o false</translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation>%1 debe ser un objeto</translation>
    </message>
    <message>
        <source>unknown keys: %1</source>
        <translation>claves desconocidas: %1</translation>
    </message>
    <message>
        <source>unknown keys: %1 (neither a preset of AmoDesk nor the documented {&quot;onlinechat&quot;: {...}} object)</source>
        <translation>claves desconocidas: %1 (no es un preajuste de AmoDesk ni el objeto documentado {&quot;onlinechat&quot;: {...}})</translation>
    </message>
</context>
<context>
    <name>ColourPicker</name>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Choose the colour</source>
        <translation>Elegir el color</translation>
    </message>
</context>
<context>
    <name>CsvTable</name>
    <message>
        <source>the quote opened on line %1 is never closed</source>
        <translation>la comilla abierta en la línea %1 nunca se cierra</translation>
    </message>
    <message>
        <source>the file holds no rows</source>
        <translation>el archivo no tiene filas</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
</context>
<context>
    <name>EntityHistoryDialog</name>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
</context>
<context>
    <name>Event</name>
    <message>
        <source>note %1</source>
        <translation>nota %1</translation>
    </message>
    <message>
        <source>intent %1</source>
        <translation>intención %1</translation>
    </message>
    <message>
        <source>purchase %1</source>
        <translation>compra %1</translation>
    </message>
    <message>
        <source>NPS %1</source>
        <translation>NPS %1</translation>
    </message>
    <message>
        <source>message %1</source>
        <translation>mensaje %1</translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation>etiqueta %1</translation>
    </message>
    <message>
        <source>stage %1 (pipeline %2)</source>
        <translation>etapa %1 (embudo %2)</translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation>etapa %1</translation>
    </message>
    <message>
        <source>linked %1 %2</source>
        <translation>vinculado %1 %2</translation>
    </message>
    <message>
        <source>unlinked %1 %2</source>
        <translation>desvinculado %1 %2</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>usuario %1</translation>
    </message>
    <message>
        <source>task type %1</source>
        <translation>tipo de tarea %1</translation>
    </message>
    <message>
        <source>field %1: %2</source>
        <translation>campo %1: %2</translation>
    </message>
    <message>
        <source>an event without an id</source>
        <translation>un evento sin id</translation>
    </message>
    <message>
        <source>event %1 has no type</source>
        <translation>el evento %1 no tiene tipo</translation>
    </message>
    <message>
        <source>event %1 has no time</source>
        <translation>el evento %1 no tiene hora</translation>
    </message>
</context>
<context>
    <name>EventDescriber</name>
    <message>
        <source>Lead</source>
        <translation>Negocio</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>List item</source>
        <translation>Elemento de lista</translation>
    </message>
    <message>
        <source>amoCRM</source>
        <translation>amoCRM</translation>
    </message>
    <message>
        <source>user #%1</source>
        <translation>usuario n.º %1</translation>
    </message>
    <message>
        <source>note #%1</source>
        <translation>nota n.º %1</translation>
    </message>
    <message>
        <source>intent #%1</source>
        <translation>intención n.º %1</translation>
    </message>
    <message>
        <source>purchase #%1</source>
        <translation>compra n.º %1</translation>
    </message>
    <message>
        <source>NPS rate %1 of 10</source>
        <translation>valoración NPS %1 de 10</translation>
    </message>
    <message>
        <source>message %1</source>
        <translation>mensaje %1</translation>
    </message>
    <message>
        <source>stage #%1</source>
        <translation>etapa n.º %1</translation>
    </message>
    <message>
        <source>pipeline #%1</source>
        <translation>embudo n.º %1</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>task type #%1</source>
        <translation>tipo de tarea n.º %1</translation>
    </message>
    <message>
        <source>field #%1</source>
        <translation>campo n.º %1</translation>
    </message>
    <message>
        <source>%1 → (removed)</source>
        <translation>%1 → (eliminado)</translation>
    </message>
    <message>
        <source>%1, in the chat of %2</source>
        <translation>%1, en el chat de %2</translation>
    </message>
    <message>
        <source>linked: %1</source>
        <translation>vinculado: %1</translation>
    </message>
    <message>
        <source>unlinked: %1</source>
        <translation>desvinculado: %1</translation>
    </message>
</context>
<context>
    <name>EventDetailText</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entidad</translation>
    </message>
    <message>
        <source>Contact of the chat</source>
        <translation>Contacto del chat</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Event ID</source>
        <translation>ID del evento</translation>
    </message>
    <message>
        <source>Type key</source>
        <translation>Clave del tipo</translation>
    </message>
    <message>
        <source>As amoCRM sent it</source>
        <translation>Tal como lo envió amoCRM</translation>
    </message>
</context>
<context>
    <name>EventExportDialog</name>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV para Excel (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export events</source>
        <translation>Exportar eventos</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) saved to %1</source>
        <translation>
            <numerusform>%n evento guardado en %1</numerusform>
            <numerusform>%n eventos guardados en %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventExporter</name>
    <message>
        <source>nothing to export</source>
        <translation>no hay nada que exportar</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Tipo de evento</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Entity type</source>
        <translation>Tipo de entidad</translation>
    </message>
    <message>
        <source>Entity ID</source>
        <translation>ID de la entidad</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entidad</translation>
    </message>
    <message>
        <source>Author ID</source>
        <translation>ID del autor</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Event ID</source>
        <translation>ID del evento</translation>
    </message>
</context>
<context>
    <name>EventFilter</name>
    <message>
        <source>at most %1 users can be filtered on, not %2</source>
        <translation>se puede filtrar por %1 usuarios como máximo, no por %2</translation>
    </message>
    <message>
        <source>the start of the period is after its end</source>
        <translation>el inicio del periodo es posterior a su fin</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an entity type (lead, contact, company, customer, task or catalog_ID)</source>
        <translation>«%1» no es un tipo de entidad (lead, contact, company, customer, task o catalog_ID)</translation>
    </message>
    <message>
        <source>at most %1 entity IDs can be filtered on, not %2</source>
        <translation>se puede filtrar por %1 ID de entidad como máximo, no por %2</translation>
    </message>
    <message>
        <source>filtering by entity ID needs exactly one entity type</source>
        <translation>filtrar por ID de entidad necesita exactamente un tipo de entidad</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an event type</source>
        <translation>«%1» no es un tipo de evento</translation>
    </message>
    <message>
        <source>custom_field_ID_value_changed cannot be combined with other event types</source>
        <translation>custom_field_ID_value_changed no se puede combinar con otros tipos de evento</translation>
    </message>
    <message>
        <source>filtering by field values needs exactly one event type custom_field_ID_value_changed</source>
        <translation>filtrar por valores de campo necesita exactamente un tipo de evento custom_field_ID_value_changed</translation>
    </message>
    <message>
        <source>every stage needs a status ID</source>
        <translation>cada etapa necesita un ID de estado</translation>
    </message>
    <message>
        <source>the value to match is empty</source>
        <translation>el valor buscado está vacío</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not something events can be loaded with</source>
        <translation>«%1» no es algo con lo que se puedan cargar los eventos</translation>
    </message>
</context>
<context>
    <name>EventFilterDialog</name>
    <message>
        <source>Filter events</source>
        <translation>Filtrar eventos</translation>
    </message>
    <message>
        <source>Saved filters:</source>
        <translation>Filtros guardados:</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Event types:</source>
        <translation>Tipos de evento:</translation>
    </message>
    <message>
        <source>Find an event type</source>
        <translation>Buscar un tipo de evento</translation>
    </message>
    <message>
        <source>Field changed:</source>
        <translation>Campo cambiado:</translation>
    </message>
    <message>
        <source>Changes of one field; this excludes every other event type</source>
        <translation>Cambios de un campo; esto excluye todos los demás tipos de evento</translation>
    </message>
    <message>
        <source>Entity types:</source>
        <translation>Tipos de entidad:</translation>
    </message>
    <message>
        <source>List IDs:</source>
        <translation>ID de listas:</translation>
    </message>
    <message>
        <source>items of these lists, e.g. 1075, 1076</source>
        <translation>elementos de estas listas, p. ej. 1075, 1076</translation>
    </message>
    <message>
        <source>Entity IDs:</source>
        <translation>ID de entidades:</translation>
    </message>
    <message>
        <source>up to 10 IDs, with exactly one entity type</source>
        <translation>hasta 10 ID, con exactamente un tipo de entidad</translation>
    </message>
    <message>
        <source>Authors (up to 10):</source>
        <translation>Autores (hasta 10):</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periodo:</translation>
    </message>
    <message>
        <source>from</source>
        <translation>desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Event IDs:</source>
        <translation>ID de eventos:</translation>
    </message>
    <message>
        <source>event IDs, comma-separated</source>
        <translation>ID de eventos, separados por comas</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Valor:</translation>
    </message>
    <message>
        <source>after the change</source>
        <translation>después del cambio</translation>
    </message>
    <message>
        <source>before the change</source>
        <translation>antes del cambio</translation>
    </message>
    <message>
        <source>(any value)</source>
        <translation>(cualquier valor)</translation>
    </message>
    <message>
        <source>Lead stage</source>
        <translation>Etapa del negocio</translation>
    </message>
    <message>
        <source>Customer stage</source>
        <translation>Etapa del cliente</translation>
    </message>
    <message>
        <source>Responsible user</source>
        <translation>Usuario responsable</translation>
    </message>
    <message>
        <source>Field values (enum IDs)</source>
        <translation>Valores del campo (ID de enum)</translation>
    </message>
    <message>
        <source>Exact value</source>
        <translation>Valor exacto</translation>
    </message>
    <message>
        <source>for budget, name, purchases, NPS or field changes</source>
        <translation>para presupuesto, nombre, compras, NPS o cambios de campo</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>Solicitud:</translation>
    </message>
    <message>
        <source>The request AmoDesk will send</source>
        <translation>La solicitud que enviará AmoDesk</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entidad</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
</context>
<context>
    <name>EventsPane</name>
    <message>
        <source>Sign in to an account to see its event log.</source>
        <translation>Inicie sesión en una cuenta para ver su registro de eventos.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How often to check for new events</source>
        <translation>Cada cuánto buscar eventos nuevos</translation>
    </message>
    <message>
        <source>Select an event to see all of it</source>
        <translation>Seleccione un evento para verlo completo</translation>
    </message>
</context>
<context>
    <name>FilterChips</name>
    <message>
        <source>user #%1</source>
        <translation>usuario n.º %1</translation>
    </message>
    <message>
        <source>IDs %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>a %1</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) by ID</source>
        <translation>
            <numerusform>%n evento por ID</numerusform>
            <numerusform>%n eventos por ID</numerusform>
        </translation>
    </message>
    <message>
        <source>before: %1</source>
        <translation>antes: %1</translation>
    </message>
    <message>
        <source>after: %1</source>
        <translation>después: %1</translation>
    </message>
</context>
<context>
    <name>FindEntityDialog</name>
    <message>
        <source>History of an entity</source>
        <translation>Historial de una entidad</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;ID or name:</source>
        <translation>&amp;ID o nombre:</translation>
    </message>
    <message>
        <source>Type an ID, or a name and choose it</source>
        <translation>Escriba un ID, o un nombre y elíjalo</translation>
    </message>
</context>
<context>
    <name>JournalDialog</name>
    <message>
        <source>Revert journal</source>
        <translation>Registro de reversiones</translation>
    </message>
    <message>
        <source>Every revert and bulk change applied to this account, newest first. Choose a run to see what became of each of its changes.</source>
        <translation>Cada reversión y cambio masivo aplicado a esta cuenta, los más recientes primero. Elija una ejecución para ver qué fue de cada uno de sus cambios.</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>&quot;_embedded&quot; is %1 where an object belongs</source>
        <translation>«_embedded» es %1 donde debe haber un objeto</translation>
    </message>
    <message>
        <source>&quot;_embedded.%1&quot; is %2 where a list belongs</source>
        <translation>«_embedded.%1» es %2 donde debe haber una lista</translation>
    </message>
    <message>
        <source>%1 where an object belongs</source>
        <translation>%1 donde debe haber un objeto</translation>
    </message>
    <message>
        <source>item %1 of &quot;%2&quot;: %3</source>
        <translation>elemento %1 de «%2»: %3</translation>
    </message>
</context>
<context>
    <name>LocalStore</name>
    <message>
        <source>amodesk-cli&apos;s account &quot;%1&quot; is now called &quot;%2&quot;: the app has an account of that name</source>
        <translation>la cuenta «%1» de amodesk-cli ahora se llama «%2»: la aplicación ya tiene una cuenta con ese nombre</translation>
    </message>
    <message>
        <source>%1 was left where it is: the shared store has a file of that name</source>
        <translation>%1 se dejó donde estaba: el almacén compartido ya tiene un archivo con ese nombre</translation>
    </message>
    <message>
        <source>the settings %1 could not be written; amodesk-cli&apos;s earlier settings were kept</source>
        <translation>no se pudieron escribir los ajustes %1; se conservaron los ajustes anteriores de amodesk-cli</translation>
    </message>
</context>
<context>
    <name>LoopbackReceiver</name>
    <message>
        <source>the redirect URI must be http://127.0.0.1:PORT/... to be received by AmoDesk, not %1</source>
        <translation>el URI de redirección debe ser http://127.0.0.1:PUERTO/... para que AmoDesk lo reciba, no %1</translation>
    </message>
    <message>
        <source>port %1 for the redirect is in use: %2</source>
        <translation>el puerto %1 de la redirección está en uso: %2</translation>
    </message>
    <message>
        <source>AmoDesk is signed in. You can close this window.</source>
        <translation>AmoDesk ha iniciado sesión. Puede cerrar esta ventana.</translation>
    </message>
    <message>
        <source>This sign-in link is not the one AmoDesk is waiting for.</source>
        <translation>Este enlace de inicio de sesión no es el que AmoDesk espera.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>AmoDesk</source>
        <translation>AmoDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Añadir cuenta…</translation>
    </message>
    <message>
        <source>&amp;Remove account…</source>
        <translation>&amp;Quitar cuenta…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About AmoDesk</source>
        <translation>&amp;Acerca de AmoDesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>NoteDescriber</name>
    <message>
        <source>Text note</source>
        <translation>Nota de texto</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Llamada entrante</translation>
    </message>
    <message>
        <source>Outgoing call</source>
        <translation>Llamada saliente</translation>
    </message>
    <message>
        <source>Service message</source>
        <translation>Mensaje del sistema</translation>
    </message>
    <message>
        <source>Extended service message</source>
        <translation>Mensaje del sistema ampliado</translation>
    </message>
    <message>
        <source>Message to cashier</source>
        <translation>Mensaje al cajero</translation>
    </message>
    <message>
        <source>Geolocation</source>
        <translation>Geolocalización</translation>
    </message>
    <message>
        <source>Incoming SMS</source>
        <translation>SMS entrante</translation>
    </message>
    <message>
        <source>Outgoing SMS</source>
        <translation>SMS saliente</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Task result</source>
        <translation>Resultado de la tarea</translation>
    </message>
    <message>
        <source>Link followed</source>
        <translation>Enlace visitado</translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation>Visita al sitio</translation>
    </message>
    <message>
        <source>Added to retargeting</source>
        <translation>Añadido al retargeting</translation>
    </message>
    <message>
        <source>Removed from retargeting</source>
        <translation>Quitado del retargeting</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Negocios</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Empresas</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Lead IDs</source>
        <translation>ID de negocios</translation>
    </message>
    <message>
        <source>Contact IDs</source>
        <translation>ID de contactos</translation>
    </message>
    <message>
        <source>Company IDs</source>
        <translation>ID de empresas</translation>
    </message>
    <message>
        <source>Customer IDs</source>
        <translation>ID de clientes</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>a %1</translation>
    </message>
    <message>
        <source>created</source>
        <translation>creado</translation>
    </message>
    <message>
        <source>shown</source>
        <translation>mostrado</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>stayed %1</source>
        <translation>permaneció %1</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n adjunto</numerusform>
            <numerusform>%n adjuntos</numerusform>
        </translation>
    </message>
    <message>
        <source>from %1</source>
        <comment>an e-mail&apos;s sender</comment>
        <translation>de %1</translation>
    </message>
    <message>
        <source>sent</source>
        <comment>an e-mail</comment>
        <translation>enviado</translation>
    </message>
</context>
<context>
    <name>NoteDetailText</name>
    <message>
        <source>AmoDesk shows this type but cannot write it.</source>
        <translation>AmoDesk muestra este tipo pero no puede escribirlo.</translation>
    </message>
    <message>
        <source>Open %1 in the browser</source>
        <translation>Abrir %1 en el navegador</translation>
    </message>
    <message>
        <source>Note ID</source>
        <translation>ID de la nota</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Cambiado</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>JSON original</translation>
    </message>
</context>
<context>
    <name>NoteFilter</name>
    <message>
        <source>%1 is not a note ID</source>
        <translation>%1 no es un ID de nota</translation>
    </message>
    <message>
        <source>%1 is not an entity ID</source>
        <translation>%1 no es un ID de entidad</translation>
    </message>
    <message>
        <source>the start of the period is after its end</source>
        <translation>el inicio del periodo es posterior a su fin</translation>
    </message>
    <message>
        <source>notes are ordered by updated_at or id only</source>
        <translation>las notas solo se ordenan por updated_at o id</translation>
    </message>
</context>
<context>
    <name>NoteFilterDialog</name>
    <message>
        <source>Filter notes</source>
        <translation>Filtrar notas</translation>
    </message>
    <message>
        <source>Note types:</source>
        <translation>Tipos de nota:</translation>
    </message>
    <message>
        <source>Note IDs:</source>
        <translation>ID de notas:</translation>
    </message>
    <message>
        <source>any; several separated by commas</source>
        <translation>cualquiera; varios separados por comas</translation>
    </message>
    <message>
        <source>Entity IDs:</source>
        <translation>ID de entidades:</translation>
    </message>
    <message>
        <source>Changed:</source>
        <translation>Cambiadas:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>Orden:</translation>
    </message>
    <message>
        <source>As the API lists them</source>
        <translation>Como los devuelve la API</translation>
    </message>
    <message>
        <source>Changed, oldest first</source>
        <translation>Por cambio, primero las antiguas</translation>
    </message>
    <message>
        <source>Changed, newest first</source>
        <translation>Por cambio, primero las recientes</translation>
    </message>
    <message>
        <source>ID, ascending</source>
        <translation>Por ID, ascendente</translation>
    </message>
    <message>
        <source>ID, descending</source>
        <translation>Por ID, descendente</translation>
    </message>
</context>
<context>
    <name>NoteFilterSummary</name>
    <message>
        <source>types: %1</source>
        <translation>tipos: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entity ID(s)</source>
        <translation>
            <numerusform>%n ID de entidad</numerusform>
            <numerusform>%n ID de entidades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note ID(s)</source>
        <translation>
            <numerusform>%n ID de nota</numerusform>
            <numerusform>%n ID de notas</numerusform>
        </translation>
    </message>
    <message>
        <source>changed from %1</source>
        <translation>cambiadas desde %1</translation>
    </message>
    <message>
        <source>changed until %1</source>
        <translation>cambiadas hasta %1</translation>
    </message>
    <message>
        <source>in the API&apos;s order</source>
        <translation>en el orden de la API</translation>
    </message>
    <message>
        <source>newest first</source>
        <translation>las más recientes primero</translation>
    </message>
    <message>
        <source>oldest first</source>
        <translation>las más antiguas primero</translation>
    </message>
    <message>
        <source>last changed first</source>
        <translation>las modificadas más recientemente primero</translation>
    </message>
    <message>
        <source>least recently changed first</source>
        <translation>las modificadas hace más tiempo primero</translation>
    </message>
    <message>
        <source>All notes of these entities, %1</source>
        <translation>Todas las notas de estas entidades, %1</translation>
    </message>
    <message>
        <source>Filter: %1; %2</source>
        <translation>Filtro: %1; %2</translation>
    </message>
</context>
<context>
    <name>NoteForm</name>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Duration, seconds</source>
        <translation>Duración, segundos</translation>
    </message>
    <message>
        <source>Source (telephony)</source>
        <translation>Origen (telefonía)</translation>
    </message>
    <message>
        <source>Recording link</source>
        <translation>Enlace a la grabación</translation>
    </message>
    <message>
        <source>Call ID</source>
        <translation>ID de la llamada</translation>
    </message>
    <message>
        <source>Who took the call</source>
        <translation>Quién atendió la llamada</translation>
    </message>
    <message>
        <source>Service name</source>
        <translation>Nombre del servicio</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nombre del archivo</translation>
    </message>
    <message>
        <source>File UUID</source>
        <translation>UUID del archivo</translation>
    </message>
    <message>
        <source>Version UUID</source>
        <translation>UUID de la versión</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Mostrado</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Cancelado</translation>
    </message>
</context>
<context>
    <name>NoteOutbox</name>
    <message>
        <source>the outbox %1 is damaged (%2) and was left as it is. Move it aside and try again: notes it held that were not confirmed are then looked up on the server before they are sent.</source>
        <translation>la bandeja de salida %1 está dañada (%2) y se dejó como está. Muévala a otro sitio y vuelva a intentarlo: las notas sin confirmar que contenía se buscarán entonces en el servidor antes de enviarse.</translation>
    </message>
</context>
<context>
    <name>OAuthTokenSource</name>
    <message>
        <source>the sign-in was revoked or has expired; add the account again</source>
        <translation>el inicio de sesión se revocó o caducó; vuelva a añadir la cuenta</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Takes effect at the next start.</source>
        <translation>Se aplica en el próximo inicio.</translation>
    </message>
    <message>
        <source>&amp;Dates and times:</source>
        <translation>&amp;Fechas y horas:</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>&amp;Request budget:</source>
        <translation>&amp;Límite de solicitudes:</translation>
    </message>
    <message>
        <source>amoCRM allows 7 a second; fewer leave room for the account&apos;s other integrations. Every AmoDesk program of the account shares them.</source>
        <translation>amoCRM permite 7 por segundo; menos deja margen para las demás integraciones de la cuenta. Todos los programas de AmoDesk de la cuenta lo comparten.</translation>
    </message>
    <message>
        <source>Event cache:</source>
        <translation>Caché de eventos:</translation>
    </message>
    <message>
        <source>&amp;Clear the cache…</source>
        <translation>&amp;Vaciar la caché…</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>&amp;Notify me of new events that match the filter while the Events pane follows the log</source>
        <translation>&amp;Avisarme de los eventos nuevos que cumplan el filtro mientras el panel Eventos sigue el registro</translation>
    </message>
</context>
<context>
    <name>RevertDialog</name>
    <message>
        <source>Revert changes</source>
        <translation>Revertir cambios</translation>
    </message>
    <message>
        <source>&amp;Also put back values someone changed since the events</source>
        <translation>&amp;También restaurar valores que alguien cambió después de los eventos</translation>
    </message>
</context>
<context>
    <name>RevertJournal</name>
    <message>
        <source>cannot create the journal folder %1</source>
        <translation>no se puede crear la carpeta del registro %1</translation>
    </message>
    <message>
        <source>cannot write the journal file %1: %2</source>
        <translation>no se puede escribir el archivo del registro %1: %2</translation>
    </message>
    <message>
        <source>changed by someone else since the run began</source>
        <translation>alguien más lo cambió desde que empezó la ejecución</translation>
    </message>
    <message>
        <source>cannot write the journal file %1</source>
        <translation>no se puede escribir el archivo del registro %1</translation>
    </message>
    <message>
        <source>given up: %1</source>
        <translation>descartado: %1</translation>
    </message>
</context>
<context>
    <name>RevertPlan</name>
    <message>
        <source>only events of leads, contacts, companies and customers can be reverted</source>
        <translation>solo se pueden revertir eventos de leads, contactos, empresas y clientes</translation>
    </message>
    <message>
        <source>a deleted entity cannot be restored through the API</source>
        <translation>una entidad eliminada no se puede restaurar mediante la API</translation>
    </message>
    <message>
        <source>events of type %1 cannot be reverted</source>
        <translation>los eventos de tipo %1 no se pueden revertir</translation>
    </message>
    <message>
        <source>the event does not say what the value was before</source>
        <translation>el evento no indica cuál era el valor anterior</translation>
    </message>
    <message>
        <source>the entity is deleted; a deleted entity cannot be restored through the API</source>
        <translation>la entidad está eliminada; una entidad eliminada no se puede restaurar mediante la API</translation>
    </message>
    <message>
        <source>the account has no customer stage %1</source>
        <translation>la cuenta no tiene la etapa de clientes %1</translation>
    </message>
    <message>
        <source>the account has no pipeline %1</source>
        <translation>la cuenta no tiene el embudo %1</translation>
    </message>
    <message>
        <source>the stage %1 is not a stage of the pipeline «%2»</source>
        <translation>la etapa %1 no es una etapa del embudo «%2»</translation>
    </message>
    <message>
        <source>the user %1 is not in the account (any more)</source>
        <translation>el usuario %1 no está en la cuenta (ya no)</translation>
    </message>
    <message>
        <source>the account has no field %1</source>
        <translation>la cuenta no tiene el campo %1</translation>
    </message>
    <message>
        <source>«%1» is not a choice of the field «%2»</source>
        <translation>«%1» no es una opción del campo «%2»</translation>
    </message>
    <message>
        <source>links to catalog elements are not reverted</source>
        <translation>los vínculos con elementos de listas no se revierten</translation>
    </message>
    <message>
        <source>%1 and %2 cannot be linked through the API</source>
        <translation>%1 y %2 no se pueden vincular mediante la API</translation>
    </message>
    <message>
        <source>the same link, put back from its other side</source>
        <translation>el mismo vínculo, que se restaura desde su otro lado</translation>
    </message>
</context>
<context>
    <name>SecretVault</name>
    <message>
        <source>the system keychain refused to save a secret: %1</source>
        <translation>el llavero del sistema se negó a guardar un secreto: %1</translation>
    </message>
    <message>
        <source>the system keychain could not be read: %1</source>
        <translation>no se pudo leer el llavero del sistema: %1</translation>
    </message>
    <message>
        <source>the system keychain could not delete a secret: %1</source>
        <translation>el llavero del sistema no pudo borrar un secreto: %1</translation>
    </message>
    <message>
        <source>No system keychain is available (%1). AmoDesk keeps tokens only in the keychain; without one they can be kept for this session only.</source>
        <translation>No hay llavero del sistema (%1). AmoDesk guarda los tokens solo en el llavero; sin él, solo se pueden conservar durante esta sesión.</translation>
    </message>
    <message>
        <source>access was refused in the keychain&apos;s prompt</source>
        <translation>se denegó el acceso en el aviso del llavero</translation>
    </message>
    <message>
        <source>the keychain refused access; it may be locked</source>
        <translation>el llavero denegó el acceso; puede que esté bloqueado</translation>
    </message>
    <message>
        <source>no keychain service is running</source>
        <translation>no hay ningún servicio de llavero en ejecución</translation>
    </message>
    <message>
        <source>this keychain cannot do that</source>
        <translation>este llavero no puede hacer eso</translation>
    </message>
    <message>
        <source>the entry could not be deleted</source>
        <translation>no se pudo borrar la entrada</translation>
    </message>
    <message>
        <source>there is no such entry</source>
        <translation>no existe esa entrada</translation>
    </message>
</context>
<context>
    <name>SyncPeriodDialog</name>
    <message>
        <source>Sync period</source>
        <translation>Sincronizar periodo</translation>
    </message>
    <message>
        <source>Every event of these days goes into the local cache. It can be stopped and goes on later from where it stopped.</source>
        <translation>Todos los eventos de estos días van a la caché local. Se puede detener y continúa después desde donde se detuvo.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
</context>
<context>
    <name>TableCsv</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>TimelineText</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>TokenEndpoint</name>
    <message>
        <source>the account&apos;s address sent the sign-in elsewhere (%1); AmoDesk sends its credentials to the account&apos;s address only</source>
        <translation>la dirección de la cuenta redirigió el inicio de sesión a otro lugar (%1); AmoDesk envía sus credenciales solo a la dirección de la cuenta</translation>
    </message>
    <message>
        <source>no address given</source>
        <translation>sin dirección</translation>
    </message>
    <message>
        <source>the sign-in answer is larger than %1 KB</source>
        <translation>la respuesta de inicio de sesión supera los %1 KB</translation>
    </message>
    <message>
        <source>the sign-in answer has no access token</source>
        <translation>la respuesta de inicio de sesión no trae token de acceso</translation>
    </message>
</context>
<context>
    <name>UpdatePlan</name>
    <message>
        <source>needs the id of the entity to change</source>
        <translation>necesita el id de la entidad a cambiar</translation>
    </message>
    <message>
        <source>is not a key entities update understands, or has the wrong type</source>
        <translation>no es una clave que entities update entienda, o tiene el tipo equivocado</translation>
    </message>
    <message>
        <source>changes nothing: give a field to set besides the id</source>
        <translation>no cambia nada: indique un campo a establecer además del id</translation>
    </message>
</context>
<context>
    <name>WebsiteButtonPane</name>
    <message>
        <source>Preset:</source>
        <translation>Preajuste:</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Preajustes</translation>
    </message>
    <message>
        <source>Save as preset…</source>
        <translation>Guardar como preajuste…</translation>
    </message>
    <message>
        <source>Button and chat</source>
        <translation>Botón y chat</translation>
    </message>
    <message>
        <source>Hide the button when the page loads</source>
        <translation>Ocultar el botón al cargar la página</translation>
    </message>
    <message>
        <source>Button colour:</source>
        <translation>Color del botón:</translation>
    </message>
    <message>
        <source>as set in amoCRM; e.g. #1f8ceb</source>
        <translation>como en amoCRM; p. ej. #1f8ceb</translation>
    </message>
    <message>
        <source>Chat opens:</source>
        <translation>El chat se abre:</translation>
    </message>
    <message>
        <source>Container:</source>
        <translation>Contenedor:</translation>
    </message>
    <message>
        <source>In frame mode incoming messages no longer pop up next to the button; only its unread counter grows.</source>
        <translation>En modo frame los mensajes entrantes ya no aparecen junto al botón; solo crece su contador de no leídos.</translation>
    </message>
    <message>
        <source>Chat user ID:</source>
        <translation>ID de usuario del chat:</translation>
    </message>
    <message>
        <source>empty: a new chat user per browser</source>
        <translation>vacío: un usuario de chat nuevo por navegador</translation>
    </message>
    <message>
        <source>Hash a value…</source>
        <translation>Aplicar hash a un valor…</translation>
    </message>
    <message>
        <source>Put the SHA-256 of a value you type (e.g. the customer&apos;s account ID) into user_id, as amoCRM recommends</source>
        <translation>Poner en user_id el SHA-256 de un valor que escriba (p. ej. el ID de cuenta del cliente), como recomienda amoCRM</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Built-in language:</source>
        <translation>Idioma integrado:</translation>
    </message>
    <message>
        <source>Date format:</source>
        <translation>Formato de fecha:</translation>
    </message>
    <message>
        <source>Time format:</source>
        <translation>Formato de hora:</translation>
    </message>
    <message>
        <source>Message field:</source>
        <translation>Campo de mensaje:</translation>
    </message>
    <message>
        <source>the language&apos;s own text</source>
        <translation>el texto propio del idioma</translation>
    </message>
    <message>
        <source>Sending:</source>
        <translation>Enviando:</translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation>Enviado:</translation>
    </message>
    <message>
        <source>Read:</source>
        <translation>Leído:</translation>
    </message>
    <message>
        <source>Not delivered:</source>
        <translation>No entregado:</translation>
    </message>
    <message>
        <source>&quot;Powered by&quot;:</source>
        <translation>«Creado con»:</translation>
    </message>
    <message>
        <source>New messages:</source>
        <translation>Mensajes nuevos:</translation>
    </message>
    <message>
        <source>Formats use date-fns tokens: dd, MM, yyyy, HH, mm… Put literal text in single quotes.</source>
        <translation>Los formatos usan tokens de date-fns: dd, MM, yyyy, HH, mm… Ponga el texto literal entre comillas simples.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Background:</source>
        <translation>Fondo:</translation>
    </message>
    <message>
        <source>a CSS colour: name, #hex, rgb(), rgba()</source>
        <translation>un color CSS: nombre, #hex, rgb(), rgba()</translation>
    </message>
    <message>
        <source>System texts:</source>
        <translation>Textos del sistema:</translation>
    </message>
    <message>
        <source>No header</source>
        <translation>Sin encabezado</translation>
    </message>
    <message>
        <source>Header background:</source>
        <translation>Fondo del encabezado:</translation>
    </message>
    <message>
        <source>Header text:</source>
        <translation>Texto del encabezado:</translation>
    </message>
    <message>
        <source>Visitor&apos;s messages:</source>
        <translation>Mensajes del visitante:</translation>
    </message>
    <message>
        <source>Visitor&apos;s text:</source>
        <translation>Texto del visitante:</translation>
    </message>
    <message>
        <source>Operator&apos;s messages:</source>
        <translation>Mensajes del operador:</translation>
    </message>
    <message>
        <source>Operator&apos;s text:</source>
        <translation>Texto del operador:</translation>
    </message>
    <message>
        <source>Message field height:</source>
        <translation>Altura del campo de mensaje:</translation>
    </message>
    <message>
        <source>as amoCRM has it</source>
        <translation>como en amoCRM</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Send button:</source>
        <translation>Botón de envío:</translation>
    </message>
    <message>
        <source>Visitor data (setMeta)</source>
        <translation>Datos del visitante (setMeta)</translation>
    </message>
    <message>
        <source>amoCRM fills only fields that are still empty, and accepts data only within 24 hours of the visitor&apos;s first message (or of the incoming lead&apos;s creation).</source>
        <translation>amoCRM solo rellena los campos que siguen vacíos y acepta datos solo dentro de las 24 horas siguientes al primer mensaje del visitante (o a la creación del negocio entrante).</translation>
    </message>
    <message>
        <source>Note text:</source>
        <translation>Texto de la nota:</translation>
    </message>
    <message>
        <source>Note goes to:</source>
        <translation>La nota va a:</translation>
    </message>
    <message>
        <source>Note type:</source>
        <translation>Tipo de nota:</translation>
    </message>
    <message>
        <source>Contact name:</source>
        <translation>Nombre del contacto:</translation>
    </message>
    <message>
        <source>Contact fields:</source>
        <translation>Campos del contacto:</translation>
    </message>
    <message>
        <source>Add a contact field</source>
        <translation>Añadir un campo del contacto</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Lead name:</source>
        <translation>Nombre del negocio:</translation>
    </message>
    <message>
        <source>Lead budget:</source>
        <translation>Presupuesto del negocio:</translation>
    </message>
    <message>
        <source>a whole amount</source>
        <translation>un importe entero</translation>
    </message>
    <message>
        <source>Lead fields:</source>
        <translation>Campos del negocio:</translation>
    </message>
    <message>
        <source>Add a lead field</source>
        <translation>Añadir un campo del negocio</translation>
    </message>
    <message>
        <source>bot_params, any JSON object for the chat&apos;s bot:</source>
        <translation>bot_params, cualquier objeto JSON para el bot del chat:</translation>
    </message>
    <message>
        <source>Scripts</source>
        <translation>Scripts</translation>
    </message>
    <message>
        <source>Snippet:</source>
        <translation>Fragmento:</translation>
    </message>
    <message>
        <source>Hook name:</source>
        <translation>Nombre del hook:</translation>
    </message>
    <message>
        <source>as in the key action&apos;s &quot;own hook&quot; condition</source>
        <translation>como en la condición «hook propio» de la acción clave</translation>
    </message>
    <message>
        <source>bot_params key:</source>
        <translation>Clave de bot_params:</translation>
    </message>
    <message>
        <source>Equals:</source>
        <translation>Igual a:</translation>
    </message>
    <message>
        <source>Copy snippet</source>
        <translation>Copiar fragmento</translation>
    </message>
    <message>
        <source>Copy the snippet to the clipboard (Ctrl+Shift+C)</source>
        <translation>Copiar el fragmento al portapapeles (Ctrl+Shift+C)</translation>
    </message>
</context>
<context>
    <name>WriteRules</name>
    <message>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>debe ser texto</translation>
    </message>
    <message>
        <source>must be a web address starting with http:// or https://</source>
        <translation>debe ser una dirección web que empiece por http:// o https://</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number</source>
        <translation>«%1» no es un número de teléfono</translation>
    </message>
    <message>
        <source>must be a number from %1 to %2</source>
        <translation>debe ser un número de %1 a %2</translation>
    </message>
    <message>
        <source>must be a UUID such as 9905db7c-3a29-4d30-8953-bac68c05e8e8</source>
        <translation>debe ser un UUID como 9905db7c-3a29-4d30-8953-bac68c05e8e8</translation>
    </message>
    <message>
        <source>the note to edit needs its ID</source>
        <translation>la nota que se edita necesita su ID</translation>
    </message>
    <message>
        <source>is required: the ID of the lead, contact, company or customer</source>
        <translation>es obligatorio: el ID del negocio, contacto, empresa o cliente</translation>
    </message>
    <message>
        <source>must be a user ID</source>
        <translation>debe ser un ID de usuario</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a note type that can be written; use one of: %2</source>
        <translation>«%1» no es un tipo de nota que se pueda escribir; use uno de: %2</translation>
    </message>
    <message>
        <source>is required for a %1 note</source>
        <translation>es obligatorio para una nota %1</translation>
    </message>
    <message>
        <source>must be the call&apos;s length in whole seconds</source>
        <translation>debe ser la duración de la llamada en segundos enteros</translation>
    </message>
    <message>
        <source>must be created, shown or canceled</source>
        <translation>debe ser created, shown o canceled</translation>
    </message>
    <message>
        <source>must map user IDs to values</source>
        <translation>debe asociar ID de usuario con valores</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a user ID</source>
        <translation>«%1» no es un ID de usuario</translation>
    </message>
    <message>
        <source>the extension must be text or a number</source>
        <translation>la extensión debe ser texto o un número</translation>
    </message>
    <message>
        <source>needs both a login and a password</source>
        <translation>necesita usuario y contraseña</translation>
    </message>
    <message>
        <source>must be an object of keys and values</source>
        <translation>debe ser un objeto de claves y valores</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>debe ser una lista</translation>
    </message>
    <message>
        <source>at most %1 handlers, not %2</source>
        <translation>como máximo %1 manejadores, no %2</translation>
    </message>
    <message>
        <source>must be text, buttons or buttons_url</source>
        <translation>debe ser text, buttons o buttons_url</translation>
    </message>
    <message>
        <source>at most %1 characters, not %2</source>
        <translation>como máximo %1 caracteres, no %2</translation>
    </message>
    <message>
        <source>at most %1 buttons, not %2</source>
        <translation>como máximo %1 botones, no %2</translation>
    </message>
    <message>
        <source>needs at least one button</source>
        <translation>necesita al menos un botón</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address</source>
        <translation>«%1» no es una dirección web</translation>
    </message>
    <message>
        <source>must be question, answer or finish</source>
        <translation>debe ser question, answer o finish</translation>
    </message>
    <message>
        <source>must be a step number</source>
        <translation>debe ser un número de paso</translation>
    </message>
    <message>
        <source>must be show or goto</source>
        <translation>debe ser show o goto</translation>
    </message>
</context>
<context>
    <name>amodesk::AddAccountDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>The account did not accept AmoDesk: %1</source>
        <translation>La cuenta no aceptó a AmoDesk: %1</translation>
    </message>
    <message>
        <source>Account address: %1</source>
        <translation>Dirección de la cuenta: %1</translation>
    </message>
    <message>
        <source>Name: an account named &quot;%1&quot; exists already</source>
        <translation>Nombre: ya existe una cuenta llamada «%1»</translation>
    </message>
    <message>
        <source>Long-lived token: is required</source>
        <translation>Token de larga duración: es obligatorio</translation>
    </message>
    <message>
        <source>Integration ID: is required</source>
        <translation>ID de la integración: es obligatorio</translation>
    </message>
    <message>
        <source>Secret key: is required</source>
        <translation>Clave secreta: es obligatoria</translation>
    </message>
    <message>
        <source>Redirect URI: is required</source>
        <translation>URI de redirección: es obligatorio</translation>
    </message>
    <message>
        <source>Authorization code: is required</source>
        <translation>Código de autorización: es obligatorio</translation>
    </message>
    <message>
        <source>Checking the account…</source>
        <translation>Comprobando la cuenta…</translation>
    </message>
    <message>
        <source>Redirect URI: %1</source>
        <translation>URI de redirección: %1</translation>
    </message>
    <message>
        <source>Access was refused in the browser.</source>
        <translation>Se denegó el acceso en el navegador.</translation>
    </message>
    <message>
        <source>Allow access in the browser window that opened…</source>
        <translation>Permita el acceso en la ventana del navegador que se abrió…</translation>
    </message>
</context>
<context>
    <name>amodesk::ApiClient</name>
    <message>
        <source>amoCRM asks to wait %1 s before the next request; AmoDesk waits at most %2 s</source>
        <translation>amoCRM pide esperar %1 s antes de la siguiente solicitud; AmoDesk espera como máximo %2 s</translation>
    </message>
    <message>
        <source>an empty answer where data belongs</source>
        <translation>una respuesta vacía donde debe haber datos</translation>
    </message>
    <message>
        <source>a web page where data belongs</source>
        <translation>una página web donde debe haber datos</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>JSON no válido (%1 en el byte %2)</translation>
    </message>
    <message>
        <source>%1 where an object belongs</source>
        <translation>%1 donde debe haber un objeto</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>a single value</source>
        <translation>un valor suelto</translation>
    </message>
    <message>
        <source>the answer is larger than %1 MB</source>
        <translation>la respuesta supera los %1 MB</translation>
    </message>
    <message>
        <source>no answer in %1 s</source>
        <translation>sin respuesta en %1 s</translation>
    </message>
    <message>
        <source>the answer ended before the length it announced</source>
        <translation>la respuesta terminó antes de la longitud que anunció</translation>
    </message>
</context>
<context>
    <name>amodesk::BotContinueDialog</name>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Show text</source>
        <translation>Mostrar texto</translation>
    </message>
    <message>
        <source>Show buttons</source>
        <translation>Mostrar botones</translation>
    </message>
    <message>
        <source>Show links</source>
        <translation>Mostrar enlaces</translation>
    </message>
    <message>
        <source>Go to a step</source>
        <translation>Ir a un paso</translation>
    </message>
    <message>
        <source>question, answer or finish</source>
        <translation>question, answer o finish</translation>
    </message>
    <message>
        <source>the message, at most 80 characters</source>
        <translation>el mensaje, como máximo 80 caracteres</translation>
    </message>
    <message>
        <source>step number</source>
        <translation>número de paso</translation>
    </message>
    <message>
        <source>https://a.example | https://b.example</source>
        <translation>https://a.example | https://b.example</translation>
    </message>
    <message>
        <source>Yes | No</source>
        <translation>Sí | No</translation>
    </message>
    <message>
        <source>data is not JSON: %1 at character %2</source>
        <translation>data no es JSON: %1 en el carácter %2</translation>
    </message>
    <message>
        <source>data must be a JSON object of keys and values</source>
        <translation>data debe ser un objeto JSON de claves y valores</translation>
    </message>
    <message>
        <source>Bot ID: must be a number</source>
        <translation>ID del bot: debe ser un número</translation>
    </message>
    <message>
        <source>Continue ID: must be a number</source>
        <translation>ID de continuación: debe ser un número</translation>
    </message>
    <message>
        <source>Handler %1, %2</source>
        <translation>Manejador %1, %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Accepted (HTTP %1): the bot goes on from this step.</source>
        <translation>Aceptado (HTTP %1): el bot continúa desde este paso.</translation>
    </message>
    <message>
        <source>Not found (HTTP 404): no widget step of bot %1 waits for continuation %2. It may have been continued already, or the bot moved on when its wait ran out.</source>
        <translation>No encontrado (HTTP 404): ningún paso de widget del bot %1 espera la continuación %2. Puede que ya se haya continuado o que el bot siguiera adelante al agotarse la espera.</translation>
    </message>
    <message>
        <source>Refused (HTTP 400): the body breaks a rule of the API.</source>
        <translation>Rechazado (HTTP 400): el cuerpo incumple una regla de la API.</translation>
    </message>
</context>
<context>
    <name>amodesk::BulkChangeDialog</name>
    <message>
        <source>Bulk change of %1</source>
        <translation>Cambio masivo de %1</translation>
    </message>
    <message>
        <source>&amp;Plan…</source>
        <translation>&amp;Planificar…</translation>
    </message>
    <message>
        <source>Move to a stage</source>
        <translation>Mover a una etapa</translation>
    </message>
    <message>
        <source>Set the responsible user</source>
        <translation>Asignar el usuario responsable</translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation>Añadir una etiqueta</translation>
    </message>
    <message>
        <source>Remove a tag</source>
        <translation>Quitar una etiqueta</translation>
    </message>
    <message>
        <source>“%1” is not an ID</source>
        <translation>«%1» no es un ID</translation>
    </message>
    <message>
        <source>give at least one ID</source>
        <translation>indique al menos un ID</translation>
    </message>
    <message>
        <source>choose the stage</source>
        <translation>elija la etapa</translation>
    </message>
    <message>
        <source>choose the user</source>
        <translation>elija el usuario</translation>
    </message>
    <message>
        <source>type the tag</source>
        <translation>escriba la etiqueta</translation>
    </message>
    <message>
        <source>Set a field</source>
        <translation>Establecer un campo</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Añadir una nota</translation>
    </message>
    <message>
        <source>Yes (ticked)</source>
        <translation>Sí (marcado)</translation>
    </message>
    <message>
        <source>No (not ticked)</source>
        <translation>No (sin marcar)</translation>
    </message>
    <message>
        <source>choose the field (this kind of entity has no field a value can be set for here)</source>
        <translation>elija el campo (este tipo de entidad no tiene ningún campo que se pueda establecer aquí)</translation>
    </message>
    <message>
        <source>choose the value</source>
        <translation>elija el valor</translation>
    </message>
    <message>
        <source>type the value</source>
        <translation>escriba el valor</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>«%1» no es un número</translation>
    </message>
    <message>
        <source>“%1” is not a web address</source>
        <translation>«%1» no es una dirección web</translation>
    </message>
    <message>
        <source>type the text of the note</source>
        <translation>escriba el texto de la nota</translation>
    </message>
</context>
<context>
    <name>amodesk::CsvImportDialog</name>
    <message>
        <source>Add notes from CSV</source>
        <translation>Añadir notas desde CSV</translation>
    </message>
    <message>
        <source>Taken from a column</source>
        <translation>Tomado de una columna</translation>
    </message>
    <message>
        <source>Queue notes</source>
        <translation>Poner notas en cola</translation>
    </message>
    <message>
        <source>The first rows of the file:</source>
        <translation>Las primeras filas del archivo:</translation>
    </message>
    <message>
        <source>Note type:</source>
        <translation>Tipo de nota:</translation>
    </message>
    <message>
        <source>%1 cannot be read as CSV: %2</source>
        <translation>%1 no se puede leer como CSV: %2</translation>
    </message>
    <message>
        <source>— not in the file —</source>
        <translation>— no está en el archivo —</translation>
    </message>
    <message>
        <source>%1 column:</source>
        <translation>Columna de %1:</translation>
    </message>
    <message>
        <source>Type column:</source>
        <translation>Columna del tipo:</translation>
    </message>
    <message>
        <source>Params are read from columns named like them (text, phone, duration…).</source>
        <translation>Los parámetros se leen de las columnas con su nombre (text, phone, duration…).</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) ready to queue</source>
        <translation>
            <numerusform>%n nota lista para la cola</numerusform>
            <numerusform>%n notas listas para la cola</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) with problems, left out:</source>
        <translation>
            <numerusform>%n línea con problemas, omitida:</numerusform>
            <numerusform>%n líneas con problemas, omitidas:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queue %n note(s)</source>
        <translation>
            <numerusform>Poner %n nota en cola</numerusform>
            <numerusform>Poner %n notas en cola</numerusform>
        </translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>«%1» no es un número</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>amodesk::DemoSession</name>
    <message>
        <source>The demo server (amodesk-sandbox) is not installed next to AmoDesk.</source>
        <translation>El servidor de demostración (amodesk-sandbox) no está instalado junto a AmoDesk.</translation>
    </message>
    <message>
        <source>Starting the demo account…</source>
        <translation>Iniciando la cuenta de demostración…</translation>
    </message>
    <message>
        <source>The demo server did not start: %1</source>
        <translation>El servidor de demostración no arrancó: %1</translation>
    </message>
    <message>
        <source>The demo account did not answer: %1</source>
        <translation>La cuenta de demostración no respondió: %1</translation>
    </message>
    <message>
        <source>Signed in to %1 (demo, tokens kept for this session only)</source>
        <translation>Sesión iniciada en %1 (demo, tokens guardados solo durante esta sesión)</translation>
    </message>
    <message>
        <source>Demo account unavailable</source>
        <translation>Cuenta de demostración no disponible</translation>
    </message>
    <message>
        <source>Demo account</source>
        <translation>Cuenta de demostración</translation>
    </message>
</context>
<context>
    <name>amodesk::EntityFilterField</name>
    <message>
        <source>All entities; type an ID or a name</source>
        <translation>Todas las entidades; ID o nombre</translation>
    </message>
</context>
<context>
    <name>amodesk::EntityHistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translation>Historial de %1</translation>
    </message>
    <message>
        <source>Reading the events and notes…</source>
        <translation>Leyendo los eventos y las notas…</translation>
    </message>
    <message>
        <source>Reading the events and notes… %1 so far</source>
        <translation>Leyendo los eventos y las notas… %1 hasta ahora</translation>
    </message>
    <message>
        <source>The account has no %1 with the ID %2.</source>
        <translation>La cuenta no tiene ningún elemento «%1» con el ID %2.</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>No se pudo leer el historial: %1</translation>
    </message>
    <message>
        <source>%1 #%2 (deleted)</source>
        <translation>%1 #%2 (eliminado)</translation>
    </message>
    <message>
        <source>%1 and %2, newest first.</source>
        <translation>%1 y %2, los más recientes primero.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n evento</numerusform>
            <numerusform>%n eventos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amodesk::EventFilterDialog</name>
    <message>
        <source>Save filter</source>
        <translation>Guardar filtro</translation>
    </message>
    <message>
        <source>Name of the filter:</source>
        <translation>Nombre del filtro:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>filter[entity]: list IDs must be numbers</source>
        <translation>filter[entity]: los ID de listas deben ser números</translation>
    </message>
    <message>
        <source>filter[entity_id]: entity IDs must be numbers</source>
        <translation>filter[entity_id]: los ID de entidades deben ser números</translation>
    </message>
    <message>
        <source>filter[%1][custom_field_values]: choose at least one value of the field</source>
        <translation>filter[%1][custom_field_values]: elija al menos un valor del campo</translation>
    </message>
    <message>
        <source>(choose a saved filter)</source>
        <translation>(elija un filtro guardado)</translation>
    </message>
</context>
<context>
    <name>amodesk::EventsChart</name>
    <message numerus="yes">
        <source>Events a day, last %n day(s) of the cache</source>
        <translation>
            <numerusform>Eventos por día, último %n día de la caché</numerusform>
            <numerusform>Eventos por día, últimos %n días de la caché</numerusform>
        </translation>
    </message>
    <message>
        <source>Other types</source>
        <translation>Otros tipos</translation>
    </message>
    <message>
        <source>Click a bar to show the events of that day and type</source>
        <translation>Haga clic en una barra para ver los eventos de ese día y tipo</translation>
    </message>
</context>
<context>
    <name>amodesk::EventsPane</name>
    <message>
        <source>&amp;Filter…</source>
        <translation>&amp;Filtrar…</translation>
    </message>
    <message>
        <source>Choose which events to show (Ctrl+Shift+F)</source>
        <translation>Elegir qué eventos mostrar (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>Read the events again (F5)</source>
        <translation>Volver a leer los eventos (F5)</translation>
    </message>
    <message>
        <source>Search the loaded events (Ctrl+F)</source>
        <translation>Buscar en los eventos cargados (Ctrl+F)</translation>
    </message>
    <message>
        <source>Check for new events every few seconds and mark them in bold</source>
        <translation>Buscar eventos nuevos cada pocos segundos y marcarlos en negrita</translation>
    </message>
    <message>
        <source>&amp;Sync period…</source>
        <translation>&amp;Sincronizar periodo…</translation>
    </message>
    <message>
        <source>Copy every event of a period into the local cache, to search it and read it offline</source>
        <translation>Copiar todos los eventos de un periodo a la caché local, para buscarlos y leerlos sin conexión</translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation>&amp;Gráfico</translation>
    </message>
    <message>
        <source>Events a day by type, from the local cache</source>
        <translation>Eventos por día y tipo, de la caché local</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Save the events shown to a CSV or JSON file</source>
        <translation>Guardar los eventos mostrados en un archivo CSV o JSON</translation>
    </message>
    <message>
        <source>Search the cached events (Ctrl+F)</source>
        <translation>Buscar en los eventos de la caché (Ctrl+F)</translation>
    </message>
    <message>
        <source>Sync period</source>
        <translation>Sincronizar periodo</translation>
    </message>
    <message>
        <source>The local cache could not be opened, so events cannot be synced.</source>
        <translation>No se pudo abrir la caché local, así que no se pueden sincronizar eventos.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) in the local cache</source>
        <translation>
            <numerusform>%n evento en la caché local</numerusform>
            <numerusform>%n eventos en la caché local</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cached event(s) match</source>
        <translation>
            <numerusform>%n evento de la caché coincide</numerusform>
            <numerusform>%n eventos de la caché coinciden</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline: the account cannot be reached. Showing the cached events, read-only.</source>
        <translation>Sin conexión: no se puede contactar con la cuenta. Se muestran los eventos de la caché, solo lectura.</translation>
    </message>
    <message>
        <source>Could not read the events: %1</source>
        <translation>No se pudieron leer los eventos: %1</translation>
    </message>
    <message numerus="yes">
        <source>Loading… %n event(s) so far</source>
        <translation>
            <numerusform>Cargando… %n evento hasta ahora</numerusform>
            <numerusform>Cargando… %n eventos hasta ahora</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) loaded</source>
        <translation>
            <numerusform>%n evento cargado</numerusform>
            <numerusform>%n eventos cargados</numerusform>
        </translation>
    </message>
    <message>
        <source>; scroll down for more</source>
        <translation>; desplácese hacia abajo para ver más</translation>
    </message>
    <message numerus="yes">
        <source>(%n new)</source>
        <translation>
            <numerusform>(%n nuevo)</numerusform>
            <numerusform>(%n nuevos)</numerusform>
        </translation>
    </message>
    <message>
        <source>None of these events contains “%1”. Clear the search to see them all.</source>
        <translation>Ninguno de estos eventos contiene «%1». Borre la búsqueda para verlos todos.</translation>
    </message>
    <message>
        <source>No events match this filter. Widen the period or remove a condition under Filter… (Ctrl+Shift+F).</source>
        <translation>Ningún evento coincide con este filtro. Amplíe el período o quite una condición en «Filtrar…» (Ctrl+Shift+F).</translation>
    </message>
    <message>
        <source>The account has no events in this period.</source>
        <translation>La cuenta no tiene eventos en este período.</translation>
    </message>
    <message>
        <source>Search the events</source>
        <translation>Buscar en los eventos</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Follo&amp;w</source>
        <translation>Segui&amp;r</translation>
    </message>
    <message>
        <source>Select the events first (Ctrl+A selects every event shown).</source>
        <translation>Primero seleccione los eventos (Ctrl+A selecciona todos los mostrados).</translation>
    </message>
    <message>
        <source>Select at most %1 events here; Revert everything the filter finds… (Ctrl+Alt+Shift+R) takes a filter of any size.</source>
        <translation>Seleccione como máximo %1 eventos aquí; Revertir todo lo que encuentra el filtro… (Ctrl+Alt+Shift+R) acepta un filtro de cualquier tamaño.</translation>
    </message>
</context>
<context>
    <name>amodesk::FilterChipBar</name>
    <message>
        <source>Remove this condition</source>
        <translation>Quitar esta condición</translation>
    </message>
</context>
<context>
    <name>amodesk::FindEntityDialog</name>
    <message>
        <source>Show &amp;history</source>
        <translation>Mostrar el &amp;historial</translation>
    </message>
    <message>
        <source>Type the ID of the entity, or a part of its name and choose one of the names offered.</source>
        <translation>Escriba el ID de la entidad, o parte de su nombre y elija uno de los nombres ofrecidos.</translation>
    </message>
    <message>
        <source>«%1» is not an ID: choose one of the names offered as you type, or type the ID.</source>
        <translation>«%1» no es un ID: elija uno de los nombres que se ofrecen al escribir, o escriba el ID.</translation>
    </message>
</context>
<context>
    <name>amodesk::FollowNotifier</name>
    <message numerus="yes">
        <source>%n new event(s) in AmoDesk</source>
        <translation>
            <numerusform>%n evento nuevo en AmoDesk</numerusform>
            <numerusform>%n eventos nuevos en AmoDesk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, and %n more</source>
        <translation>
            <numerusform>%1 y %n más</numerusform>
            <numerusform>%1 y %n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amodesk::JournalDialog</name>
    <message>
        <source>Send &amp;again</source>
        <translation>Enviar de &amp;nuevo</translation>
    </message>
    <message>
        <source>Read the refused and unconfirmed changes again from their entities and send those still to be made</source>
        <translation>Volver a leer los cambios rechazados y sin confirmar de sus entidades y enviar los que aún faltan</translation>
    </message>
    <message>
        <source>&amp;Give up refused</source>
        <translation>&amp;Descartar los rechazados</translation>
    </message>
    <message>
        <source>Mark the refused changes as skipped, keeping amoCRM&apos;s reason</source>
        <translation>Marcar los cambios rechazados como omitidos, conservando el motivo de amoCRM</translation>
    </message>
    <message>
        <source>&amp;Undo run…</source>
        <translation>&amp;Deshacer la ejecución…</translation>
    </message>
    <message>
        <source>Plan putting back what the run applied</source>
        <translation>Planificar deshacer lo que aplicó la ejecución</translation>
    </message>
    <message>
        <source>&amp;Save as CSV…</source>
        <translation>&amp;Guardar como CSV…</translation>
    </message>
    <message>
        <source>Nothing has been reverted or changed in bulk in this account yet.</source>
        <translation>En esta cuenta aún no se ha revertido ni cambiado nada de forma masiva.</translation>
    </message>
    <message>
        <source>The refused changes are skipped now.</source>
        <translation>Los cambios rechazados ahora están omitidos.</translation>
    </message>
    <message numerus="yes">
        <source>Undoing the run of %1: %n change(s).</source>
        <translation>
            <numerusform>Deshaciendo la ejecución de %1: %n cambio.</numerusform>
            <numerusform>Deshaciendo la ejecución de %1: %n cambios.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the run</source>
        <translation>Guardar la ejecución</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Sending: %1 of %2 changes answered</source>
        <translation>Enviando: %1 de %2 cambios respondidos</translation>
    </message>
    <message>
        <source>Reading the changes again from their entities…</source>
        <translation>Volviendo a leer los cambios de sus entidades…</translation>
    </message>
    <message>
        <source>The entities could not be read, so nothing was sent: %1</source>
        <translation>No se pudieron leer las entidades, así que no se envió nada: %1</translation>
    </message>
    <message>
        <source>Sent again: %1 applied, %2 refused by amoCRM, %3 not confirmed.</source>
        <translation>Enviado de nuevo: %1 aplicados, %2 rechazados por amoCRM, %3 sin confirmar.</translation>
    </message>
</context>
<context>
    <name>amodesk::JournalRunsModel</name>
    <message>
        <source>Undo of run %1</source>
        <translation>Deshacer la ejecución %1</translation>
    </message>
    <message>
        <source>Undo of the run of %1</source>
        <translation>Deshacer la ejecución de %1</translation>
    </message>
    <message>
        <source>Bulk change</source>
        <translation>Cambio masivo</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Reversión</translation>
    </message>
    <message>
        <source>Run %1 (amodesk-cli journal show %1)</source>
        <translation>Ejecución %1 (amodesk-cli journal show %1)</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>Sin confirmar</translation>
    </message>
</context>
<context>
    <name>amodesk::MainWindow</name>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Cuenta:</translation>
    </message>
    <message>
        <source>No account yet</source>
        <translation>Aún no hay cuenta</translation>
    </message>
    <message>
        <source>The amoCRM or Kommo account AmoDesk works with</source>
        <translation>La cuenta de amoCRM o Kommo con la que trabaja AmoDesk</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Sin sesión iniciada</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Eventos</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>&amp;Widgets</source>
        <translation>&amp;Widgets</translation>
    </message>
    <message>
        <source>Website &amp;button</source>
        <translation>&amp;Botón del sitio</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>AmoDesk will speak %1 after a restart</source>
        <translation>AmoDesk usará %1 después de reiniciar</translation>
    </message>
    <message>
        <source>No system keychain</source>
        <translation>No hay llavero del sistema</translation>
    </message>
    <message>
        <source>Keep the tokens of this account for this session only?</source>
        <translation>¿Guardar los tokens de esta cuenta solo durante esta sesión?</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>No se pudo abrir %1: %2</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Quitar cuenta</translation>
    </message>
    <message>
        <source>Remove %1 from AmoDesk? Its tokens are deleted from the keychain; the account itself is not touched.</source>
        <translation>¿Quitar %1 de AmoDesk? Sus tokens se borran del llavero; la cuenta en sí no se toca.</translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>Se quitó %1</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <source>Signed in to %1 (tokens kept for this session only)</source>
        <translation>Sesión iniciada en %1 (tokens guardados solo durante esta sesión)</translation>
    </message>
    <message>
        <source>Signed in to %1</source>
        <translation>Sesión iniciada en %1</translation>
    </message>
    <message>
        <source>About AmoDesk</source>
        <translation>Acerca de AmoDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;AmoDesk %1&lt;/h3&gt;&lt;p&gt;A desktop client for amoCRM and Kommo account administrators: the event log, notes, widgets and the website chat button.&lt;/p&gt;&lt;p&gt;OAuth tokens are kept only in the system keychain.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;AmoDesk %1&lt;/h3&gt;&lt;p&gt;Un cliente de escritorio para administradores de cuentas de amoCRM y Kommo: el registro de eventos, las notas, los widgets y el botón de chat del sitio.&lt;/p&gt;&lt;p&gt;Los tokens OAuth se guardan solo en el llavero del sistema.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Notes in its outbox that amoCRM has not confirmed: %n. They will be thrown away.</source>
        <translation>
            <numerusform>Notas en su bandeja de salida que amoCRM no ha confirmado: %n. Se descartarán.</numerusform>
            <numerusform>Notas en su bandeja de salida que amoCRM no ha confirmado: %n. Se descartarán.</numerusform>
        </translation>
    </message>
    <message>
        <source>Even&amp;ts</source>
        <translation>Even&amp;tos</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
</context>
<context>
    <name>amodesk::MetaFieldsTable</name>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Opción</translation>
    </message>
    <message>
        <source>Address part</source>
        <translation>Parte de la dirección</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— elija —</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>amodesk::NoteConflictDialog</name>
    <message>
        <source>Note %1 changed on the server</source>
        <translation>La nota %1 cambió en el servidor</translation>
    </message>
    <message>
        <source>Someone changed this note after AmoDesk loaded it. Which version should stay?</source>
        <translation>Alguien cambió esta nota después de que AmoDesk la cargara. ¿Qué versión debe quedarse?</translation>
    </message>
    <message>
        <source>When loaded</source>
        <translation>Al cargarla</translation>
    </message>
    <message>
        <source>On the server now</source>
        <translation>En el servidor ahora</translation>
    </message>
    <message>
        <source>Your change</source>
        <translation>Su cambio</translation>
    </message>
    <message>
        <source>Write my change</source>
        <translation>Escribir mi cambio</translation>
    </message>
    <message>
        <source>Keep the server&apos;s version</source>
        <translation>Conservar la versión del servidor</translation>
    </message>
</context>
<context>
    <name>amodesk::NoteEditorDialog</name>
    <message>
        <source>Trigger the Digital Pipeline</source>
        <translation>Activar el Digital Pipeline</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Añadir una nota</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>The account&apos;s user (default)</source>
        <translation>El usuario de la cuenta (predeterminado)</translation>
    </message>
    <message>
        <source>Same as the author (default)</source>
        <translation>El mismo que el autor (predeterminado)</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>Autor:</translation>
    </message>
    <message>
        <source>Responsible:</source>
        <translation>Responsable:</translation>
    </message>
    <message>
        <source>Queue for sending</source>
        <translation>Poner en cola para enviar</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Descartar borrador</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Edit note %1</source>
        <translation>Editar la nota %1</translation>
    </message>
    <message numerus="yes">
        <source>Edit %n note(s) together</source>
        <translation>
            <numerusform>Editar %n nota</numerusform>
            <numerusform>Editar %n notas juntas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the fields you change are written to all %n notes.</source>
        <translation>
            <numerusform>Solo los campos que cambie se escriben en las %n notas.</numerusform>
            <numerusform>Solo los campos que cambie se escriben en las %n notas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your unsent draft is back, as you left it.</source>
        <translation>Su borrador sin enviar ha vuelto, tal como lo dejó.</translation>
    </message>
    <message>
        <source>%1%2: %3</source>
        <translation>%1%2: %3</translation>
    </message>
    <message>
        <source>name at least one</source>
        <translation>indique al menos uno</translation>
    </message>
    <message>
        <source>must be numbers separated by commas</source>
        <translation>deben ser números separados por comas</translation>
    </message>
    <message>
        <source>Note %1, </source>
        <translation>Nota %1, </translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulario</translation>
    </message>
    <message>
        <source>nothing was changed</source>
        <translation>no se cambió nada</translation>
    </message>
    <message>
        <source>Close the note</source>
        <translation>Cerrar la nota</translation>
    </message>
    <message>
        <source>Keep what you wrote as a draft? It comes back the next time you open this note.</source>
        <translation>¿Guardar lo escrito como borrador? Volverá la próxima vez que abra esta nota.</translation>
    </message>
    <message>
        <source>Keep the draft</source>
        <translation>Guardar el borrador</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Continue editing</source>
        <translation>Seguir editando</translation>
    </message>
    <message>
        <source>IDs or names, comma-separated; one note each</source>
        <translation>ID o nombres, separados por comas; una nota por cada uno</translation>
    </message>
</context>
<context>
    <name>amodesk::NoteFilterDialog</name>
    <message>
        <source>Note IDs</source>
        <translation>ID de notas</translation>
    </message>
    <message>
        <source>must be numbers separated by commas</source>
        <translation>deben ser números separados por comas</translation>
    </message>
    <message>
        <source>Entity IDs</source>
        <translation>ID de entidades</translation>
    </message>
</context>
<context>
    <name>amodesk::NoteTableModel</name>
    <message>
        <source>robot</source>
        <translation>robot</translation>
    </message>
    <message>
        <source>user #%1</source>
        <translation>usuario n.º %1</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 n.º %2</translation>
    </message>
    <message>
        <source>%1 «%2»</source>
        <translation>%1 «%2»</translation>
    </message>
    <message>
        <source>AmoDesk shows this type but cannot write it</source>
        <translation>AmoDesk muestra este tipo pero no puede escribirlo</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>n.º %1</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entidad</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificada</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
</context>
<context>
    <name>amodesk::NotesPane</name>
    <message>
        <source>Filter notes (Ctrl+Shift+F)</source>
        <translation>Filtrar notas (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation>Añadir nota…</translation>
    </message>
    <message>
        <source>Add a note to one or several entities (Ctrl+Shift+N)</source>
        <translation>Añadir una nota a una o varias entidades (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Add from CSV…</source>
        <translation>Añadir desde CSV…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Edit the selected notes (Ctrl+E); several are edited together</source>
        <translation>Editar las notas seleccionadas (Ctrl+E); varias se editan juntas</translation>
    </message>
    <message>
        <source>The outbox cannot be opened, so notes cannot be written: %1</source>
        <translation>No se puede abrir la bandeja de salida, así que no se pueden escribir notas: %1</translation>
    </message>
    <message>
        <source>Sending stopped: %1</source>
        <translation>Envío detenido: %1</translation>
    </message>
    <message>
        <source>No account is open</source>
        <translation>No hay ninguna cuenta abierta</translation>
    </message>
    <message numerus="yes">
        <source>Loading… %n note(s) so far</source>
        <translation>
            <numerusform>Cargando… %n nota hasta ahora</numerusform>
            <numerusform>Cargando… %n notas hasta ahora</numerusform>
        </translation>
    </message>
    <message>
        <source>No notes match</source>
        <translation>Ninguna nota coincide</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) shown; scroll for more</source>
        <translation>
            <numerusform>%n nota mostrada; desplácese para ver más</numerusform>
            <numerusform>%n notas mostradas; desplácese para ver más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a note to see every field, its params and the raw JSON. Double-click to edit it.</source>
        <translation>Seleccione una nota para ver todos sus campos, sus parámetros y el JSON original. Doble clic para editarla.</translation>
    </message>
    <message>
        <source>Select notes of a type AmoDesk can write to edit them</source>
        <translation>Seleccione notas de un tipo que AmoDesk pueda escribir para editarlas</translation>
    </message>
    <message>
        <source>Checking whether the notes changed on the server…</source>
        <translation>Comprobando si las notas cambiaron en el servidor…</translation>
    </message>
    <message>
        <source>The edit was not queued: the notes could not be checked (%1)</source>
        <translation>La edición no se puso en cola: no se pudieron comprobar las notas (%1)</translation>
    </message>
    <message>
        <source>A note could not be stored in the outbox: %1</source>
        <translation>No se pudo guardar una nota en la bandeja de salida: %1</translation>
    </message>
    <message>
        <source>Notes can be ordered by time only: the API sorts them by when they were created or changed. Click the time column, or choose the order in Filter.</source>
        <translation>Las notas solo se pueden ordenar por tiempo: la API las ordena por cuándo se crearon o modificaron. Haga clic en la columna de tiempo o elija el orden en «Filtrar».</translation>
    </message>
    <message>
        <source>No notes match this filter. Pick another entity, or remove a condition under Filter…</source>
        <translation>Ninguna nota coincide con este filtro. Elija otra entidad o quite una condición en «Filtrar…»</translation>
    </message>
    <message>
        <source>There are no notes of these entities yet.</source>
        <translation>Estas entidades aún no tienen notas.</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>&amp;Filtrar…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>Read the notes again (F5)</source>
        <translation>Volver a leer las notas (F5)</translation>
    </message>
    <message>
        <source>Add notes from a CSV file, one row a note</source>
        <translation>Añadir notas desde un archivo CSV, una por fila</translation>
    </message>
    <message>
        <source>Entity &amp;history…</source>
        <translation>&amp;Historial de la entidad…</translation>
    </message>
    <message>
        <source>Every event and note of the selected note&apos;s entity (Ctrl+Shift+H)</source>
        <translation>Todos los eventos y notas de la entidad de la nota seleccionada (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <source>The note outbox of this account is not open, so no note can be stored.</source>
        <translation>La bandeja de salida de notas de esta cuenta no está abierta, así que no se puede guardar ninguna nota.</translation>
    </message>
</context>
<context>
    <name>amodesk::OutboxModel</name>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Sent, checking</source>
        <translation>Enviada, comprobando</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Add: %1</source>
        <translation>Añadir: %1</translation>
    </message>
    <message>
        <source>Edit note %1</source>
        <translation>Editar la nota %1</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 n.º %2</translation>
    </message>
    <message>
        <source>%1 «%2»</source>
        <translation>%1 «%2»</translation>
    </message>
    <message>
        <source>note %1</source>
        <translation>nota %1</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n intento</numerusform>
            <numerusform>%n intentos</numerusform>
        </translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Escritura</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entidad</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>amodesk::OutboxPanel</name>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Descartar…</translation>
    </message>
    <message>
        <source>Send the selected failed notes again</source>
        <translation>Volver a enviar las notas fallidas seleccionadas</translation>
    </message>
    <message>
        <source>Throw away the selected notes that are waiting or failed</source>
        <translation>Descartar las notas seleccionadas en espera o fallidas</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Enviar ahora</translation>
    </message>
    <message>
        <source>Clear confirmed</source>
        <translation>Quitar confirmadas</translation>
    </message>
    <message>
        <source>Outbox: all sent</source>
        <translation>Bandeja de salida: todo enviado</translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n waiting</source>
        <translation>
            <numerusform>Bandeja de salida: %n en espera</numerusform>
            <numerusform>Bandeja de salida: %n en espera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n failed</source>
        <translation>
            <numerusform>Bandeja de salida: %n fallida</numerusform>
            <numerusform>Bandeja de salida: %n fallidas</numerusform>
        </translation>
    </message>
    <message>
        <source>Outbox: %1 waiting, %2 failed</source>
        <translation>Bandeja de salida: %1 en espera, %2 fallidas</translation>
    </message>
    <message>
        <source>Discard notes</source>
        <translation>Descartar notas</translation>
    </message>
    <message numerus="yes">
        <source>Throw away %n note(s) that the server has not confirmed? They will not be sent.</source>
        <translation>
            <numerusform>¿Descartar %n nota que el servidor no ha confirmado? No se enviará.</numerusform>
            <numerusform>¿Descartar %n notas que el servidor no ha confirmado? No se enviarán.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amodesk::OutboxSender</name>
    <message numerus="yes">
        <source>Gave up after %n attempt(s): %1</source>
        <translation>
            <numerusform>Se abandonó tras %n intento: %1</numerusform>
            <numerusform>Se abandonó tras %n intentos: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amodesk::Pager</name>
    <message>
        <source>page %1 repeats the items of an earlier page</source>
        <translation>la página %1 repite los elementos de una página anterior</translation>
    </message>
    <message>
        <source>the list did not end after %1 pages</source>
        <translation>la lista no terminó tras %1 páginas</translation>
    </message>
</context>
<context>
    <name>amodesk::PreferencesDialog</name>
    <message>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>ISO 8601</source>
        <translation>ISO 8601</translation>
    </message>
    <message>
        <source> requests a second</source>
        <translation> solicitudes por segundo</translation>
    </message>
    <message>
        <source>No account is open</source>
        <translation>No hay ninguna cuenta abierta</translation>
    </message>
    <message>
        <source>Clear the event cache</source>
        <translation>Vaciar la caché de eventos</translation>
    </message>
    <message>
        <source>Delete the events kept on this computer? They are read from the account again as you scroll; the account itself is not touched.</source>
        <translation>¿Eliminar los eventos guardados en este equipo? Se vuelven a leer de la cuenta al desplazarse; la cuenta en sí no se toca.</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vacía</translation>
    </message>
</context>
<context>
    <name>amodesk::PutRightActions</name>
    <message>
        <source>&amp;Revert…</source>
        <translation>&amp;Revertir…</translation>
    </message>
    <message>
        <source>Plan putting back what the selected events changed (Ctrl+Shift+R)</source>
        <translation>Planificar la restauración de lo que cambiaron los eventos seleccionados (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Entity &amp;history…</source>
        <translation>&amp;Historial de la entidad…</translation>
    </message>
    <message>
        <source>Every event and note of the selected event&apos;s lead, contact, company or customer (Ctrl+Shift+H)</source>
        <translation>Todos los eventos y notas del lead, contacto, empresa o cliente del evento seleccionado (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <source>History of an entity by &amp;ID or name…</source>
        <translation>Historial de una entidad por ID o &amp;nombre…</translation>
    </message>
    <message>
        <source>Every event and note of a lead, contact, company or customer found by its ID or name (Ctrl+Shift+I)</source>
        <translation>Cada evento y nota de un lead, contacto, empresa o cliente encontrado por su ID o nombre (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>&amp;Bulk change…</source>
        <translation>Cambio &amp;masivo…</translation>
    </message>
    <message>
        <source>Move the selected events&apos; leads to a stage, set their responsible user or a field, add or remove a tag, add a note (Ctrl+Shift+B)</source>
        <translation>Mover los leads de los eventos seleccionados a una etapa, asignar su responsable o un campo, añadir o quitar una etiqueta, añadir una nota (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <source>Revert &amp;journal…</source>
        <translation>Registro de &amp;reversiones…</translation>
    </message>
    <message>
        <source>Every revert and bulk change applied to this account: send again, give up, undo (Ctrl+Shift+J)</source>
        <translation>Cada reversión y cambio masivo aplicado a esta cuenta: enviar de nuevo, descartar, deshacer (Ctrl+Shift+J)</translation>
    </message>
    <message numerus="yes">
        <source>Finishing %n revert or bulk change run(s) cut off last time…</source>
        <translation>
            <numerusform>Terminando %n ejecución de reversión o cambio masivo interrumpida la última vez…</numerusform>
            <numerusform>Terminando %n ejecuciones de reversión o cambio masivo interrumpidas la última vez…</numerusform>
        </translation>
    </message>
    <message>
        <source>Runs cut off last time are not finished: %1. Events &gt; Revert journal sends them again.</source>
        <translation>Las ejecuciones interrumpidas la última vez no terminaron: %1. Eventos &gt; Registro de reversiones las envía de nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>Finished %n run(s) cut off last time: %1 applied, %2 refused, %3 not confirmed. Events &gt; Revert journal shows them.</source>
        <translation>
            <numerusform>Terminada %n ejecución interrumpida la última vez: %1 aplicados, %2 rechazados, %3 sin confirmar. Eventos &gt; Registro de reversiones la muestra.</numerusform>
            <numerusform>Terminadas %n ejecuciones interrumpidas la última vez: %1 aplicados, %2 rechazados, %3 sin confirmar. Eventos &gt; Registro de reversiones las muestra.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only leads, contacts, companies and customers can be changed in bulk.</source>
        <translation>Solo se pueden cambiar en masa leads, contactos, empresas y clientes.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) are in the outbox; the Notes pane shows them as they are sent.</source>
        <translation>
            <numerusform>%n nota está en la bandeja de salida; el panel Notas la muestra a medida que se envía.</numerusform>
            <numerusform>%n notas están en la bandeja de salida; el panel Notas las muestra a medida que se envían.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Planning the change of %n record(s).</source>
        <translation>
            <numerusform>Planificando el cambio de %n registro.</numerusform>
            <numerusform>Planificando el cambio de %n registros.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an event of the entity first, or use History of an entity by ID or name… (Ctrl+Shift+I).</source>
        <translation>Seleccione primero un evento de la entidad, o use Historial de una entidad por ID o nombre… (Ctrl+Shift+I).</translation>
    </message>
    <message>
        <source>Only leads, contacts, companies and customers have a history here.</source>
        <translation>Aquí solo los leads, contactos, empresas y clientes tienen historial.</translation>
    </message>
    <message>
        <source>Open an account first.</source>
        <translation>Abra primero una cuenta.</translation>
    </message>
    <message>
        <source>Revert everything the &amp;filter finds…</source>
        <translation>Revertir todo lo que encuentra el &amp;filtro…</translation>
    </message>
    <message>
        <source>Plan putting back what every event of the filter changed, however many pages it has (Ctrl+Alt+Shift+R)</source>
        <translation>Planificar deshacer lo que cambió cada evento del filtro, tenga las páginas que tenga (Ctrl+Alt+Shift+R)</translation>
    </message>
    <message>
        <source>Set a filter first (Ctrl+Shift+F): everything it finds is planned, however many pages.</source>
        <translation>Establezca primero un filtro (Ctrl+Shift+F): se planifica todo lo que encuentra, tenga las páginas que tenga.</translation>
    </message>
    <message>
        <source>Notes cannot be added from here.</source>
        <translation>Desde aquí no se pueden añadir notas.</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Añadir una nota</translation>
    </message>
    <message>
        <source>%1 Nothing was sent. The text of the note, to add it again:

%2</source>
        <translation>%1 No se envió nada. El texto de la nota, para añadirla de nuevo:

%2</translation>
    </message>
</context>
<context>
    <name>amodesk::ReadyShot</name>
    <message>
        <source>cannot write %1</source>
        <translation>no se puede escribir %1</translation>
    </message>
    <message>
        <source>no events were shown within a minute</source>
        <translation>no se mostró ningún evento en un minuto</translation>
    </message>
</context>
<context>
    <name>amodesk::RevertDialog</name>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>&amp;Guardar informe…</translation>
    </message>
    <message>
        <source>Reading the entities as they are now: %1 of %2</source>
        <translation>Leyendo las entidades tal como están ahora: %1 de %2</translation>
    </message>
    <message>
        <source>The entities could not be read, so nothing can be planned: %1</source>
        <translation>No se pudieron leer las entidades, así que no se puede planificar nada: %1</translation>
    </message>
    <message numerus="yes">
        <source>Reverting %n event(s).</source>
        <translation>
            <numerusform>Revirtiendo %n evento.</numerusform>
            <numerusform>Revirtiendo %n eventos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply %n change(s)</source>
        <translation>
            <numerusform>&amp;Aplicar %n cambio</numerusform>
            <numerusform>&amp;Aplicar %n cambios</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>, about %1 s left</source>
        <translation>, quedan unos %1 s</translation>
    </message>
    <message>
        <source>Sending: %1 of %2 changes answered%3</source>
        <translation>Enviando: %1 de %2 cambios respondidos%3</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>amoCRM refused some changes; the Why column says why.</source>
        <translation>amoCRM rechazó algunos cambios; la columna Motivo dice por qué.</translation>
    </message>
    <message>
        <source>Every change sent was applied.</source>
        <translation>Todos los cambios enviados se aplicaron.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>For every entity and field, the value to set. Ready: %1 · already so: %2 · cannot be set: %3. Nothing is sent until you apply.</source>
        <translation>Para cada entidad y campo, el valor que se establecerá. Listos: %1 · ya así: %2 · no se pueden establecer: %3. No se envía nada hasta que aplique.</translation>
    </message>
    <message>
        <source>For every entity and field, the value the run put back replaced.</source>
        <translation>Para cada entidad y campo, el valor que reemplazó la ejecución que se deshace.</translation>
    </message>
    <message>
        <source>For every entity and field, the value the events replaced.</source>
        <translation>Para cada entidad y campo, el valor que reemplazaron los eventos.</translation>
    </message>
    <message>
        <source>Ready: %1 · changed by someone since: %2 · already so: %3 · cannot be reverted: %4. Nothing is sent until you apply.</source>
        <translation>Listos: %1 · cambiados por alguien desde entonces: %2 · ya así: %3 · no se pueden revertir: %4. No se envía nada hasta que aplique.</translation>
    </message>
    <message>
        <source>Reading every event the filter finds…</source>
        <translation>Leyendo todos los eventos que encuentra el filtro…</translation>
    </message>
    <message>
        <source>Reading the events the filter finds: %1 so far</source>
        <translation>Leyendo los eventos del filtro: %1 hasta ahora</translation>
    </message>
    <message>
        <source>The filter finds more than %1 events; narrow it, or revert them with amodesk-cli events revert.</source>
        <translation>El filtro encuentra más de %1 eventos; acótelo, o reviértalos con amodesk-cli events revert.</translation>
    </message>
    <message>
        <source>The events could not be read, so nothing can be planned: %1</source>
        <translation>No se pudieron leer los eventos, así que no se puede planificar nada: %1</translation>
    </message>
    <message>
        <source>The filter finds no event.</source>
        <translation>El filtro no encuentra ningún evento.</translation>
    </message>
    <message>
        <source>Done: %1 applied, %2 refused by amoCRM, %3 not confirmed, %4 skipped. The run is kept in the account&apos;s journal: Events &gt; Revert journal… (Ctrl+Shift+J) sends what is left again and can undo the run.</source>
        <translation>Hecho: %1 aplicados, %2 rechazados por amoCRM, %3 sin confirmar, %4 omitidos. La ejecución queda en el registro de la cuenta: Eventos &gt; Registro de reversiones… (Ctrl+Shift+J) envía de nuevo lo que falta y puede deshacerla.</translation>
    </message>
    <message>
        <source>Some answers did not come. What is left is sent the next time the account opens, or now with Send again in the revert journal; each change is read again first, so none is made twice.</source>
        <translation>Algunas respuestas no llegaron. Lo que falta se envía la próxima vez que se abra la cuenta, o ahora con Enviar de nuevo en el registro de reversiones; cada cambio se vuelve a leer antes, así que ninguno se hace dos veces.</translation>
    </message>
</context>
<context>
    <name>amodesk::RevertPlanModel</name>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Changed since</source>
        <translation>Cambiado después</translation>
    </message>
    <message>
        <source>Already so</source>
        <translation>Ya así</translation>
    </message>
    <message>
        <source>Cannot be reverted</source>
        <translation>No se puede revertir</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>Sin confirmar</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <source>changed by someone after these events</source>
        <translation>alguien lo cambió después de estos eventos</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entidad</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Put back</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Set to</source>
        <translation>Establecer</translation>
    </message>
</context>
<context>
    <name>amodesk::RevertRunner</name>
    <message>
        <source>the journal of run %1 cannot be written</source>
        <translation>no se puede escribir el registro de la ejecución %1</translation>
    </message>
</context>
<context>
    <name>amodesk::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
</context>
<context>
    <name>amodesk::SyncPeriodDialog</name>
    <message>
        <source>The period starts after it ends.</source>
        <translation>El periodo empieza después de terminar.</translation>
    </message>
</context>
<context>
    <name>amodesk::SyncProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Sync stopped; it goes on from where it stopped the next time the account opens.</source>
        <translation>Sincronización detenida; continuará desde donde se detuvo la próxima vez que se abra la cuenta.</translation>
    </message>
    <message numerus="yes">
        <source>Syncing: %n event(s), %1 a second, about %2 left</source>
        <translation>
            <numerusform>Sincronizando: %n evento, %1 por segundo, faltan unos %2</numerusform>
            <numerusform>Sincronizando: %n eventos, %1 por segundo, faltan unos %2</numerusform>
        </translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
</context>
<context>
    <name>amodesk::WebsiteButtonPane</name>
    <message>
        <source>Save preset</source>
        <translation>Guardar preajuste</translation>
    </message>
    <message>
        <source>Name of the preset:</source>
        <translation>Nombre del preajuste:</translation>
    </message>
    <message>
        <source>Pop-up next to the button (widget)</source>
        <translation>Emergente junto al botón (widget)</translation>
    </message>
    <message>
        <source>Inside an element of the page (frame)</source>
        <translation>Dentro de un elemento de la página (frame)</translation>
    </message>
    <message>
        <source>Hash a value</source>
        <translation>Aplicar hash a un valor</translation>
    </message>
    <message>
        <source>Value to hash with SHA-256:</source>
        <translation>Valor para el hash SHA-256:</translation>
    </message>
    <message>
        <source>As the site&apos;s visitors&apos; browser (not set)</source>
        <translation>Como el navegador del visitante (no definido)</translation>
    </message>
    <message>
        <source>The message field&apos;s minimum height; the chat allows at most %1 px</source>
        <translation>La altura mínima del campo de mensaje; el chat permite como máximo %1 px</translation>
    </message>
    <message>
        <source>— no note —</source>
        <translation>— sin nota —</translation>
    </message>
    <message>
        <source>Show the chat</source>
        <translation>Mostrar el chat</translation>
    </message>
    <message>
        <source>Hide the chat</source>
        <translation>Ocultar el chat</translation>
    </message>
    <message>
        <source>Remove the button (to start again with another user_id)</source>
        <translation>Quitar el botón (para empezar de nuevo con otro user_id)</translation>
    </message>
    <message>
        <source>When the chat opens or closes</source>
        <translation>Cuando el chat se abre o se cierra</translation>
    </message>
    <message>
        <source>When the chat is ready</source>
        <translation>Cuando el chat está listo</translation>
    </message>
    <message>
        <source>When the button is clicked</source>
        <translation>Cuando se pulsa el botón</translation>
    </message>
    <message>
        <source>When the conversations change</source>
        <translation>Cuando cambian las conversaciones</translation>
    </message>
    <message>
        <source>Send a key action hook</source>
        <translation>Enviar un hook de acción clave</translation>
    </message>
    <message>
        <source>Bot condition on bot_params</source>
        <translation>Condición del bot sobre bot_params</translation>
    </message>
    <message>
        <source>bot_params: not JSON (%1 at character %2)</source>
        <translation>bot_params: no es JSON (%1 en el carácter %2)</translation>
    </message>
    <message>
        <source>bot_params: must be a JSON object</source>
        <translation>bot_params: debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>Hook name</source>
        <translation>Nombre del hook</translation>
    </message>
    <message>
        <source>is required: the name the key action waits for</source>
        <translation>es obligatorio: el nombre que espera la acción clave</translation>
    </message>
    <message>
        <source>bot_params key</source>
        <translation>Clave de bot_params</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Fix what is named below to get the snippet.</source>
        <translation>Corrija lo indicado abajo para obtener el fragmento.</translation>
    </message>
    <message>
        <source>The preset could not be saved: %1</source>
        <translation>No se pudo guardar el preajuste: %1</translation>
    </message>
    <message>
        <source>The preset %1 cannot be read: %2</source>
        <translation>No se puede leer el preajuste %1: %2</translation>
    </message>
    <message>
        <source>Call this in the site&apos;s JavaScript after the button&apos;s code, once the visitor&apos;s data is known.</source>
        <translation>Llame a esto en el JavaScript del sitio después del código del botón, cuando se conozcan los datos del visitante.</translation>
    </message>
    <message>
        <source>This goes into the condition block of the chat bot&apos;s first step, not on the site.</source>
        <translation>Esto va en el bloque de condición del primer paso del bot del chat, no en el sitio.</translation>
    </message>
    <message>
        <source>Put this in the site&apos;s JavaScript after the button&apos;s code.</source>
        <translation>Ponga esto en el JavaScript del sitio después del código del botón.</translation>
    </message>
    <message>
        <source>Put this on the page before the button&apos;s own code, which you copy in amoCRM where the website button is set up. It works only with the button&apos;s current code.</source>
        <translation>Ponga esto en la página antes del código del propio botón, que se copia en amoCRM donde se configura el botón del sitio. Solo funciona con el código actual del botón.</translation>
    </message>
</context>
<context>
    <name>amodesk::WidgetSettingsDialog</name>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show or hide what is typed</source>
        <translation>Mostrar u ocultar lo escrito</translation>
    </message>
    <message>
        <source>Settings of %1</source>
        <translation>Configuración de %1</translation>
    </message>
    <message>
        <source>Install %1</source>
        <translation>Instalar %1</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Extensión</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Usuario de acceso</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>JSON, e.g. {&quot;key&quot;: &quot;value&quot;}</source>
        <translation>JSON, p. ej. {&quot;key&quot;: &quot;value&quot;}</translation>
    </message>
    <message>
        <source>Valid JSON</source>
        <translation>JSON válido</translation>
    </message>
    <message>
        <source>Not JSON: %1 at character %2</source>
        <translation>No es JSON: %1 en el carácter %2</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>%1 has no settings: installing it just turns it on.</source>
        <translation>%1 no tiene configuración: instalarlo solo lo activa.</translation>
    </message>
    <message>
        <source>Fields marked * are required. Passwords are sent to amoCRM only and never stored by AmoDesk.</source>
        <translation>Los campos marcados con * son obligatorios. Las contraseñas se envían solo a amoCRM y AmoDesk nunca las guarda.</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Guardar configuración</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Instalar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>user #%1</source>
        <translation>usuario n.º %1</translation>
    </message>
    <message>
        <source>is not valid JSON</source>
        <translation>no es JSON válido</translation>
    </message>
    <message>
        <source>Only the account&apos;s administrators may install widgets: %1</source>
        <translation>Solo los administradores de la cuenta pueden instalar widgets: %1</translation>
    </message>
</context>
<context>
    <name>amodesk::WidgetTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Yes, into %1</source>
        <translation>Sí, en %1</translation>
    </message>
    <message>
        <source>pipeline #%1</source>
        <translation>embudo n.º %1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Instalado</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Fuente de negocios</translation>
    </message>
    <message>
        <source>Digital Pipeline</source>
        <translation>Digital Pipeline</translation>
    </message>
    <message>
        <source>Industry solution</source>
        <translation>Solución sectorial</translation>
    </message>
    <message>
        <source>Integration (OAuth)</source>
        <translation>Integración (OAuth)</translation>
    </message>
    <message>
        <source>Integration %1</source>
        <translation>Integración %1</translation>
    </message>
    <message>
        <source>Widget</source>
        <translation>Widget</translation>
    </message>
</context>
<context>
    <name>amodesk::WidgetsPane</name>
    <message>
        <source>Installed</source>
        <translation>Instalado</translation>
    </message>
    <message>
        <source>Lead sources</source>
        <translation>Fuentes de negocios</translation>
    </message>
    <message>
        <source>Digital Pipeline</source>
        <translation>Digital Pipeline</translation>
    </message>
    <message>
        <source>Show secrets</source>
        <translation>Mostrar secretos</translation>
    </message>
    <message>
        <source>Show the passwords in the current settings</source>
        <translation>Mostrar las contraseñas de la configuración actual</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
    <message>
        <source>Install or configure…</source>
        <translation>Instalar o configurar…</translation>
    </message>
    <message>
        <source>Uninstall…</source>
        <translation>Desinstalar…</translation>
    </message>
    <message>
        <source>Continue a bot…</source>
        <translation>Continuar un bot…</translation>
    </message>
    <message>
        <source>Send the continue call a widget makes when its bot step is done</source>
        <translation>Enviar la llamada continue que hace un widget cuando termina su paso del bot</translation>
    </message>
    <message>
        <source>Select a widget to see its settings form and raw JSON.</source>
        <translation>Seleccione un widget para ver su formulario de configuración y el JSON original.</translation>
    </message>
    <message>
        <source>Installed in this account</source>
        <translation>Instalado en esta cuenta</translation>
    </message>
    <message>
        <source>Not installed</source>
        <translation>No instalado</translation>
    </message>
    <message>
        <source>Settings form</source>
        <translation>Formulario de configuración</translation>
    </message>
    <message>
        <source>No settings</source>
        <translation>Sin configuración</translation>
    </message>
    <message>
        <source>Current settings</source>
        <translation>Configuración actual</translation>
    </message>
    <message>
        <source>amoCRM shows the settings only to the integration the widget belongs to.</source>
        <translation>amoCRM muestra la configuración solo a la integración a la que pertenece el widget.</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>JSON original</translation>
    </message>
    <message numerus="yes">
        <source>%n widget(s) shown</source>
        <translation>
            <numerusform>%n widget mostrado</numerusform>
            <numerusform>%n widgets mostrados</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the settings of %1</source>
        <translation>Se guardó la configuración de %1</translation>
    </message>
    <message>
        <source>Installed %1</source>
        <translation>Se instaló %1</translation>
    </message>
    <message>
        <source>Uninstall widget</source>
        <translation>Desinstalar widget</translation>
    </message>
    <message>
        <source>Uninstall %1 from this account? Its settings are deleted in amoCRM; installing it again needs them again.</source>
        <translation>¿Desinstalar %1 de esta cuenta? Su configuración se borra en amoCRM; para instalarlo de nuevo hará falta otra vez.</translation>
    </message>
    <message>
        <source>Uninstalled %1</source>
        <translation>Se desinstaló %1</translation>
    </message>
    <message>
        <source>%1 was not uninstalled: only the account&apos;s administrators may uninstall widgets (HTTP 403)</source>
        <translation>%1 no se desinstaló: solo los administradores de la cuenta pueden desinstalar widgets (HTTP 403)</translation>
    </message>
    <message>
        <source>%1 was not uninstalled: amoCRM has no such widget (HTTP 404)</source>
        <translation>%1 no se desinstaló: amoCRM no tiene ese widget (HTTP 404)</translation>
    </message>
    <message>
        <source>%1 was not uninstalled: %2</source>
        <translation>%1 no se desinstaló: %2</translation>
    </message>
    <message>
        <source>Search by name or code</source>
        <translation>Buscar por nombre o código</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>to use an account without storing it, pass --base-url URL --long-lived-token-stdin to each command</source>
        <translation>para usar una cuenta sin guardarla, pase --base-url URL --long-lived-token-stdin a cada comando</translation>
    </message>
    <message>
        <source>Open this address in a browser and allow access:</source>
        <translation>Abra esta dirección en un navegador y permita el acceso:</translation>
    </message>
    <message>
        <source>no answer from the browser in 10 minutes</source>
        <translation>el navegador no respondió en 10 minutos</translation>
    </message>
    <message>
        <source>access was refused in the browser</source>
        <translation>se denegó el acceso en el navegador</translation>
    </message>
    <message>
        <source>Add an account: with a long-lived token, or through OAuth with a code or the browser.</source>
        <translation>Añadir una cuenta: con un token de larga duración, o mediante OAuth con un código o el navegador.</translation>
    </message>
    <message>
        <source>A name for the account, used with --account.</source>
        <translation>Un nombre para la cuenta, usado con --account.</translation>
    </message>
    <message>
        <source>The account&apos;s address: subdomain.amocrm.ru, subdomain.kommo.com or a URL.</source>
        <translation>La dirección de la cuenta: subdominio.amocrm.ru, subdominio.kommo.com o una URL.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Read a long-lived token from standard input.</source>
        <translation>Leer un token de larga duración de la entrada estándar.</translation>
    </message>
    <message>
        <source>The integration&apos;s ID.</source>
        <translation>El ID de la integración.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Read the integration&apos;s secret key from standard input.</source>
        <translation>Leer la clave secreta de la integración de la entrada estándar.</translation>
    </message>
    <message>
        <source>The integration&apos;s redirect URI.</source>
        <translation>El URI de redirección de la integración.</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>The authorization code from the integration&apos;s settings (valid 20 minutes).</source>
        <translation>El código de autorización de la configuración de la integración (válido 20 minutos).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CÓDIGO</translation>
    </message>
    <message>
        <source>Sign in through the browser; the redirect URI must be http://127.0.0.1:PORT/...</source>
        <translation>Iniciar sesión en el navegador; el URI de redirección debe ser http://127.0.0.1:PUERTO/...</translation>
    </message>
    <message>
        <source>use either --long-lived-token-stdin or --client-id with --client-secret-stdin, --redirect-uri and --code or --browser</source>
        <translation>use --long-lived-token-stdin, o --client-id con --client-secret-stdin, --redirect-uri y --code o --browser</translation>
    </message>
    <message>
        <source>OAuth needs --client-id, --client-secret-stdin, --redirect-uri and one of --code or --browser</source>
        <translation>OAuth necesita --client-id, --client-secret-stdin, --redirect-uri y uno de --code o --browser</translation>
    </message>
    <message>
        <source>--base-url is required</source>
        <translation>--base-url es obligatorio</translation>
    </message>
    <message>
        <source>an account named &quot;%1&quot; exists already; remove it first</source>
        <translation>ya existe una cuenta llamada «%1»; quítela primero</translation>
    </message>
    <message>
        <source>nothing was read from standard input</source>
        <translation>no se leyó nada de la entrada estándar</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot;: %2 (%3)</source>
        <translation>Se añadió «%1»: %2 (%3)</translation>
    </message>
    <message>
        <source>table, json or csv.</source>
        <translation>table, json o csv.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMATO</translation>
    </message>
    <message>
        <source>--format must be table, json or csv</source>
        <translation>--format debe ser table, json o csv</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>account</source>
        <translation>cuenta</translation>
    </message>
    <message>
        <source>address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <source>sign-in</source>
        <translation>inicio de sesión</translation>
    </message>
    <message>
        <source>last used</source>
        <translation>último uso</translation>
    </message>
    <message>
        <source>there is no account named &quot;%1&quot;</source>
        <translation>no hay ninguna cuenta llamada «%1»</translation>
    </message>
    <message>
        <source>account commands: add, list, remove</source>
        <translation>comandos de account: add, list, remove</translation>
    </message>
    <message>
        <source>button commands: snippet</source>
        <translation>comandos de button: snippet</translation>
    </message>
    <message>
        <source>The account to use (default: $AMODESK_ACCOUNT, the only one, or the last used).</source>
        <translation>La cuenta que se usa (predeterminado: $AMODESK_ACCOUNT, la única o la última usada).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>Session only: the account&apos;s address, used with --long-lived-token-stdin; nothing is stored.</source>
        <translation>Solo sesión: la dirección de la cuenta, usada con --long-lived-token-stdin; no se guarda nada.</translation>
    </message>
    <message>
        <source>Session only: read a long-lived token from standard input.</source>
        <translation>Solo sesión: leer un token de larga duración de la entrada estándar.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The page to read.</source>
        <translation>La página que se lee.</translation>
    </message>
    <message>
        <source>Read every page.</source>
        <translation>Leer todas las páginas.</translation>
    </message>
    <message>
        <source>Print the request URL and send nothing.</source>
        <translation>Mostrar la URL de la solicitud sin enviar nada.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argumento inesperado «%1»</translation>
    </message>
    <message>
        <source>--base-url and --long-lived-token-stdin go together</source>
        <translation>--base-url y --long-lived-token-stdin van juntos</translation>
    </message>
    <message>
        <source>there is no account named &quot;%1&quot;; see amodesk-cli account list</source>
        <translation>no hay ninguna cuenta llamada «%1»; vea amodesk-cli account list</translation>
    </message>
    <message>
        <source>no account yet: add one with amodesk-cli account add</source>
        <translation>aún no hay cuenta: añada una con amodesk-cli account add</translation>
    </message>
    <message>
        <source>nothing was sent</source>
        <translation>no se envió nada</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>no se puede leer la entrada estándar</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>entrada estándar</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at character %2</source>
        <translation>no es JSON válido: %1 en el carácter %2</translation>
    </message>
    <message>
        <source>must be a JSON object such as {&quot;leads_statuses&quot;:[{&quot;pipeline_id&quot;:13513,&quot;status_id&quot;:142}]}</source>
        <translation>debe ser un objeto JSON como {&quot;leads_statuses&quot;:[{&quot;pipeline_id&quot;:13513,&quot;status_id&quot;:142}]}</translation>
    </message>
    <message>
        <source>is not a value filter; use leads_statuses, customers_statuses, responsible_user_id, custom_field_values or value</source>
        <translation>no es un filtro de valor; use leads_statuses, customers_statuses, responsible_user_id, custom_field_values o value</translation>
    </message>
    <message>
        <source>has the wrong shape</source>
        <translation>tiene una forma incorrecta</translation>
    </message>
    <message>
        <source>Event type (repeatable), e.g. lead_status_changed or custom_field_ID_value_changed.</source>
        <translation>Tipo de evento (repetible), p. ej. lead_status_changed o custom_field_ID_value_changed.</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>Entity type (repeatable): lead, contact, company, customer, task, catalog_ID.</source>
        <translation>Tipo de entidad (repetible): lead, contact, company, customer, task, catalog_ID.</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>Entity ID (repeatable, at most 10, with exactly one --entity).</source>
        <translation>ID de entidad (repetible, como máximo 10, con exactamente un --entity).</translation>
    </message>
    <message>
        <source>User ID (repeatable, at most 10).</source>
        <translation>ID de usuario (repetible, como máximo 10).</translation>
    </message>
    <message>
        <source>Event ID (repeatable).</source>
        <translation>ID de evento (repetible).</translation>
    </message>
    <message>
        <source>Created at or after: Unix seconds or ISO 8601.</source>
        <translation>Creado en o después de: segundos Unix o ISO 8601.</translation>
    </message>
    <message>
        <source>Created at or before: Unix seconds or ISO 8601.</source>
        <translation>Creado en o antes de: segundos Unix o ISO 8601.</translation>
    </message>
    <message>
        <source>Value filter as JSON, e.g. {&quot;responsible_user_id&quot;:[504141]}.</source>
        <translation>Filtro de valor en JSON, p. ej. {&quot;responsible_user_id&quot;:[504141]}.</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Value filter as JSON, e.g. {&quot;leads_statuses&quot;:[{&quot;pipeline_id&quot;:13513,&quot;status_id&quot;:142}]}.</source>
        <translation>Filtro de valor en JSON, p. ej. {&quot;leads_statuses&quot;:[{&quot;pipeline_id&quot;:13513,&quot;status_id&quot;:142}]}.</translation>
    </message>
    <message>
        <source>Also load: lead_name, contact_name, company_name, customer_name, catalog_element_name, catalog_name.</source>
        <translation>Cargar también: lead_name, contact_name, company_name, customer_name, catalog_element_name, catalog_name.</translation>
    </message>
    <message>
        <source>A,B</source>
        <translation>A,B</translation>
    </message>
    <message>
        <source>Events per page, at most 100.</source>
        <translation>Eventos por página, como máximo 100.</translation>
    </message>
    <message>
        <source>must be numbers</source>
        <translation>deben ser números</translation>
    </message>
    <message>
        <source>must be user IDs</source>
        <translation>deben ser ID de usuario</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither Unix seconds nor an ISO 8601 date</source>
        <translation>«%1» no son segundos Unix ni una fecha ISO 8601</translation>
    </message>
    <message>
        <source>must be from 1 to %1</source>
        <translation>debe ser de 1 a %1</translation>
    </message>
    <message>
        <source>must be 1 or more</source>
        <translation>debe ser 1 o más</translation>
    </message>
    <message>
        <source>--page and --all exclude each other</source>
        <translation>--page y --all se excluyen mutuamente</translation>
    </message>
    <message>
        <source>time</source>
        <translation>hora</translation>
    </message>
    <message>
        <source>type</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>entity</source>
        <translation>entidad</translation>
    </message>
    <message>
        <source>author</source>
        <translation>autor</translation>
    </message>
    <message>
        <source>change</source>
        <translation>cambio</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>The event&apos;s ID.</source>
        <translation>El ID del evento.</translation>
    </message>
    <message>
        <source>Also load these, comma-separated.</source>
        <translation>Cargar también estos, separados por comas.</translation>
    </message>
    <message>
        <source>there is no event %1</source>
        <translation>no existe el evento %1</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>IDIOMA</translation>
    </message>
    <message>
        <source>must be ru, en, es or pt</source>
        <translation>debe ser ru, en, es o pt</translation>
    </message>
    <message>
        <source>key</source>
        <translation>clave</translation>
    </message>
    <message>
        <source>page %1, %2 items, %3/s</source>
        <translation>página %1, %2 elementos, %3/s</translation>
    </message>
    <message>
        <source>unknown command group &quot;%1&quot;</source>
        <translation>grupo de comandos desconocido «%1»</translation>
    </message>
    <message>
        <source>must be leads, contacts, companies or customers, not &quot;%1&quot;</source>
        <translation>debe ser leads, contacts, companies o customers, no «%1»</translation>
    </message>
    <message>
        <source>leads, contacts, companies or customers.</source>
        <translation>leads, contacts, companies o customers.</translation>
    </message>
    <message>
        <source>Only notes of this entity (repeatable).</source>
        <translation>Solo las notas de esta entidad (repetible).</translation>
    </message>
    <message>
        <source>Note type (repeatable).</source>
        <translation>Tipo de nota (repetible).</translation>
    </message>
    <message>
        <source>Note ID (repeatable).</source>
        <translation>ID de nota (repetible).</translation>
    </message>
    <message>
        <source>Changed at or after: Unix seconds or ISO 8601.</source>
        <translation>Cambiada en o después de: segundos Unix o ISO 8601.</translation>
    </message>
    <message>
        <source>Changed at or before: Unix seconds or ISO 8601.</source>
        <translation>Cambiada en o antes de: segundos Unix o ISO 8601.</translation>
    </message>
    <message>
        <source>updated_at or id, then :asc or :desc.</source>
        <translation>updated_at o id, luego :asc o :desc.</translation>
    </message>
    <message>
        <source>FIELD:DIR</source>
        <translation>CAMPO:DIR</translation>
    </message>
    <message>
        <source>Notes per page, at most 250.</source>
        <translation>Notas por página, como máximo 250.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ID</source>
        <translation>«%1» no es un ID</translation>
    </message>
    <message>
        <source>must be updated_at or id, then :asc or :desc</source>
        <translation>debe ser updated_at o id, luego :asc o :desc</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>cambiada</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>resumen</translation>
    </message>
    <message>
        <source>The note&apos;s ID.</source>
        <translation>El ID de la nota.</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>debe ser un número</translation>
    </message>
    <message>
        <source>there is no note %1 among the %2</source>
        <translation>no existe la nota %1 entre los %2</translation>
    </message>
    <message>
        <source>The notes as JSON (an array or one object), or - for standard input.</source>
        <translation>Las notas en JSON (un array o un objeto), o - para la entrada estándar.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Notes per request, 1 to 250 (default 100).</source>
        <translation>Notas por solicitud, de 1 a 250 (100 por omisión).</translation>
    </message>
    <message>
        <source>--json FILE (or - for standard input) is required</source>
        <translation>--json ARCHIVO (o - para la entrada estándar) es obligatorio</translation>
    </message>
    <message>
        <source>must be a note object</source>
        <translation>debe ser un objeto de nota</translation>
    </message>
    <message>
        <source>holds no notes</source>
        <translation>no contiene notas</translation>
    </message>
    <message>
        <source>notes commands: list, get, add, edit</source>
        <translation>comandos de notes: list, get, add, edit</translation>
    </message>
    <message>
        <source>cannot open the outbox: %1</source>
        <translation>no se puede abrir la bandeja de salida: %1</translation>
    </message>
    <message>
        <source>cannot store note %1 in the outbox: %2</source>
        <translation>no se puede guardar la nota %1 en la bandeja de salida: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) of this input already confirmed by an earlier run: not sent again</source>
        <translation>
            <numerusform>%n nota de esta entrada ya fue confirmada por una ejecución anterior: no se envía de nuevo</numerusform>
            <numerusform>%n notas de esta entrada ya fueron confirmadas por una ejecución anterior: no se envían de nuevo</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 notes confirmed</source>
        <translation>%1 de %2 notas confirmadas</translation>
    </message>
    <message>
        <source>state</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>note %1 refused: %2</source>
        <translation>la nota %1 fue rechazada: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) not confirmed yet; run the same command again to finish</source>
        <translation>
            <numerusform>%n nota aún sin confirmar; ejecute el mismo comando otra vez para terminar</numerusform>
            <numerusform>%n notas aún sin confirmar; ejecute el mismo comando otra vez para terminar</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>version</source>
        <translation>versión</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>valoración</translation>
    </message>
    <message>
        <source>installed</source>
        <translation>instalado</translation>
    </message>
    <message>
        <source>lead source</source>
        <translation>fuente de negocios</translation>
    </message>
    <message>
        <source>Digital Pipeline</source>
        <translation>Digital Pipeline</translation>
    </message>
    <message>
        <source>The widget&apos;s code.</source>
        <translation>El código del widget.</translation>
    </message>
    <message>
        <source>The settings as a JSON object, or - for standard input.</source>
        <translation>La configuración como objeto JSON, o - para la entrada estándar.</translation>
    </message>
    <message>
        <source>--settings-json FILE (or - for standard input) is required</source>
        <translation>--settings-json ARCHIVO (o - para la entrada estándar) es obligatorio</translation>
    </message>
    <message>
        <source>must be a JSON object of setting keys and values</source>
        <translation>debe ser un objeto JSON de claves de configuración y valores</translation>
    </message>
    <message>
        <source>Installed %1</source>
        <translation>Se instaló %1</translation>
    </message>
    <message>
        <source>Uninstalled %1</source>
        <translation>Se desinstaló %1</translation>
    </message>
    <message>
        <source>widgets commands: list, get, install, uninstall</source>
        <translation>comandos de widgets: list, get, install, uninstall</translation>
    </message>
    <message>
        <source>salesbot commands: continue</source>
        <translation>comandos de salesbot: continue</translation>
    </message>
    <message>
        <source>Continue a Salesbot.</source>
        <translation>Continuar un Salesbot.</translation>
    </message>
    <message>
        <source>Continue a Marketingbot.</source>
        <translation>Continuar un Marketingbot.</translation>
    </message>
    <message>
        <source>The bot&apos;s ID.</source>
        <translation>El ID del bot.</translation>
    </message>
    <message>
        <source>The continuation&apos;s ID.</source>
        <translation>El ID de la continuación.</translation>
    </message>
    <message>
        <source>{&quot;data&quot;:{...},&quot;execute_handlers&quot;:[...]}, or - for standard input.</source>
        <translation>{&quot;data&quot;:{...},&quot;execute_handlers&quot;:[...]}, o - para la entrada estándar.</translation>
    </message>
    <message>
        <source>say --salesbot or --marketingbot</source>
        <translation>indique --salesbot o --marketingbot</translation>
    </message>
    <message>
        <source>must be the bot&apos;s number</source>
        <translation>debe ser el número del bot</translation>
    </message>
    <message>
        <source>must be the continuation&apos;s number</source>
        <translation>debe ser el número de la continuación</translation>
    </message>
    <message>
        <source>must be an object with data and execute_handlers</source>
        <translation>debe ser un objeto con data y execute_handlers</translation>
    </message>
    <message>
        <source>The bot goes on (HTTP %1)</source>
        <translation>El bot continúa (HTTP %1)</translation>
    </message>
    <message>
        <source>cannot store the notes in the outbox: %1</source>
        <translation>no se pueden guardar las notas en la bandeja de salida: %1</translation>
    </message>
    <message>
        <source>missing %1 (see %2 --help)</source>
        <translation>falta %1 (vea %2 --help)</translation>
    </message>
    <message>
        <source>arguments</source>
        <translation>argumentos</translation>
    </message>
    <message>
        <source>json (the item as the API gives it), table or csv.</source>
        <translation>json (el elemento tal como lo da la API), table o csv.</translation>
    </message>
    <message>
        <source>ru, en, es or pt; by default the language of these messages.</source>
        <translation>ru, en, es o pt; por defecto, el idioma de estos mensajes.</translation>
    </message>
    <message>
        <source>The account to remove, with its secrets and everything AmoDesk keeps of it.</source>
        <translation>La cuenta que se elimina, con sus secretos y todo lo que AmoDesk guarda de ella.</translation>
    </message>
    <message>
        <source>Remove it even when its outbox holds notes amoCRM has not confirmed; they are thrown away.</source>
        <translation>Eliminarla aunque su bandeja de salida tenga notas que amoCRM no ha confirmado; se descartan.</translation>
    </message>
    <message>
        <source>the outbox of &quot;%1&quot; cannot be read, so it is not known whether it holds unsent notes</source>
        <translation>la bandeja de salida de «%1» no se puede leer, así que no se sabe si tiene notas sin enviar</translation>
    </message>
    <message>
        <source>send them first (run the command that queued them again, or open the account in AmoDesk), or pass --force</source>
        <translation>envíelas primero (vuelva a ejecutar el comando que las encoló o abra la cuenta en AmoDesk) o use --force</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot; with its secrets and local data</source>
        <translation>Se eliminó «%1» con sus secretos y datos locales</translation>
    </message>
    <message numerus="yes">
        <source>the outbox of &quot;%1&quot; holds %n note(s) amoCRM has not confirmed: removing the account throws its outbox away</source>
        <translation>
            <numerusform>la bandeja de salida de «%1» tiene %n nota que amoCRM no ha confirmado: eliminar la cuenta descarta su bandeja de salida</numerusform>
            <numerusform>la bandeja de salida de «%1» tiene %n notas que amoCRM no ha confirmado: eliminar la cuenta descarta su bandeja de salida</numerusform>
        </translation>
    </message>
    <message>
        <source>A website button preset saved by AmoDesk, or the configuration object as amoCRM documents it ({&quot;onlinechat&quot;: {...}}); - for standard input.</source>
        <translation>Un preajuste del botón del sitio guardado por AmoDesk, o el objeto de configuración tal como lo documenta amoCRM ({&quot;onlinechat&quot;: {...}}); - para la entrada estándar.</translation>
    </message>
    <message>
        <source>warning: the account&apos;s names could not be read (%1); ids are shown instead</source>
        <translation>aviso: no se pudieron leer los nombres de la cuenta (%1); se muestran los ID</translation>
    </message>
    <message>
        <source>Print the plan: for every entity and field, the value to restore, the value now and the change&apos;s state. Nothing is sent.</source>
        <translation>Mostrar el plan: para cada entidad y campo, el valor a restaurar, el valor actual y el estado del cambio. No se envía nada.</translation>
    </message>
    <message>
        <source>table or json.</source>
        <translation>table o json.</translation>
    </message>
    <message>
        <source>--format must be table or json</source>
        <translation>--format debe ser table o json</translation>
    </message>
    <message>
        <source>field</source>
        <translation>campo</translation>
    </message>
    <message>
        <source>restore</source>
        <translation>restaurar</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <source>why</source>
        <translation>motivo</translation>
    </message>
    <message>
        <source>events commands: list, get, types, revert</source>
        <translation>comandos de events: list, get, types, revert</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>%1 of %2 changes answered</source>
        <translation>%1 de %2 cambios respondidos</translation>
    </message>
    <message>
        <source>Run %1: %2 applied, %3 refused by the server, %4 not confirmed</source>
        <translation>Ejecución %1: %2 aplicados, %3 rechazados por el servidor, %4 sin confirmar</translation>
    </message>
    <message>
        <source>Some changes were not confirmed; run the same command again to send only what is left.</source>
        <translation>Algunos cambios no se confirmaron; ejecute el mismo comando de nuevo para enviar solo lo que falta.</translation>
    </message>
    <message>
        <source>Apply the ready changes through the account&apos;s journal, and print what became of each.</source>
        <translation>Aplicar los cambios listos mediante el registro de la cuenta y mostrar qué pasó con cada uno.</translation>
    </message>
    <message>
        <source>With --apply: also change entities someone changed since.</source>
        <translation>Con --apply: cambiar también las entidades que alguien cambió desde entonces.</translation>
    </message>
    <message>
        <source>give either --dry-run or --apply</source>
        <translation>indique --dry-run o --apply</translation>
    </message>
    <message>
        <source>--include-conflicts goes with --apply</source>
        <translation>--include-conflicts va con --apply</translation>
    </message>
    <message>
        <source>run</source>
        <translation>ejecución</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>aplicados</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>rechazados</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendientes</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitidos</translation>
    </message>
    <message>
        <source>The run, as journal list names it.</source>
        <translation>La ejecución, como la nombra journal list.</translation>
    </message>
    <message>
        <source>there is no run %1 in this account&apos;s journal</source>
        <translation>no hay ninguna ejecución %1 en el registro de esta cuenta</translation>
    </message>
    <message>
        <source>run %1 applied nothing to undo</source>
        <translation>la ejecución %1 no aplicó nada que deshacer</translation>
    </message>
    <message>
        <source>Resuming run %1, which was cut off</source>
        <translation>Reanudando la ejecución %1, que quedó interrumpida</translation>
    </message>
    <message>
        <source>The entity&apos;s ID.</source>
        <translation>El ID de la entidad.</translation>
    </message>
    <message>
        <source>there is no %1 %2</source>
        <translation>no existe %1 %2</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>etapa</translation>
    </message>
    <message>
        <source>responsible</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>sale</source>
        <translation>venta</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>etiquetas</translation>
    </message>
    <message>
        <source>Entity ID (repeatable, or comma-separated).</source>
        <translation>ID de la entidad (repetible, o separados por comas).</translation>
    </message>
    <message>
        <source>Only entities whose fields contain this text, as the web interface&apos;s search finds them.</source>
        <translation>Solo las entidades cuyos campos contienen este texto, como las encuentra la búsqueda de la interfaz web.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTO</translation>
    </message>
    <message>
        <source>Entities per page, at most 250.</source>
        <translation>Entidades por página, como máximo 250.</translation>
    </message>
    <message>
        <source>The PATCH items, a JSON array, from this file or - for standard input.</source>
        <translation>Los elementos PATCH, un array JSON, de este archivo o - para la entrada estándar.</translation>
    </message>
    <message>
        <source>Print the plan: for every entity and field, the value to set, the value now and the change&apos;s state. Nothing is sent.</source>
        <translation>Mostrar el plan: para cada entidad y campo, el valor a establecer, el valor actual y el estado del cambio. No se envía nada.</translation>
    </message>
    <message>
        <source>give the items with --json FILE (or --json - for standard input)</source>
        <translation>indique los elementos con --json FILE (o --json - para la entrada estándar)</translation>
    </message>
    <message>
        <source>must be a non-empty JSON array of PATCH items such as [{&quot;id&quot;:1,&quot;status_id&quot;:142}]</source>
        <translation>debe ser un array JSON no vacío de elementos PATCH, como [{&quot;id&quot;:1,&quot;status_id&quot;:142}]</translation>
    </message>
    <message>
        <source>entities commands: list, update, history</source>
        <translation>comandos de entities: list, update, history</translation>
    </message>
    <message>
        <source>Usage: amodesk-cli GROUP COMMAND [options]   (--help after a command for its options)

  account add NAME --base-url URL (--long-lived-token-stdin | --client-id ID --client-secret-stdin --redirect-uri URI (--code CODE | --browser))
  account list | remove NAME
  events list [filters] [--all] [--format table|json|csv] [--print-url]
  events get ID | types [--lang ru|en|es|pt]
  events revert [filters] (--dry-run | --apply [--include-conflicts]) [--format table|json]
  journal list | show RUN | undo RUN (--dry-run | --apply [--include-conflicts]) | retry RUN | discard RUN
  entities list ENTITY_TYPE [--id N]... [--query TEXT] [--all] [--format table|json|csv] | history ENTITY_TYPE ID
  entities update ENTITY_TYPE --json FILE|- [--dry-run] [--format table|json]   (through the journal: journal undo RUN puts it back)
  notes list ENTITY_TYPE [filters] [--all] | get ENTITY_TYPE ID | add ENTITY_TYPE --json FILE | edit ENTITY_TYPE --json FILE
  widgets list [--all] | get CODE | install CODE --settings-json FILE | uninstall CODE
  salesbot continue (--salesbot | --marketingbot) --bot-id N --continue-id N --json FILE
  button snippet PRESET.json   (the website button&apos;s configuration snippet)
  --version | --help

--account NAME picks the account (default: $AMODESK_ACCOUNT, the only one, or the last used).
Exit codes: 0 done, 2 usage, 3 refused before sending, 4 API error, 5 network.
</source>
        <translation>Uso: amodesk-cli GRUPO COMANDO [opciones]   (--help tras un comando muestra sus opciones)

  account add NAME --base-url URL (--long-lived-token-stdin | --client-id ID --client-secret-stdin --redirect-uri URI (--code CODE | --browser))
  account list | remove NAME
  events list [filtros] [--all] [--format table|json|csv] [--print-url]
  events get ID | types [--lang ru|en|es|pt]
  events revert [filtros] (--dry-run | --apply [--include-conflicts]) [--format table|json]
  journal list | show RUN | undo RUN (--dry-run | --apply [--include-conflicts]) | retry RUN | discard RUN
  entities list ENTITY_TYPE [--id N]... [--query TEXT] [--all] [--format table|json|csv] | history ENTITY_TYPE ID
  entities update ENTITY_TYPE --json FILE|- [--dry-run] [--format table|json]   (mediante el registro: journal undo RUN lo deshace)
  notes list ENTITY_TYPE [filtros] [--all] | get ENTITY_TYPE ID | add ENTITY_TYPE --json FILE | edit ENTITY_TYPE --json FILE
  widgets list [--all] | get CODE | install CODE --settings-json FILE | uninstall CODE
  salesbot continue (--salesbot | --marketingbot) --bot-id N --continue-id N --json FILE
  button snippet PRESET.json   (el fragmento de configuración del botón del sitio)
  --version | --help

--account NAME elige la cuenta (predeterminado: $AMODESK_ACCOUNT, la única o la última usada).
Códigos de salida: 0 hecho, 2 uso, 3 rechazado antes de enviar, 4 error de la API, 5 red.
</translation>
    </message>
    <message>
        <source>run %1 has no refused change</source>
        <translation>la ejecución %1 no tiene ningún cambio rechazado</translation>
    </message>
    <message numerus="yes">
        <source>Run %1: %n refused change(s) given up</source>
        <translation>
            <numerusform>Ejecución %1: %n cambio rechazado descartado</numerusform>
            <numerusform>Ejecución %1: %n cambios rechazados descartados</numerusform>
        </translation>
    </message>
    <message>
        <source>journal commands: list, show, undo, retry, discard</source>
        <translation>comandos de journal: list, show, undo, retry, discard</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Interface language: en, ru, es or pt.</source>
        <translation>Idioma de la interfaz: en, ru, es o pt.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>IDIOMA</translation>
    </message>
    <message>
        <source>Start the bundled demo account (a local sandbox) and sign in to it.</source>
        <translation>Iniciar la cuenta de demostración incluida (un sandbox local) e iniciar sesión en ella.</translation>
    </message>
    <message>
        <source>With --demo: save a picture of the window once it shows events, then quit.</source>
        <translation>Con --demo: guardar una imagen de la ventana cuando muestre eventos y salir.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>AmoDesk: a desktop client for amoCRM / Kommo account administrators.</source>
        <translation>AmoDesk: un cliente de escritorio para administradores de cuentas de amoCRM / Kommo.</translation>
    </message>
</context>
</TS>
