<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>Account</name>
    <message>
        <source>the account address is empty</source>
        <translation>o endereço da conta está vazio</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address like example.amocrm.ru</source>
        <translation>&quot;%1&quot; não é um endereço como example.amocrm.ru</translation>
    </message>
    <message>
        <source>the account address must start with https://</source>
        <translation>o endereço da conta deve começar com https://</translation>
    </message>
    <message>
        <source>plain http:// is allowed only for this computer (127.0.0.1); use https://</source>
        <translation>http:// sem criptografia só é permitido para este computador (127.0.0.1); use https://</translation>
    </message>
    <message>
        <source>use the account&apos;s own address (subdomain.amocrm.ru), not www.</source>
        <translation>use o endereço próprio da conta (subdominio.amocrm.ru), não www.</translation>
    </message>
    <message>
        <source>the account address must be just the host, like https://example.amocrm.ru</source>
        <translation>o endereço da conta deve ser apenas o host, como https://example.amocrm.ru</translation>
    </message>
</context>
<context>
    <name>AccountSession</name>
    <message>
        <source>the %1 of account &quot;%2&quot; is not in the system keychain; add the account again</source>
        <translation>o %1 da conta &quot;%2&quot; não está no chaveiro do sistema; adicione a conta novamente</translation>
    </message>
    <message>
        <source>token</source>
        <translation>token</translation>
    </message>
    <message>
        <source>client secret</source>
        <translation>segredo do cliente</translation>
    </message>
    <message>
        <source>refresh token</source>
        <translation>token de atualização</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <source>Add an account</source>
        <translation>Adicionar uma conta</translation>
    </message>
    <message>
        <source>Account address:</source>
        <translation>Endereço da conta:</translation>
    </message>
    <message>
        <source>example.amocrm.ru or example.kommo.com</source>
        <translation>example.amocrm.ru ou example.kommo.com</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>optional: how AmoDesk names it</source>
        <translation>opcional: como o AmoDesk a chama</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>Como:</translation>
    </message>
    <message>
        <source>Sign in through the browser (OAuth)</source>
        <translation>Entrar pelo navegador (OAuth)</translation>
    </message>
    <message>
        <source>Paste an authorization code from the integration&apos;s settings</source>
        <translation>Colar um código de autorização das configurações da integração</translation>
    </message>
    <message>
        <source>Use a long-lived token</source>
        <translation>Usar um token de longa duração</translation>
    </message>
    <message>
        <source>Integration ID:</source>
        <translation>ID da integração:</translation>
    </message>
    <message>
        <source>the integration&apos;s ID</source>
        <translation>o ID da integração</translation>
    </message>
    <message>
        <source>Secret key:</source>
        <translation>Chave secreta:</translation>
    </message>
    <message>
        <source>the integration&apos;s secret key</source>
        <translation>a chave secreta da integração</translation>
    </message>
    <message>
        <source>Redirect URI:</source>
        <translation>URI de redirecionamento:</translation>
    </message>
    <message>
        <source>for the browser: http://127.0.0.1:PORT/...</source>
        <translation>para o navegador: http://127.0.0.1:PORTA/...</translation>
    </message>
    <message>
        <source>Authorization code:</source>
        <translation>Código de autorização:</translation>
    </message>
    <message>
        <source>valid for 20 minutes, once</source>
        <translation>válido por 20 minutos, uma vez</translation>
    </message>
    <message>
        <source>Long-lived token:</source>
        <translation>Token de longa duração:</translation>
    </message>
    <message>
        <source>shown once when the integration was made</source>
        <translation>exibido uma vez quando a integração foi criada</translation>
    </message>
    <message>
        <source>Tokens and the secret key are kept only in the system keychain.</source>
        <translation>Os tokens e a chave secreta ficam apenas no chaveiro do sistema.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Not sent: %1</source>
        <translation>Não enviado: %1</translation>
    </message>
    <message>
        <source>The account could not be reached</source>
        <translation>Não foi possível acessar a conta</translation>
    </message>
    <message>
        <source>The account did not answer in time</source>
        <translation>A conta não respondeu a tempo</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>The account no longer accepts AmoDesk&apos;s sign-in; sign in to the account again</source>
        <translation>A conta não aceita mais o login do AmoDesk; entre na conta novamente</translation>
    </message>
    <message>
        <source>The account is not paid for, or its plan does not include this feature</source>
        <translation>A conta não está paga ou seu plano não inclui este recurso</translation>
    </message>
    <message>
        <source>Your user has no rights to do this in the account</source>
        <translation>Seu usuário não tem permissão para fazer isso na conta</translation>
    </message>
    <message>
        <source>amoCRM has blocked access for exceeding the request limit too often (HTTP 403). Only amoCRM support can lift the block; AmoDesk has stopped sending requests.</source>
        <translation>O amoCRM bloqueou o acesso por exceder o limite de solicitações com muita frequência (HTTP 403). Só o suporte do amoCRM pode remover o bloqueio; o AmoDesk parou de enviar solicitações.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Não encontrado</translation>
    </message>
    <message>
        <source>Too many requests: amoCRM asked to slow down</source>
        <translation>Solicitações demais: o amoCRM pediu para desacelerar</translation>
    </message>
    <message>
        <source>amoCRM refused the data</source>
        <translation>O amoCRM recusou os dados</translation>
    </message>
    <message>
        <source>Too many items in one request (at most 250)</source>
        <translation>Itens demais em uma solicitação (no máximo 250)</translation>
    </message>
    <message>
        <source>amoCRM had an internal error (HTTP %1)</source>
        <translation>O amoCRM teve um erro interno (HTTP %1)</translation>
    </message>
    <message>
        <source>amoCRM answered in an unexpected way (HTTP %1)</source>
        <translation>O amoCRM respondeu de forma inesperada (HTTP %1)</translation>
    </message>
    <message>
        <source>The system keychain failed</source>
        <translation>O chaveiro do sistema falhou</translation>
    </message>
    <message>
        <source>the change may have been made before the connection was lost</source>
        <translation>a alteração pode ter sido feita antes de a conexão cair</translation>
    </message>
</context>
<context>
    <name>BotContinueDialog</name>
    <message>
        <source>Continue a bot</source>
        <translation>Continuar um bot</translation>
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
        <translation>ID do bot:</translation>
    </message>
    <message>
        <source>the bot&apos;s ID</source>
        <translation>o ID do bot</translation>
    </message>
    <message>
        <source>Continue ID:</source>
        <translation>ID de continuação:</translation>
    </message>
    <message>
        <source>the continue_id the widget received</source>
        <translation>o continue_id que o widget recebeu</translation>
    </message>
    <message>
        <source>data: what the bot receives</source>
        <translation>data: o que o bot recebe</translation>
    </message>
    <message>
        <source>Add a key</source>
        <translation>Adicionar uma chave</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Edit data as JSON</source>
        <translation>Editar data como JSON</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Chave</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>execute_handlers: what the bot does next (at most 10)</source>
        <translation>execute_handlers: o que o bot faz em seguida (no máximo 10)</translation>
    </message>
    <message>
        <source>Show text</source>
        <translation>Mostrar texto</translation>
    </message>
    <message>
        <source>Show buttons</source>
        <translation>Mostrar botões</translation>
    </message>
    <message>
        <source>Show links</source>
        <translation>Mostrar links</translation>
    </message>
    <message>
        <source>Go to a step</source>
        <translation>Ir para uma etapa</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Manipulador</translation>
    </message>
    <message>
        <source>Text, or goto type</source>
        <translation>Texto, ou tipo de goto</translation>
    </message>
    <message>
        <source>Buttons (separated by |), or step</source>
        <translation>Botões (separados por |), ou etapa</translation>
    </message>
    <message>
        <source>Request body:</source>
        <translation>Corpo da solicitação:</translation>
    </message>
</context>
<context>
    <name>BulkChangeDialog</name>
    <message>
        <source>Bulk change</source>
        <translation>Alteração em massa</translation>
    </message>
    <message>
        <source>&amp;IDs:</source>
        <translation>&amp;IDs:</translation>
    </message>
    <message>
        <source>IDs separated by spaces, commas or lines</source>
        <translation>IDs separados por espaços, vírgulas ou linhas</translation>
    </message>
    <message>
        <source>&amp;Change:</source>
        <translation>&amp;Alteração:</translation>
    </message>
    <message>
        <source>&amp;Pipeline:</source>
        <translation>&amp;Funil:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Para:</translation>
    </message>
    <message>
        <source>T&amp;ag:</source>
        <translation>T&amp;ag:</translation>
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
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>The text of the note added to each of them</source>
        <translation>O texto da nota adicionada a cada uma</translation>
    </message>
</context>
<context>
    <name>ButtonPresets</name>
    <message>
        <source>a preset needs a name</source>
        <translation>uma predefinição precisa de um nome</translation>
    </message>
</context>
<context>
    <name>ButtonSnippets</name>
    <message>
        <source>choose a field</source>
        <translation>escolha um campo</translation>
    </message>
    <message>
        <source>needs a value</source>
        <translation>precisa de um valor</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address part</source>
        <translation>&quot;%1&quot; não é uma parte do endereço</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contato</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
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
        <translation>Chamada recebida</translation>
    </message>
    <message>
        <source>Outgoing call</source>
        <translation>Chamada realizada</translation>
    </message>
    <message>
        <source>Service message</source>
        <translation>Mensagem do sistema</translation>
    </message>
    <message>
        <source>Incoming SMS</source>
        <translation>SMS recebido</translation>
    </message>
    <message>
        <source>Outgoing SMS</source>
        <translation>SMS enviado</translation>
    </message>
    <message>
        <source>is required for a note</source>
        <translation>é obrigatório para uma nota</translation>
    </message>
    <message>
        <source>choose where the note goes: contact, lead, company or customer</source>
        <translation>escolha para onde vai a nota: contato, lead, empresa ou cliente</translation>
    </message>
    <message>
        <source>choose one of the documented note types</source>
        <translation>escolha um dos tipos de nota documentados</translation>
    </message>
    <message>
        <source>must be a whole amount, 0 or more</source>
        <translation>deve ser um valor inteiro, 0 ou mais</translation>
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
        <translation>Usuário responsável</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Next purchase</source>
        <translation>Próxima compra</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Venda</translation>
    </message>
    <message>
        <source>Tag “%1”</source>
        <translation>Tag «%1»</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vazio)</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Definida</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Não definida</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Vinculados</translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation>Não vinculados</translation>
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
        <translation>as aspas na posição %1 nunca são fechadas</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date-fns token; put literal text in single quotes</source>
        <translation>&quot;%1&quot; não é um token do date-fns; coloque o texto literal entre aspas simples</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a CSS colour (a name, #hex, rgb(), rgba(), hsl() or hsla())</source>
        <translation>&quot;%1&quot; não é uma cor CSS (um nome, #hex, rgb(), rgba(), hsl() ou hsla())</translation>
    </message>
    <message>
        <source>must be widget or frame</source>
        <translation>deve ser widget ou frame</translation>
    </message>
    <message>
        <source>is required in frame mode: the CSS selector of the element the chat opens in</source>
        <translation>é obrigatório no modo frame: o seletor CSS do elemento onde o chat abre</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a CSS selector like #chat or .chat-holder</source>
        <translation>&quot;%1&quot; não é um seletor CSS como #chat ou .chat-holder</translation>
    </message>
    <message>
        <source>must be ru, en, es or pt</source>
        <translation>deve ser ru, en, es ou pt</translation>
    </message>
    <message>
        <source>is not a string the chat lets you change</source>
        <translation>não é um texto que o chat permite alterar</translation>
    </message>
    <message>
        <source>must be from 1 to %1 pixels (the chat allows no more), not %2</source>
        <translation>deve ser de 1 a %1 pixels (o chat não permite mais), não %2</translation>
    </message>
    <message>
        <source>has colours but is hidden; show it or clear its colours</source>
        <translation>tem cores, mas está oculto; mostre-o ou limpe as cores</translation>
    </message>
    <message>
        <source>the preset is empty or not a JSON object</source>
        <translation>a predefinição está vazia ou não é um objeto JSON</translation>
    </message>
    <message>
        <source>%1 must be a number of pixels</source>
        <translation>%1 deve ser um número de pixels</translation>
    </message>
    <message>
        <source>%1 must be text</source>
        <translation>%1 deve ser texto</translation>
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation>%1 deve ser true ou false</translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation>%1 deve ser um objeto</translation>
    </message>
    <message>
        <source>unknown keys: %1</source>
        <translation>chaves desconhecidas: %1</translation>
    </message>
    <message>
        <source>unknown keys: %1 (neither a preset of AmoDesk nor the documented {&quot;onlinechat&quot;: {...}} object)</source>
        <translation>chaves desconhecidas: %1 (não é uma predefinição do AmoDesk nem o objeto documentado {&quot;onlinechat&quot;: {...}})</translation>
    </message>
</context>
<context>
    <name>ColourPicker</name>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>Choose the colour</source>
        <translation>Escolher a cor</translation>
    </message>
</context>
<context>
    <name>CsvTable</name>
    <message>
        <source>the quote opened on line %1 is never closed</source>
        <translation>as aspas abertas na linha %1 nunca são fechadas</translation>
    </message>
    <message>
        <source>the file holds no rows</source>
        <translation>o arquivo não tem linhas</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>não é possível ler %1: %2</translation>
    </message>
</context>
<context>
    <name>EntityHistoryDialog</name>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
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
        <translation>intenção %1</translation>
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
        <translation>mensagem %1</translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation>tag %1</translation>
    </message>
    <message>
        <source>stage %1 (pipeline %2)</source>
        <translation>etapa %1 (funil %2)</translation>
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
        <translation>usuário %1</translation>
    </message>
    <message>
        <source>task type %1</source>
        <translation>tipo de tarefa %1</translation>
    </message>
    <message>
        <source>field %1: %2</source>
        <translation>campo %1: %2</translation>
    </message>
    <message>
        <source>an event without an id</source>
        <translation>um evento sem id</translation>
    </message>
    <message>
        <source>event %1 has no type</source>
        <translation>o evento %1 não tem tipo</translation>
    </message>
    <message>
        <source>event %1 has no time</source>
        <translation>o evento %1 não tem horário</translation>
    </message>
</context>
<context>
    <name>EventDescriber</name>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contato</translation>
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
        <translation>Tarefa</translation>
    </message>
    <message>
        <source>List item</source>
        <translation>Item de lista</translation>
    </message>
    <message>
        <source>amoCRM</source>
        <translation>amoCRM</translation>
    </message>
    <message>
        <source>user #%1</source>
        <translation>usuário nº %1</translation>
    </message>
    <message>
        <source>note #%1</source>
        <translation>nota nº %1</translation>
    </message>
    <message>
        <source>intent #%1</source>
        <translation>intenção nº %1</translation>
    </message>
    <message>
        <source>purchase #%1</source>
        <translation>compra nº %1</translation>
    </message>
    <message>
        <source>NPS rate %1 of 10</source>
        <translation>nota NPS %1 de 10</translation>
    </message>
    <message>
        <source>message %1</source>
        <translation>mensagem %1</translation>
    </message>
    <message>
        <source>stage #%1</source>
        <translation>etapa nº %1</translation>
    </message>
    <message>
        <source>pipeline #%1</source>
        <translation>funil nº %1</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Acompanhamento</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunião</translation>
    </message>
    <message>
        <source>task type #%1</source>
        <translation>tipo de tarefa nº %1</translation>
    </message>
    <message>
        <source>field #%1</source>
        <translation>campo nº %1</translation>
    </message>
    <message>
        <source>%1 → (removed)</source>
        <translation>%1 → (removido)</translation>
    </message>
    <message>
        <source>%1, in the chat of %2</source>
        <translation>%1, no chat de %2</translation>
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
        <translation>Quando</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entidade</translation>
    </message>
    <message>
        <source>Contact of the chat</source>
        <translation>Contato do chat</translation>
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
        <translation>Depois</translation>
    </message>
    <message>
        <source>Event ID</source>
        <translation>ID do evento</translation>
    </message>
    <message>
        <source>Type key</source>
        <translation>Chave do tipo</translation>
    </message>
    <message>
        <source>As amoCRM sent it</source>
        <translation>Como o amoCRM enviou</translation>
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
            <numerusform>%n evento salvo em %1</numerusform>
            <numerusform>%n eventos salvos em %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventExporter</name>
    <message>
        <source>nothing to export</source>
        <translation>nada para exportar</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>não é possível gravar %1: %2</translation>
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
        <translation>Tipo de entidade</translation>
    </message>
    <message>
        <source>Entity ID</source>
        <translation>ID da entidade</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entidade</translation>
    </message>
    <message>
        <source>Author ID</source>
        <translation>ID do autor</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Alteração</translation>
    </message>
    <message>
        <source>Event ID</source>
        <translation>ID do evento</translation>
    </message>
</context>
<context>
    <name>EventFilter</name>
    <message>
        <source>at most %1 users can be filtered on, not %2</source>
        <translation>é possível filtrar por no máximo %1 usuários, não %2</translation>
    </message>
    <message>
        <source>the start of the period is after its end</source>
        <translation>o início do período é posterior ao fim</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an entity type (lead, contact, company, customer, task or catalog_ID)</source>
        <translation>&quot;%1&quot; não é um tipo de entidade (lead, contact, company, customer, task ou catalog_ID)</translation>
    </message>
    <message>
        <source>at most %1 entity IDs can be filtered on, not %2</source>
        <translation>é possível filtrar por no máximo %1 IDs de entidade, não %2</translation>
    </message>
    <message>
        <source>filtering by entity ID needs exactly one entity type</source>
        <translation>filtrar por ID de entidade exige exatamente um tipo de entidade</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an event type</source>
        <translation>&quot;%1&quot; não é um tipo de evento</translation>
    </message>
    <message>
        <source>custom_field_ID_value_changed cannot be combined with other event types</source>
        <translation>custom_field_ID_value_changed não pode ser combinado com outros tipos de evento</translation>
    </message>
    <message>
        <source>filtering by field values needs exactly one event type custom_field_ID_value_changed</source>
        <translation>filtrar por valores de campo exige exatamente um tipo de evento custom_field_ID_value_changed</translation>
    </message>
    <message>
        <source>every stage needs a status ID</source>
        <translation>cada etapa precisa de um ID de status</translation>
    </message>
    <message>
        <source>the value to match is empty</source>
        <translation>o valor procurado está vazio</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not something events can be loaded with</source>
        <translation>&quot;%1&quot; não é algo com que os eventos possam ser carregados</translation>
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
        <translation>Filtros salvos:</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Salvar como…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Event types:</source>
        <translation>Tipos de evento:</translation>
    </message>
    <message>
        <source>Find an event type</source>
        <translation>Encontrar um tipo de evento</translation>
    </message>
    <message>
        <source>Field changed:</source>
        <translation>Campo alterado:</translation>
    </message>
    <message>
        <source>Changes of one field; this excludes every other event type</source>
        <translation>Alterações de um campo; isto exclui todos os outros tipos de evento</translation>
    </message>
    <message>
        <source>Entity types:</source>
        <translation>Tipos de entidade:</translation>
    </message>
    <message>
        <source>List IDs:</source>
        <translation>IDs de listas:</translation>
    </message>
    <message>
        <source>items of these lists, e.g. 1075, 1076</source>
        <translation>itens destas listas, p. ex. 1075, 1076</translation>
    </message>
    <message>
        <source>Entity IDs:</source>
        <translation>IDs de entidades:</translation>
    </message>
    <message>
        <source>up to 10 IDs, with exactly one entity type</source>
        <translation>até 10 IDs, com exatamente um tipo de entidade</translation>
    </message>
    <message>
        <source>Authors (up to 10):</source>
        <translation>Autores (até 10):</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Período:</translation>
    </message>
    <message>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <source>to</source>
        <translation>até</translation>
    </message>
    <message>
        <source>Event IDs:</source>
        <translation>IDs de eventos:</translation>
    </message>
    <message>
        <source>event IDs, comma-separated</source>
        <translation>IDs de eventos, separados por vírgulas</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Valor:</translation>
    </message>
    <message>
        <source>after the change</source>
        <translation>depois da alteração</translation>
    </message>
    <message>
        <source>before the change</source>
        <translation>antes da alteração</translation>
    </message>
    <message>
        <source>(any value)</source>
        <translation>(qualquer valor)</translation>
    </message>
    <message>
        <source>Lead stage</source>
        <translation>Etapa do lead</translation>
    </message>
    <message>
        <source>Customer stage</source>
        <translation>Etapa do cliente</translation>
    </message>
    <message>
        <source>Responsible user</source>
        <translation>Usuário responsável</translation>
    </message>
    <message>
        <source>Field values (enum IDs)</source>
        <translation>Valores do campo (IDs de enum)</translation>
    </message>
    <message>
        <source>Exact value</source>
        <translation>Valor exato</translation>
    </message>
    <message>
        <source>for budget, name, purchases, NPS or field changes</source>
        <translation>para orçamento, nome, compras, NPS ou alterações de campo</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>Solicitação:</translation>
    </message>
    <message>
        <source>The request AmoDesk will send</source>
        <translation>A solicitação que o AmoDesk vai enviar</translation>
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
        <translation>Entidade</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Alteração</translation>
    </message>
</context>
<context>
    <name>EventsPane</name>
    <message>
        <source>Sign in to an account to see its event log.</source>
        <translation>Entre em uma conta para ver o seu registro de eventos.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How often to check for new events</source>
        <translation>Com que frequência verificar novos eventos</translation>
    </message>
    <message>
        <source>Select an event to see all of it</source>
        <translation>Selecione um evento para vê-lo por completo</translation>
    </message>
</context>
<context>
    <name>FilterChips</name>
    <message>
        <source>user #%1</source>
        <translation>usuário nº %1</translation>
    </message>
    <message>
        <source>IDs %1</source>
        <translation>IDs %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>para %1</translation>
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
        <translation>depois: %1</translation>
    </message>
</context>
<context>
    <name>FindEntityDialog</name>
    <message>
        <source>History of an entity</source>
        <translation>Histórico de uma entidade</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;ID or name:</source>
        <translation>&amp;ID ou nome:</translation>
    </message>
    <message>
        <source>Type an ID, or a name and choose it</source>
        <translation>Digite um ID, ou um nome e escolha-o</translation>
    </message>
</context>
<context>
    <name>JournalDialog</name>
    <message>
        <source>Revert journal</source>
        <translation>Registro de reversões</translation>
    </message>
    <message>
        <source>Every revert and bulk change applied to this account, newest first. Choose a run to see what became of each of its changes.</source>
        <translation>Cada reversão e alteração em massa aplicada a esta conta, as mais recentes primeiro. Escolha uma execução para ver o que aconteceu com cada uma de suas alterações.</translation>
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
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>um número</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>uma lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>um objeto</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>&quot;_embedded&quot; is %1 where an object belongs</source>
        <translation>“_embedded” é %1 onde deveria haver um objeto</translation>
    </message>
    <message>
        <source>&quot;_embedded.%1&quot; is %2 where a list belongs</source>
        <translation>“_embedded.%1” é %2 onde deveria haver uma lista</translation>
    </message>
    <message>
        <source>%1 where an object belongs</source>
        <translation>%1 onde deveria haver um objeto</translation>
    </message>
    <message>
        <source>item %1 of &quot;%2&quot;: %3</source>
        <translation>item %1 de “%2”: %3</translation>
    </message>
</context>
<context>
    <name>LocalStore</name>
    <message>
        <source>amodesk-cli&apos;s account &quot;%1&quot; is now called &quot;%2&quot;: the app has an account of that name</source>
        <translation>a conta &quot;%1&quot; do amodesk-cli agora se chama &quot;%2&quot;: o aplicativo já tem uma conta com esse nome</translation>
    </message>
    <message>
        <source>%1 was left where it is: the shared store has a file of that name</source>
        <translation>%1 foi deixado onde estava: o armazenamento compartilhado já tem um arquivo com esse nome</translation>
    </message>
    <message>
        <source>the settings %1 could not be written; amodesk-cli&apos;s earlier settings were kept</source>
        <translation>não foi possível gravar as configurações %1; as configurações anteriores do amodesk-cli foram mantidas</translation>
    </message>
</context>
<context>
    <name>LoopbackReceiver</name>
    <message>
        <source>the redirect URI must be http://127.0.0.1:PORT/... to be received by AmoDesk, not %1</source>
        <translation>o URI de redirecionamento deve ser http://127.0.0.1:PORTA/... para ser recebido pelo AmoDesk, não %1</translation>
    </message>
    <message>
        <source>port %1 for the redirect is in use: %2</source>
        <translation>a porta %1 do redirecionamento está em uso: %2</translation>
    </message>
    <message>
        <source>AmoDesk is signed in. You can close this window.</source>
        <translation>O AmoDesk entrou na conta. Você pode fechar esta janela.</translation>
    </message>
    <message>
        <source>This sign-in link is not the one AmoDesk is waiting for.</source>
        <translation>Este link de login não é o que o AmoDesk está esperando.</translation>
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
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Adicionar conta…</translation>
    </message>
    <message>
        <source>&amp;Remove account…</source>
        <translation>&amp;Remover conta…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferências…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <source>&amp;About AmoDesk</source>
        <translation>&amp;Sobre o AmoDesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Sobre o &amp;Qt</translation>
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
        <translation>Chamada recebida</translation>
    </message>
    <message>
        <source>Outgoing call</source>
        <translation>Chamada realizada</translation>
    </message>
    <message>
        <source>Service message</source>
        <translation>Mensagem do sistema</translation>
    </message>
    <message>
        <source>Extended service message</source>
        <translation>Mensagem do sistema estendida</translation>
    </message>
    <message>
        <source>Message to cashier</source>
        <translation>Mensagem ao caixa</translation>
    </message>
    <message>
        <source>Geolocation</source>
        <translation>Geolocalização</translation>
    </message>
    <message>
        <source>Incoming SMS</source>
        <translation>SMS recebido</translation>
    </message>
    <message>
        <source>Outgoing SMS</source>
        <translation>SMS enviado</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Task result</source>
        <translation>Resultado da tarefa</translation>
    </message>
    <message>
        <source>Link followed</source>
        <translation>Link acessado</translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation>Visita ao site</translation>
    </message>
    <message>
        <source>Added to retargeting</source>
        <translation>Adicionado ao retargeting</translation>
    </message>
    <message>
        <source>Removed from retargeting</source>
        <translation>Removido do retargeting</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contatos</translation>
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
        <translation>IDs de leads</translation>
    </message>
    <message>
        <source>Contact IDs</source>
        <translation>IDs de contatos</translation>
    </message>
    <message>
        <source>Company IDs</source>
        <translation>IDs de empresas</translation>
    </message>
    <message>
        <source>Customer IDs</source>
        <translation>IDs de clientes</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>para %1</translation>
    </message>
    <message>
        <source>created</source>
        <translation>criado</translation>
    </message>
    <message>
        <source>shown</source>
        <translation>exibido</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>stayed %1</source>
        <translation>permaneceu %1</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n anexo</numerusform>
            <numerusform>%n anexos</numerusform>
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
        <translation>O AmoDesk mostra este tipo, mas não pode gravá-lo.</translation>
    </message>
    <message>
        <source>Open %1 in the browser</source>
        <translation>Abrir %1 no navegador</translation>
    </message>
    <message>
        <source>Note ID</source>
        <translation>ID da nota</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criado</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Alterado</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsável</translation>
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
        <translation>%1 não é um ID de nota</translation>
    </message>
    <message>
        <source>%1 is not an entity ID</source>
        <translation>%1 não é um ID de entidade</translation>
    </message>
    <message>
        <source>the start of the period is after its end</source>
        <translation>o início do período é posterior ao fim</translation>
    </message>
    <message>
        <source>notes are ordered by updated_at or id only</source>
        <translation>as notas só são ordenadas por updated_at ou id</translation>
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
        <translation>IDs de notas:</translation>
    </message>
    <message>
        <source>any; several separated by commas</source>
        <translation>qualquer; vários separados por vírgulas</translation>
    </message>
    <message>
        <source>Entity IDs:</source>
        <translation>IDs de entidades:</translation>
    </message>
    <message>
        <source>Changed:</source>
        <translation>Alteradas:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Até</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>Ordem:</translation>
    </message>
    <message>
        <source>As the API lists them</source>
        <translation>Como a API os lista</translation>
    </message>
    <message>
        <source>Changed, oldest first</source>
        <translation>Alteradas, mais antigas primeiro</translation>
    </message>
    <message>
        <source>Changed, newest first</source>
        <translation>Alteradas, mais recentes primeiro</translation>
    </message>
    <message>
        <source>ID, ascending</source>
        <translation>ID, crescente</translation>
    </message>
    <message>
        <source>ID, descending</source>
        <translation>ID, decrescente</translation>
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
            <numerusform>%n ID de entidade</numerusform>
            <numerusform>%n IDs de entidades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note ID(s)</source>
        <translation>
            <numerusform>%n ID de nota</numerusform>
            <numerusform>%n IDs de notas</numerusform>
        </translation>
    </message>
    <message>
        <source>changed from %1</source>
        <translation>alteradas desde %1</translation>
    </message>
    <message>
        <source>changed until %1</source>
        <translation>alteradas até %1</translation>
    </message>
    <message>
        <source>in the API&apos;s order</source>
        <translation>na ordem da API</translation>
    </message>
    <message>
        <source>newest first</source>
        <translation>as mais recentes primeiro</translation>
    </message>
    <message>
        <source>oldest first</source>
        <translation>as mais antigas primeiro</translation>
    </message>
    <message>
        <source>last changed first</source>
        <translation>as alteradas mais recentemente primeiro</translation>
    </message>
    <message>
        <source>least recently changed first</source>
        <translation>as alteradas há mais tempo primeiro</translation>
    </message>
    <message>
        <source>All notes of these entities, %1</source>
        <translation>Todas as notas destas entidades, %1</translation>
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
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Duration, seconds</source>
        <translation>Duração, segundos</translation>
    </message>
    <message>
        <source>Source (telephony)</source>
        <translation>Origem (telefonia)</translation>
    </message>
    <message>
        <source>Recording link</source>
        <translation>Link da gravação</translation>
    </message>
    <message>
        <source>Call ID</source>
        <translation>ID da chamada</translation>
    </message>
    <message>
        <source>Who took the call</source>
        <translation>Quem atendeu a chamada</translation>
    </message>
    <message>
        <source>Service name</source>
        <translation>Nome do serviço</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nome do arquivo</translation>
    </message>
    <message>
        <source>File UUID</source>
        <translation>UUID do arquivo</translation>
    </message>
    <message>
        <source>Version UUID</source>
        <translation>UUID da versão</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criado</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Exibido</translation>
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
        <translation>a caixa de saída %1 está danificada (%2) e foi deixada como está. Mova-a para outro lugar e tente de novo: as notas não confirmadas que ela tinha serão então procuradas no servidor antes de serem enviadas.</translation>
    </message>
</context>
<context>
    <name>OAuthTokenSource</name>
    <message>
        <source>the sign-in was revoked or has expired; add the account again</source>
        <translation>o login foi revogado ou expirou; adicione a conta novamente</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Aparência</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Takes effect at the next start.</source>
        <translation>Vale a partir da próxima inicialização.</translation>
    </message>
    <message>
        <source>&amp;Dates and times:</source>
        <translation>&amp;Datas e horas:</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <source>&amp;Request budget:</source>
        <translation>&amp;Limite de requisições:</translation>
    </message>
    <message>
        <source>amoCRM allows 7 a second; fewer leave room for the account&apos;s other integrations. Every AmoDesk program of the account shares them.</source>
        <translation>O amoCRM permite 7 por segundo; menos deixa espaço para as outras integrações da conta. Todos os programas do AmoDesk da conta o compartilham.</translation>
    </message>
    <message>
        <source>Event cache:</source>
        <translation>Cache de eventos:</translation>
    </message>
    <message>
        <source>&amp;Clear the cache…</source>
        <translation>&amp;Limpar o cache…</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificações</translation>
    </message>
    <message>
        <source>&amp;Notify me of new events that match the filter while the Events pane follows the log</source>
        <translation>&amp;Avisar-me de novos eventos que correspondam ao filtro enquanto o painel Eventos acompanha o registro</translation>
    </message>
</context>
<context>
    <name>RevertDialog</name>
    <message>
        <source>Revert changes</source>
        <translation>Reverter alterações</translation>
    </message>
    <message>
        <source>&amp;Also put back values someone changed since the events</source>
        <translation>&amp;Também restaurar valores que alguém alterou depois dos eventos</translation>
    </message>
</context>
<context>
    <name>RevertJournal</name>
    <message>
        <source>cannot create the journal folder %1</source>
        <translation>não é possível criar a pasta do diário %1</translation>
    </message>
    <message>
        <source>cannot write the journal file %1: %2</source>
        <translation>não é possível gravar o arquivo do diário %1: %2</translation>
    </message>
    <message>
        <source>changed by someone else since the run began</source>
        <translation>alterado por outra pessoa desde o início da execução</translation>
    </message>
    <message>
        <source>cannot write the journal file %1</source>
        <translation>não é possível gravar o arquivo do registro %1</translation>
    </message>
    <message>
        <source>given up: %1</source>
        <translation>desistida: %1</translation>
    </message>
</context>
<context>
    <name>RevertPlan</name>
    <message>
        <source>only events of leads, contacts, companies and customers can be reverted</source>
        <translation>só eventos de leads, contatos, empresas e clientes podem ser revertidos</translation>
    </message>
    <message>
        <source>a deleted entity cannot be restored through the API</source>
        <translation>uma entidade excluída não pode ser restaurada pela API</translation>
    </message>
    <message>
        <source>events of type %1 cannot be reverted</source>
        <translation>eventos do tipo %1 não podem ser revertidos</translation>
    </message>
    <message>
        <source>the event does not say what the value was before</source>
        <translation>o evento não diz qual era o valor anterior</translation>
    </message>
    <message>
        <source>the entity is deleted; a deleted entity cannot be restored through the API</source>
        <translation>a entidade foi excluída; uma entidade excluída não pode ser restaurada pela API</translation>
    </message>
    <message>
        <source>the account has no customer stage %1</source>
        <translation>a conta não tem a etapa de clientes %1</translation>
    </message>
    <message>
        <source>the account has no pipeline %1</source>
        <translation>a conta não tem o funil %1</translation>
    </message>
    <message>
        <source>the stage %1 is not a stage of the pipeline «%2»</source>
        <translation>a etapa %1 não é uma etapa do funil «%2»</translation>
    </message>
    <message>
        <source>the user %1 is not in the account (any more)</source>
        <translation>o usuário %1 não está na conta (não mais)</translation>
    </message>
    <message>
        <source>the account has no field %1</source>
        <translation>a conta não tem o campo %1</translation>
    </message>
    <message>
        <source>«%1» is not a choice of the field «%2»</source>
        <translation>«%1» não é uma opção do campo «%2»</translation>
    </message>
    <message>
        <source>links to catalog elements are not reverted</source>
        <translation>vínculos com elementos de listas não são revertidos</translation>
    </message>
    <message>
        <source>%1 and %2 cannot be linked through the API</source>
        <translation>%1 e %2 não podem ser vinculados pela API</translation>
    </message>
    <message>
        <source>the same link, put back from its other side</source>
        <translation>o mesmo vínculo, restaurado pelo outro lado</translation>
    </message>
</context>
<context>
    <name>SecretVault</name>
    <message>
        <source>the system keychain refused to save a secret: %1</source>
        <translation>o chaveiro do sistema recusou salvar um segredo: %1</translation>
    </message>
    <message>
        <source>the system keychain could not be read: %1</source>
        <translation>não foi possível ler o chaveiro do sistema: %1</translation>
    </message>
    <message>
        <source>the system keychain could not delete a secret: %1</source>
        <translation>o chaveiro do sistema não conseguiu excluir um segredo: %1</translation>
    </message>
    <message>
        <source>No system keychain is available (%1). AmoDesk keeps tokens only in the keychain; without one they can be kept for this session only.</source>
        <translation>Não há chaveiro do sistema (%1). O AmoDesk guarda tokens apenas no chaveiro; sem ele, só podem ser mantidos nesta sessão.</translation>
    </message>
    <message>
        <source>access was refused in the keychain&apos;s prompt</source>
        <translation>o acesso foi recusado no aviso do chaveiro</translation>
    </message>
    <message>
        <source>the keychain refused access; it may be locked</source>
        <translation>o chaveiro recusou o acesso; talvez esteja bloqueado</translation>
    </message>
    <message>
        <source>no keychain service is running</source>
        <translation>nenhum serviço de chaveiro está em execução</translation>
    </message>
    <message>
        <source>this keychain cannot do that</source>
        <translation>este chaveiro não consegue fazer isso</translation>
    </message>
    <message>
        <source>the entry could not be deleted</source>
        <translation>não foi possível excluir a entrada</translation>
    </message>
    <message>
        <source>there is no such entry</source>
        <translation>essa entrada não existe</translation>
    </message>
</context>
<context>
    <name>SyncPeriodDialog</name>
    <message>
        <source>Sync period</source>
        <translation>Sincronizar período</translation>
    </message>
    <message>
        <source>Every event of these days goes into the local cache. It can be stopped and goes on later from where it stopped.</source>
        <translation>Todos os eventos destes dias vão para o cache local. Pode ser interrompido e continua depois de onde parou.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Até:</translation>
    </message>
</context>
<context>
    <name>TableCsv</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>não é possível gravar %1: %2</translation>
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
        <translation>O quê</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
</context>
<context>
    <name>TokenEndpoint</name>
    <message>
        <source>the account&apos;s address sent the sign-in elsewhere (%1); AmoDesk sends its credentials to the account&apos;s address only</source>
        <translation>o endereço da conta redirecionou o login para outro lugar (%1); o AmoDesk envia suas credenciais apenas para o endereço da conta</translation>
    </message>
    <message>
        <source>no address given</source>
        <translation>nenhum endereço informado</translation>
    </message>
    <message>
        <source>the sign-in answer is larger than %1 KB</source>
        <translation>a resposta de login é maior que %1 KB</translation>
    </message>
    <message>
        <source>the sign-in answer has no access token</source>
        <translation>a resposta de login não traz token de acesso</translation>
    </message>
</context>
<context>
    <name>UpdatePlan</name>
    <message>
        <source>needs the id of the entity to change</source>
        <translation>precisa do id da entidade a alterar</translation>
    </message>
    <message>
        <source>is not a key entities update understands, or has the wrong type</source>
        <translation>não é uma chave que entities update entenda, ou tem o tipo errado</translation>
    </message>
    <message>
        <source>changes nothing: give a field to set besides the id</source>
        <translation>não altera nada: indique um campo a definir além do id</translation>
    </message>
</context>
<context>
    <name>WebsiteButtonPane</name>
    <message>
        <source>Preset:</source>
        <translation>Predefinição:</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Predefinições</translation>
    </message>
    <message>
        <source>Save as preset…</source>
        <translation>Salvar como predefinição…</translation>
    </message>
    <message>
        <source>Button and chat</source>
        <translation>Botão e chat</translation>
    </message>
    <message>
        <source>Hide the button when the page loads</source>
        <translation>Ocultar o botão quando a página carregar</translation>
    </message>
    <message>
        <source>Button colour:</source>
        <translation>Cor do botão:</translation>
    </message>
    <message>
        <source>as set in amoCRM; e.g. #1f8ceb</source>
        <translation>como definido no amoCRM; p. ex. #1f8ceb</translation>
    </message>
    <message>
        <source>Chat opens:</source>
        <translation>O chat abre:</translation>
    </message>
    <message>
        <source>Container:</source>
        <translation>Contêiner:</translation>
    </message>
    <message>
        <source>In frame mode incoming messages no longer pop up next to the button; only its unread counter grows.</source>
        <translation>No modo frame as mensagens recebidas não aparecem mais ao lado do botão; só o contador de não lidas aumenta.</translation>
    </message>
    <message>
        <source>Chat user ID:</source>
        <translation>ID do usuário do chat:</translation>
    </message>
    <message>
        <source>empty: a new chat user per browser</source>
        <translation>vazio: um novo usuário de chat por navegador</translation>
    </message>
    <message>
        <source>Hash a value…</source>
        <translation>Gerar hash de um valor…</translation>
    </message>
    <message>
        <source>Put the SHA-256 of a value you type (e.g. the customer&apos;s account ID) into user_id, as amoCRM recommends</source>
        <translation>Colocar em user_id o SHA-256 de um valor digitado (p. ex. o ID da conta do cliente), como o amoCRM recomenda</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Built-in language:</source>
        <translation>Idioma embutido:</translation>
    </message>
    <message>
        <source>Date format:</source>
        <translation>Formato da data:</translation>
    </message>
    <message>
        <source>Time format:</source>
        <translation>Formato da hora:</translation>
    </message>
    <message>
        <source>Message field:</source>
        <translation>Campo de mensagem:</translation>
    </message>
    <message>
        <source>the language&apos;s own text</source>
        <translation>o texto do próprio idioma</translation>
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
        <translation>Lido:</translation>
    </message>
    <message>
        <source>Not delivered:</source>
        <translation>Não entregue:</translation>
    </message>
    <message>
        <source>&quot;Powered by&quot;:</source>
        <translation>&quot;Feito com&quot;:</translation>
    </message>
    <message>
        <source>New messages:</source>
        <translation>Novas mensagens:</translation>
    </message>
    <message>
        <source>Formats use date-fns tokens: dd, MM, yyyy, HH, mm… Put literal text in single quotes.</source>
        <translation>Os formatos usam tokens do date-fns: dd, MM, yyyy, HH, mm… Coloque o texto literal entre aspas simples.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Background:</source>
        <translation>Fundo:</translation>
    </message>
    <message>
        <source>a CSS colour: name, #hex, rgb(), rgba()</source>
        <translation>uma cor CSS: nome, #hex, rgb(), rgba()</translation>
    </message>
    <message>
        <source>System texts:</source>
        <translation>Textos do sistema:</translation>
    </message>
    <message>
        <source>No header</source>
        <translation>Sem cabeçalho</translation>
    </message>
    <message>
        <source>Header background:</source>
        <translation>Fundo do cabeçalho:</translation>
    </message>
    <message>
        <source>Header text:</source>
        <translation>Texto do cabeçalho:</translation>
    </message>
    <message>
        <source>Visitor&apos;s messages:</source>
        <translation>Mensagens do visitante:</translation>
    </message>
    <message>
        <source>Visitor&apos;s text:</source>
        <translation>Texto do visitante:</translation>
    </message>
    <message>
        <source>Operator&apos;s messages:</source>
        <translation>Mensagens do operador:</translation>
    </message>
    <message>
        <source>Operator&apos;s text:</source>
        <translation>Texto do operador:</translation>
    </message>
    <message>
        <source>Message field height:</source>
        <translation>Altura do campo de mensagem:</translation>
    </message>
    <message>
        <source>as amoCRM has it</source>
        <translation>como no amoCRM</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Send button:</source>
        <translation>Botão de envio:</translation>
    </message>
    <message>
        <source>Visitor data (setMeta)</source>
        <translation>Dados do visitante (setMeta)</translation>
    </message>
    <message>
        <source>amoCRM fills only fields that are still empty, and accepts data only within 24 hours of the visitor&apos;s first message (or of the incoming lead&apos;s creation).</source>
        <translation>O amoCRM só preenche campos ainda vazios e só aceita dados até 24 horas depois da primeira mensagem do visitante (ou da criação do lead de entrada).</translation>
    </message>
    <message>
        <source>Note text:</source>
        <translation>Texto da nota:</translation>
    </message>
    <message>
        <source>Note goes to:</source>
        <translation>A nota vai para:</translation>
    </message>
    <message>
        <source>Note type:</source>
        <translation>Tipo de nota:</translation>
    </message>
    <message>
        <source>Contact name:</source>
        <translation>Nome do contato:</translation>
    </message>
    <message>
        <source>Contact fields:</source>
        <translation>Campos do contato:</translation>
    </message>
    <message>
        <source>Add a contact field</source>
        <translation>Adicionar um campo do contato</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Lead name:</source>
        <translation>Nome do lead:</translation>
    </message>
    <message>
        <source>Lead budget:</source>
        <translation>Orçamento do lead:</translation>
    </message>
    <message>
        <source>a whole amount</source>
        <translation>um valor inteiro</translation>
    </message>
    <message>
        <source>Lead fields:</source>
        <translation>Campos do lead:</translation>
    </message>
    <message>
        <source>Add a lead field</source>
        <translation>Adicionar um campo do lead</translation>
    </message>
    <message>
        <source>bot_params, any JSON object for the chat&apos;s bot:</source>
        <translation>bot_params, qualquer objeto JSON para o bot do chat:</translation>
    </message>
    <message>
        <source>Scripts</source>
        <translation>Scripts</translation>
    </message>
    <message>
        <source>Snippet:</source>
        <translation>Trecho:</translation>
    </message>
    <message>
        <source>Hook name:</source>
        <translation>Nome do hook:</translation>
    </message>
    <message>
        <source>as in the key action&apos;s &quot;own hook&quot; condition</source>
        <translation>como na condição &quot;hook próprio&quot; da ação-chave</translation>
    </message>
    <message>
        <source>bot_params key:</source>
        <translation>Chave de bot_params:</translation>
    </message>
    <message>
        <source>Equals:</source>
        <translation>Igual a:</translation>
    </message>
    <message>
        <source>Copy snippet</source>
        <translation>Copiar trecho</translation>
    </message>
    <message>
        <source>Copy the snippet to the clipboard (Ctrl+Shift+C)</source>
        <translation>Copiar o trecho para a área de transferência (Ctrl+Shift+C)</translation>
    </message>
</context>
<context>
    <name>WriteRules</name>
    <message>
        <source>is required</source>
        <translation>é obrigatório</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>deve ser texto</translation>
    </message>
    <message>
        <source>must be a web address starting with http:// or https://</source>
        <translation>deve ser um endereço web que comece com http:// ou https://</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number</source>
        <translation>&quot;%1&quot; não é um número de telefone</translation>
    </message>
    <message>
        <source>must be a number from %1 to %2</source>
        <translation>deve ser um número de %1 a %2</translation>
    </message>
    <message>
        <source>must be a UUID such as 9905db7c-3a29-4d30-8953-bac68c05e8e8</source>
        <translation>deve ser um UUID como 9905db7c-3a29-4d30-8953-bac68c05e8e8</translation>
    </message>
    <message>
        <source>the note to edit needs its ID</source>
        <translation>a nota a editar precisa do seu ID</translation>
    </message>
    <message>
        <source>is required: the ID of the lead, contact, company or customer</source>
        <translation>é obrigatório: o ID do lead, contato, empresa ou cliente</translation>
    </message>
    <message>
        <source>must be a user ID</source>
        <translation>deve ser um ID de usuário</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>deve ser true ou false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a note type that can be written; use one of: %2</source>
        <translation>&quot;%1&quot; não é um tipo de nota que possa ser gravado; use um de: %2</translation>
    </message>
    <message>
        <source>is required for a %1 note</source>
        <translation>é obrigatório para uma nota %1</translation>
    </message>
    <message>
        <source>must be the call&apos;s length in whole seconds</source>
        <translation>deve ser a duração da chamada em segundos inteiros</translation>
    </message>
    <message>
        <source>must be created, shown or canceled</source>
        <translation>deve ser created, shown ou canceled</translation>
    </message>
    <message>
        <source>must map user IDs to values</source>
        <translation>deve associar IDs de usuário a valores</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a user ID</source>
        <translation>&quot;%1&quot; não é um ID de usuário</translation>
    </message>
    <message>
        <source>the extension must be text or a number</source>
        <translation>o ramal deve ser texto ou um número</translation>
    </message>
    <message>
        <source>needs both a login and a password</source>
        <translation>precisa de login e senha</translation>
    </message>
    <message>
        <source>must be an object of keys and values</source>
        <translation>deve ser um objeto de chaves e valores</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>deve ser uma lista</translation>
    </message>
    <message>
        <source>at most %1 handlers, not %2</source>
        <translation>no máximo %1 manipuladores, não %2</translation>
    </message>
    <message>
        <source>must be text, buttons or buttons_url</source>
        <translation>deve ser text, buttons ou buttons_url</translation>
    </message>
    <message>
        <source>at most %1 characters, not %2</source>
        <translation>no máximo %1 caracteres, não %2</translation>
    </message>
    <message>
        <source>at most %1 buttons, not %2</source>
        <translation>no máximo %1 botões, não %2</translation>
    </message>
    <message>
        <source>needs at least one button</source>
        <translation>precisa de pelo menos um botão</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address</source>
        <translation>&quot;%1&quot; não é um endereço web</translation>
    </message>
    <message>
        <source>must be question, answer or finish</source>
        <translation>deve ser question, answer ou finish</translation>
    </message>
    <message>
        <source>must be a step number</source>
        <translation>deve ser um número de etapa</translation>
    </message>
    <message>
        <source>must be show or goto</source>
        <translation>deve ser show ou goto</translation>
    </message>
</context>
<context>
    <name>amodesk::AddAccountDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Adicionar</translation>
    </message>
    <message>
        <source>The account did not accept AmoDesk: %1</source>
        <translation>A conta não aceitou o AmoDesk: %1</translation>
    </message>
    <message>
        <source>Account address: %1</source>
        <translation>Endereço da conta: %1</translation>
    </message>
    <message>
        <source>Name: an account named &quot;%1&quot; exists already</source>
        <translation>Nome: já existe uma conta chamada &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Long-lived token: is required</source>
        <translation>Token de longa duração: é obrigatório</translation>
    </message>
    <message>
        <source>Integration ID: is required</source>
        <translation>ID da integração: é obrigatório</translation>
    </message>
    <message>
        <source>Secret key: is required</source>
        <translation>Chave secreta: é obrigatória</translation>
    </message>
    <message>
        <source>Redirect URI: is required</source>
        <translation>URI de redirecionamento: é obrigatório</translation>
    </message>
    <message>
        <source>Authorization code: is required</source>
        <translation>Código de autorização: é obrigatório</translation>
    </message>
    <message>
        <source>Checking the account…</source>
        <translation>Verificando a conta…</translation>
    </message>
    <message>
        <source>Redirect URI: %1</source>
        <translation>URI de redirecionamento: %1</translation>
    </message>
    <message>
        <source>Access was refused in the browser.</source>
        <translation>O acesso foi recusado no navegador.</translation>
    </message>
    <message>
        <source>Allow access in the browser window that opened…</source>
        <translation>Permita o acesso na janela do navegador que abriu…</translation>
    </message>
</context>
<context>
    <name>amodesk::ApiClient</name>
    <message>
        <source>amoCRM asks to wait %1 s before the next request; AmoDesk waits at most %2 s</source>
        <translation>O amoCRM pede para aguardar %1 s antes da próxima requisição; o AmoDesk aguarda no máximo %2 s</translation>
    </message>
    <message>
        <source>an empty answer where data belongs</source>
        <translation>uma resposta vazia onde deveria haver dados</translation>
    </message>
    <message>
        <source>a web page where data belongs</source>
        <translation>uma página web onde deveria haver dados</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>JSON inválido (%1 no byte %2)</translation>
    </message>
    <message>
        <source>%1 where an object belongs</source>
        <translation>%1 onde deveria haver um objeto</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>uma lista</translation>
    </message>
    <message>
        <source>a single value</source>
        <translation>um valor isolado</translation>
    </message>
    <message>
        <source>the answer is larger than %1 MB</source>
        <translation>a resposta passa de %1 MB</translation>
    </message>
    <message>
        <source>no answer in %1 s</source>
        <translation>sem resposta em %1 s</translation>
    </message>
    <message>
        <source>the answer ended before the length it announced</source>
        <translation>a resposta terminou antes do tamanho anunciado</translation>
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
        <translation>Mostrar botões</translation>
    </message>
    <message>
        <source>Show links</source>
        <translation>Mostrar links</translation>
    </message>
    <message>
        <source>Go to a step</source>
        <translation>Ir para uma etapa</translation>
    </message>
    <message>
        <source>question, answer or finish</source>
        <translation>question, answer ou finish</translation>
    </message>
    <message>
        <source>the message, at most 80 characters</source>
        <translation>a mensagem, no máximo 80 caracteres</translation>
    </message>
    <message>
        <source>step number</source>
        <translation>número da etapa</translation>
    </message>
    <message>
        <source>https://a.example | https://b.example</source>
        <translation>https://a.example | https://b.example</translation>
    </message>
    <message>
        <source>Yes | No</source>
        <translation>Sim | Não</translation>
    </message>
    <message>
        <source>data is not JSON: %1 at character %2</source>
        <translation>data não é JSON: %1 no caractere %2</translation>
    </message>
    <message>
        <source>data must be a JSON object of keys and values</source>
        <translation>data deve ser um objeto JSON de chaves e valores</translation>
    </message>
    <message>
        <source>Bot ID: must be a number</source>
        <translation>ID do bot: deve ser um número</translation>
    </message>
    <message>
        <source>Continue ID: must be a number</source>
        <translation>ID de continuação: deve ser um número</translation>
    </message>
    <message>
        <source>Handler %1, %2</source>
        <translation>Manipulador %1, %2</translation>
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
        <translation>Aceito (HTTP %1): o bot continua a partir desta etapa.</translation>
    </message>
    <message>
        <source>Not found (HTTP 404): no widget step of bot %1 waits for continuation %2. It may have been continued already, or the bot moved on when its wait ran out.</source>
        <translation>Não encontrado (HTTP 404): nenhuma etapa de widget do bot %1 espera a continuação %2. Talvez já tenha sido continuada, ou o bot seguiu adiante quando a espera acabou.</translation>
    </message>
    <message>
        <source>Refused (HTTP 400): the body breaks a rule of the API.</source>
        <translation>Recusado (HTTP 400): o corpo viola uma regra da API.</translation>
    </message>
</context>
<context>
    <name>amodesk::BulkChangeDialog</name>
    <message>
        <source>Bulk change of %1</source>
        <translation>Alteração em massa de %1</translation>
    </message>
    <message>
        <source>&amp;Plan…</source>
        <translation>&amp;Planejar…</translation>
    </message>
    <message>
        <source>Move to a stage</source>
        <translation>Mover para uma etapa</translation>
    </message>
    <message>
        <source>Set the responsible user</source>
        <translation>Definir o usuário responsável</translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation>Adicionar uma tag</translation>
    </message>
    <message>
        <source>Remove a tag</source>
        <translation>Remover uma tag</translation>
    </message>
    <message>
        <source>“%1” is not an ID</source>
        <translation>«%1» não é um ID</translation>
    </message>
    <message>
        <source>give at least one ID</source>
        <translation>indique pelo menos um ID</translation>
    </message>
    <message>
        <source>choose the stage</source>
        <translation>escolha a etapa</translation>
    </message>
    <message>
        <source>choose the user</source>
        <translation>escolha o usuário</translation>
    </message>
    <message>
        <source>type the tag</source>
        <translation>digite a tag</translation>
    </message>
    <message>
        <source>Set a field</source>
        <translation>Definir um campo</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Adicionar uma nota</translation>
    </message>
    <message>
        <source>Yes (ticked)</source>
        <translation>Sim (marcado)</translation>
    </message>
    <message>
        <source>No (not ticked)</source>
        <translation>Não (desmarcado)</translation>
    </message>
    <message>
        <source>choose the field (this kind of entity has no field a value can be set for here)</source>
        <translation>escolha o campo (este tipo de entidade não tem campo que possa ser definido aqui)</translation>
    </message>
    <message>
        <source>choose the value</source>
        <translation>escolha o valor</translation>
    </message>
    <message>
        <source>type the value</source>
        <translation>digite o valor</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>«%1» não é um número</translation>
    </message>
    <message>
        <source>“%1” is not a web address</source>
        <translation>“%1” não é um endereço da web</translation>
    </message>
    <message>
        <source>type the text of the note</source>
        <translation>digite o texto da nota</translation>
    </message>
</context>
<context>
    <name>amodesk::CsvImportDialog</name>
    <message>
        <source>Add notes from CSV</source>
        <translation>Adicionar notas de CSV</translation>
    </message>
    <message>
        <source>Taken from a column</source>
        <translation>Tirado de uma coluna</translation>
    </message>
    <message>
        <source>Queue notes</source>
        <translation>Enfileirar notas</translation>
    </message>
    <message>
        <source>The first rows of the file:</source>
        <translation>As primeiras linhas do arquivo:</translation>
    </message>
    <message>
        <source>Note type:</source>
        <translation>Tipo de nota:</translation>
    </message>
    <message>
        <source>%1 cannot be read as CSV: %2</source>
        <translation>%1 não pode ser lido como CSV: %2</translation>
    </message>
    <message>
        <source>— not in the file —</source>
        <translation>— não está no arquivo —</translation>
    </message>
    <message>
        <source>%1 column:</source>
        <translation>Coluna de %1:</translation>
    </message>
    <message>
        <source>Type column:</source>
        <translation>Coluna do tipo:</translation>
    </message>
    <message>
        <source>Params are read from columns named like them (text, phone, duration…).</source>
        <translation>Os parâmetros são lidos das colunas com o mesmo nome (text, phone, duration…).</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Linha %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) ready to queue</source>
        <translation>
            <numerusform>%n nota pronta para enfileirar</numerusform>
            <numerusform>%n notas prontas para enfileirar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) with problems, left out:</source>
        <translation>
            <numerusform>%n linha com problemas, deixada de fora:</numerusform>
            <numerusform>%n linhas com problemas, deixadas de fora:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queue %n note(s)</source>
        <translation>
            <numerusform>Enfileirar %n nota</numerusform>
            <numerusform>Enfileirar %n notas</numerusform>
        </translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>«%1» não é um número</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Arquivos CSV (*.csv *.txt);;Todos os arquivos (*)</translation>
    </message>
</context>
<context>
    <name>amodesk::DemoSession</name>
    <message>
        <source>The demo server (amodesk-sandbox) is not installed next to AmoDesk.</source>
        <translation>O servidor de demonstração (amodesk-sandbox) não está instalado junto ao AmoDesk.</translation>
    </message>
    <message>
        <source>Starting the demo account…</source>
        <translation>Iniciando a conta de demonstração…</translation>
    </message>
    <message>
        <source>The demo server did not start: %1</source>
        <translation>O servidor de demonstração não iniciou: %1</translation>
    </message>
    <message>
        <source>The demo account did not answer: %1</source>
        <translation>A conta de demonstração não respondeu: %1</translation>
    </message>
    <message>
        <source>Signed in to %1 (demo, tokens kept for this session only)</source>
        <translation>Conectado a %1 (demo, tokens mantidos só nesta sessão)</translation>
    </message>
    <message>
        <source>Demo account unavailable</source>
        <translation>Conta de demonstração indisponível</translation>
    </message>
    <message>
        <source>Demo account</source>
        <translation>Conta de demonstração</translation>
    </message>
</context>
<context>
    <name>amodesk::EntityFilterField</name>
    <message>
        <source>All entities; type an ID or a name</source>
        <translation>Todas as entidades; ID ou nome</translation>
    </message>
</context>
<context>
    <name>amodesk::EntityHistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translation>Histórico de %1</translation>
    </message>
    <message>
        <source>Reading the events and notes…</source>
        <translation>Lendo os eventos e as notas…</translation>
    </message>
    <message>
        <source>Reading the events and notes… %1 so far</source>
        <translation>Lendo os eventos e as notas… %1 até agora</translation>
    </message>
    <message>
        <source>The account has no %1 with the ID %2.</source>
        <translation>A conta não tem nenhum item «%1» com o ID %2.</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Não foi possível ler o histórico: %1</translation>
    </message>
    <message>
        <source>%1 #%2 (deleted)</source>
        <translation>%1 #%2 (excluído)</translation>
    </message>
    <message>
        <source>%1 and %2, newest first.</source>
        <translation>%1 e %2, os mais recentes primeiro.</translation>
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
        <translation>Salvar filtro</translation>
    </message>
    <message>
        <source>Name of the filter:</source>
        <translation>Nome do filtro:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>filter[entity]: list IDs must be numbers</source>
        <translation>filter[entity]: os IDs de listas devem ser números</translation>
    </message>
    <message>
        <source>filter[entity_id]: entity IDs must be numbers</source>
        <translation>filter[entity_id]: os IDs de entidades devem ser números</translation>
    </message>
    <message>
        <source>filter[%1][custom_field_values]: choose at least one value of the field</source>
        <translation>filter[%1][custom_field_values]: escolha pelo menos um valor do campo</translation>
    </message>
    <message>
        <source>(choose a saved filter)</source>
        <translation>(escolha um filtro salvo)</translation>
    </message>
</context>
<context>
    <name>amodesk::EventsChart</name>
    <message numerus="yes">
        <source>Events a day, last %n day(s) of the cache</source>
        <translation>
            <numerusform>Eventos por dia, último %n dia do cache</numerusform>
            <numerusform>Eventos por dia, últimos %n dias do cache</numerusform>
        </translation>
    </message>
    <message>
        <source>Other types</source>
        <translation>Outros tipos</translation>
    </message>
    <message>
        <source>Click a bar to show the events of that day and type</source>
        <translation>Clique em uma barra para ver os eventos daquele dia e tipo</translation>
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
        <translation>Escolher quais eventos mostrar (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recarregar</translation>
    </message>
    <message>
        <source>Read the events again (F5)</source>
        <translation>Ler os eventos novamente (F5)</translation>
    </message>
    <message>
        <source>Search the loaded events (Ctrl+F)</source>
        <translation>Pesquisar nos eventos carregados (Ctrl+F)</translation>
    </message>
    <message>
        <source>Check for new events every few seconds and mark them in bold</source>
        <translation>Verificar novos eventos a cada poucos segundos e marcá-los em negrito</translation>
    </message>
    <message>
        <source>&amp;Sync period…</source>
        <translation>&amp;Sincronizar período…</translation>
    </message>
    <message>
        <source>Copy every event of a period into the local cache, to search it and read it offline</source>
        <translation>Copiar todos os eventos de um período para o cache local, para pesquisá-los e lê-los offline</translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation>&amp;Gráfico</translation>
    </message>
    <message>
        <source>Events a day by type, from the local cache</source>
        <translation>Eventos por dia e tipo, do cache local</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Save the events shown to a CSV or JSON file</source>
        <translation>Salvar os eventos exibidos em um arquivo CSV ou JSON</translation>
    </message>
    <message>
        <source>Search the cached events (Ctrl+F)</source>
        <translation>Pesquisar nos eventos do cache (Ctrl+F)</translation>
    </message>
    <message>
        <source>Sync period</source>
        <translation>Sincronizar período</translation>
    </message>
    <message>
        <source>The local cache could not be opened, so events cannot be synced.</source>
        <translation>O cache local não pôde ser aberto, então os eventos não podem ser sincronizados.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) in the local cache</source>
        <translation>
            <numerusform>%n evento no cache local</numerusform>
            <numerusform>%n eventos no cache local</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cached event(s) match</source>
        <translation>
            <numerusform>%n evento do cache corresponde</numerusform>
            <numerusform>%n eventos do cache correspondem</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline: the account cannot be reached. Showing the cached events, read-only.</source>
        <translation>Offline: não é possível acessar a conta. Mostrando os eventos do cache, somente leitura.</translation>
    </message>
    <message>
        <source>Could not read the events: %1</source>
        <translation>Não foi possível ler os eventos: %1</translation>
    </message>
    <message numerus="yes">
        <source>Loading… %n event(s) so far</source>
        <translation>
            <numerusform>Carregando… %n evento até agora</numerusform>
            <numerusform>Carregando… %n eventos até agora</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) loaded</source>
        <translation>
            <numerusform>%n evento carregado</numerusform>
            <numerusform>%n eventos carregados</numerusform>
        </translation>
    </message>
    <message>
        <source>; scroll down for more</source>
        <translation>; role para baixo para ver mais</translation>
    </message>
    <message numerus="yes">
        <source>(%n new)</source>
        <translation>
            <numerusform>(%n novo)</numerusform>
            <numerusform>(%n novos)</numerusform>
        </translation>
    </message>
    <message>
        <source>None of these events contains “%1”. Clear the search to see them all.</source>
        <translation>Nenhum destes eventos contém «%1». Limpe a busca para ver todos.</translation>
    </message>
    <message>
        <source>No events match this filter. Widen the period or remove a condition under Filter… (Ctrl+Shift+F).</source>
        <translation>Nenhum evento corresponde a este filtro. Amplie o período ou remova uma condição em «Filtrar…» (Ctrl+Shift+F).</translation>
    </message>
    <message>
        <source>The account has no events in this period.</source>
        <translation>A conta não tem eventos neste período.</translation>
    </message>
    <message>
        <source>Search the events</source>
        <translation>Buscar nos eventos</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Pesquisar</translation>
    </message>
    <message>
        <source>Follo&amp;w</source>
        <translation>Acompan&amp;har</translation>
    </message>
    <message>
        <source>Select the events first (Ctrl+A selects every event shown).</source>
        <translation>Primeiro selecione os eventos (Ctrl+A seleciona todos os exibidos).</translation>
    </message>
    <message>
        <source>Select at most %1 events here; Revert everything the filter finds… (Ctrl+Alt+Shift+R) takes a filter of any size.</source>
        <translation>Selecione no máximo %1 eventos aqui; Reverter tudo o que o filtro encontra… (Ctrl+Alt+Shift+R) aceita um filtro de qualquer tamanho.</translation>
    </message>
</context>
<context>
    <name>amodesk::FilterChipBar</name>
    <message>
        <source>Remove this condition</source>
        <translation>Remover esta condição</translation>
    </message>
</context>
<context>
    <name>amodesk::FindEntityDialog</name>
    <message>
        <source>Show &amp;history</source>
        <translation>Mostrar o &amp;histórico</translation>
    </message>
    <message>
        <source>Type the ID of the entity, or a part of its name and choose one of the names offered.</source>
        <translation>Digite o ID da entidade, ou parte do nome, e escolha um dos nomes oferecidos.</translation>
    </message>
    <message>
        <source>«%1» is not an ID: choose one of the names offered as you type, or type the ID.</source>
        <translation>“%1” não é um ID: escolha um dos nomes oferecidos enquanto digita, ou digite o ID.</translation>
    </message>
</context>
<context>
    <name>amodesk::FollowNotifier</name>
    <message numerus="yes">
        <source>%n new event(s) in AmoDesk</source>
        <translation>
            <numerusform>%n novo evento no AmoDesk</numerusform>
            <numerusform>%n novos eventos no AmoDesk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, and %n more</source>
        <translation>
            <numerusform>%1 e mais %n</numerusform>
            <numerusform>%1 e mais %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amodesk::JournalDialog</name>
    <message>
        <source>Send &amp;again</source>
        <translation>Enviar &amp;novamente</translation>
    </message>
    <message>
        <source>Read the refused and unconfirmed changes again from their entities and send those still to be made</source>
        <translation>Ler de novo as alterações recusadas e não confirmadas das suas entidades e enviar as que ainda faltam</translation>
    </message>
    <message>
        <source>&amp;Give up refused</source>
        <translation>&amp;Desistir das recusadas</translation>
    </message>
    <message>
        <source>Mark the refused changes as skipped, keeping amoCRM&apos;s reason</source>
        <translation>Marcar as alterações recusadas como ignoradas, mantendo o motivo do amoCRM</translation>
    </message>
    <message>
        <source>&amp;Undo run…</source>
        <translation>&amp;Desfazer a execução…</translation>
    </message>
    <message>
        <source>Plan putting back what the run applied</source>
        <translation>Planejar desfazer o que a execução aplicou</translation>
    </message>
    <message>
        <source>&amp;Save as CSV…</source>
        <translation>&amp;Salvar como CSV…</translation>
    </message>
    <message>
        <source>Nothing has been reverted or changed in bulk in this account yet.</source>
        <translation>Nada foi revertido ou alterado em massa nesta conta ainda.</translation>
    </message>
    <message>
        <source>The refused changes are skipped now.</source>
        <translation>As alterações recusadas agora estão ignoradas.</translation>
    </message>
    <message numerus="yes">
        <source>Undoing the run of %1: %n change(s).</source>
        <translation>
            <numerusform>Desfazendo a execução de %1: %n alteração.</numerusform>
            <numerusform>Desfazendo a execução de %1: %n alterações.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the run</source>
        <translation>Salvar a execução</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Sending: %1 of %2 changes answered</source>
        <translation>Enviando: %1 de %2 alterações respondidas</translation>
    </message>
    <message>
        <source>Reading the changes again from their entities…</source>
        <translation>Lendo de novo as alterações das suas entidades…</translation>
    </message>
    <message>
        <source>The entities could not be read, so nothing was sent: %1</source>
        <translation>Não foi possível ler as entidades, então nada foi enviado: %1</translation>
    </message>
    <message>
        <source>Sent again: %1 applied, %2 refused by amoCRM, %3 not confirmed.</source>
        <translation>Enviado novamente: %1 aplicadas, %2 recusadas pelo amoCRM, %3 não confirmadas.</translation>
    </message>
</context>
<context>
    <name>amodesk::JournalRunsModel</name>
    <message>
        <source>Undo of run %1</source>
        <translation>Desfazer a execução %1</translation>
    </message>
    <message>
        <source>Undo of the run of %1</source>
        <translation>Desfazer a execução de %1</translation>
    </message>
    <message>
        <source>Bulk change</source>
        <translation>Alteração em massa</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Reversão</translation>
    </message>
    <message>
        <source>Run %1 (amodesk-cli journal show %1)</source>
        <translation>Execução %1 (amodesk-cli journal show %1)</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Alterações</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Feito</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Recusada</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorada</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>Não confirmada</translation>
    </message>
</context>
<context>
    <name>amodesk::MainWindow</name>
    <message>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Conta:</translation>
    </message>
    <message>
        <source>No account yet</source>
        <translation>Nenhuma conta ainda</translation>
    </message>
    <message>
        <source>The amoCRM or Kommo account AmoDesk works with</source>
        <translation>A conta do amoCRM ou Kommo com que o AmoDesk trabalha</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Não conectado</translation>
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
        <translation>&amp;Botão do site</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Como o sistema</translation>
    </message>
    <message>
        <source>AmoDesk will speak %1 after a restart</source>
        <translation>O AmoDesk usará %1 depois de reiniciar</translation>
    </message>
    <message>
        <source>No system keychain</source>
        <translation>Sem chaveiro do sistema</translation>
    </message>
    <message>
        <source>Keep the tokens of this account for this session only?</source>
        <translation>Manter os tokens desta conta apenas nesta sessão?</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Não foi possível abrir %1: %2</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Remover conta</translation>
    </message>
    <message>
        <source>Remove %1 from AmoDesk? Its tokens are deleted from the keychain; the account itself is not touched.</source>
        <translation>Remover %1 do AmoDesk? Os tokens são excluídos do chaveiro; a conta em si não é alterada.</translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>%1 removida</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Abrindo %1…</translation>
    </message>
    <message>
        <source>Signed in to %1 (tokens kept for this session only)</source>
        <translation>Conectado a %1 (tokens mantidos só nesta sessão)</translation>
    </message>
    <message>
        <source>Signed in to %1</source>
        <translation>Conectado a %1</translation>
    </message>
    <message>
        <source>About AmoDesk</source>
        <translation>Sobre o AmoDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;AmoDesk %1&lt;/h3&gt;&lt;p&gt;A desktop client for amoCRM and Kommo account administrators: the event log, notes, widgets and the website chat button.&lt;/p&gt;&lt;p&gt;OAuth tokens are kept only in the system keychain.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;AmoDesk %1&lt;/h3&gt;&lt;p&gt;Um cliente de desktop para administradores de contas do amoCRM e Kommo: o registro de eventos, as notas, os widgets e o botão de chat do site.&lt;/p&gt;&lt;p&gt;Os tokens OAuth ficam apenas no chaveiro do sistema.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Notes in its outbox that amoCRM has not confirmed: %n. They will be thrown away.</source>
        <translation>
            <numerusform>Notas na caixa de saída que o amoCRM não confirmou: %n. Elas serão descartadas.</numerusform>
            <numerusform>Notas na caixa de saída que o amoCRM não confirmou: %n. Elas serão descartadas.</numerusform>
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
        <translation>Opção</translation>
    </message>
    <message>
        <source>Address part</source>
        <translation>Parte do endereço</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— escolha —</translation>
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
        <translation>A nota %1 mudou no servidor</translation>
    </message>
    <message>
        <source>Someone changed this note after AmoDesk loaded it. Which version should stay?</source>
        <translation>Alguém alterou esta nota depois que o AmoDesk a carregou. Qual versão deve ficar?</translation>
    </message>
    <message>
        <source>When loaded</source>
        <translation>Ao carregar</translation>
    </message>
    <message>
        <source>On the server now</source>
        <translation>No servidor agora</translation>
    </message>
    <message>
        <source>Your change</source>
        <translation>Sua alteração</translation>
    </message>
    <message>
        <source>Write my change</source>
        <translation>Gravar minha alteração</translation>
    </message>
    <message>
        <source>Keep the server&apos;s version</source>
        <translation>Manter a versão do servidor</translation>
    </message>
</context>
<context>
    <name>amodesk::NoteEditorDialog</name>
    <message>
        <source>Trigger the Digital Pipeline</source>
        <translation>Acionar o Digital Pipeline</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Adicionar uma nota</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>The account&apos;s user (default)</source>
        <translation>O usuário da conta (padrão)</translation>
    </message>
    <message>
        <source>Same as the author (default)</source>
        <translation>O mesmo que o autor (padrão)</translation>
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
        <translation>Responsável:</translation>
    </message>
    <message>
        <source>Queue for sending</source>
        <translation>Enfileirar para envio</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Descartar rascunho</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Edit note %1</source>
        <translation>Editar a nota %1</translation>
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
            <numerusform>Só os campos que você alterar são gravados nas %n notas.</numerusform>
            <numerusform>Só os campos que você alterar são gravados nas %n notas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your unsent draft is back, as you left it.</source>
        <translation>Seu rascunho não enviado voltou, como você o deixou.</translation>
    </message>
    <message>
        <source>%1%2: %3</source>
        <translation>%1%2: %3</translation>
    </message>
    <message>
        <source>name at least one</source>
        <translation>informe pelo menos um</translation>
    </message>
    <message>
        <source>must be numbers separated by commas</source>
        <translation>devem ser números separados por vírgulas</translation>
    </message>
    <message>
        <source>Note %1, </source>
        <translation>Nota %1, </translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulário</translation>
    </message>
    <message>
        <source>nothing was changed</source>
        <translation>nada foi alterado</translation>
    </message>
    <message>
        <source>Close the note</source>
        <translation>Fechar a nota</translation>
    </message>
    <message>
        <source>Keep what you wrote as a draft? It comes back the next time you open this note.</source>
        <translation>Guardar o que escreveu como rascunho? Ele volta na próxima vez que abrir esta nota.</translation>
    </message>
    <message>
        <source>Keep the draft</source>
        <translation>Guardar o rascunho</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Continue editing</source>
        <translation>Continuar a editar</translation>
    </message>
    <message>
        <source>IDs or names, comma-separated; one note each</source>
        <translation>IDs ou nomes, separados por vírgulas; uma nota para cada</translation>
    </message>
</context>
<context>
    <name>amodesk::NoteFilterDialog</name>
    <message>
        <source>Note IDs</source>
        <translation>IDs de notas</translation>
    </message>
    <message>
        <source>must be numbers separated by commas</source>
        <translation>devem ser números separados por vírgulas</translation>
    </message>
    <message>
        <source>Entity IDs</source>
        <translation>IDs de entidades</translation>
    </message>
</context>
<context>
    <name>amodesk::NoteTableModel</name>
    <message>
        <source>robot</source>
        <translation>robô</translation>
    </message>
    <message>
        <source>user #%1</source>
        <translation>usuário nº %1</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 nº %2</translation>
    </message>
    <message>
        <source>%1 «%2»</source>
        <translation>%1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>AmoDesk shows this type but cannot write it</source>
        <translation>O AmoDesk mostra este tipo, mas não pode gravá-lo</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>nº %1</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entidade</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Alterada</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criada</translation>
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
        <translation>Adicionar nota…</translation>
    </message>
    <message>
        <source>Add a note to one or several entities (Ctrl+Shift+N)</source>
        <translation>Adicionar uma nota a uma ou várias entidades (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Add from CSV…</source>
        <translation>Adicionar de CSV…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Edit the selected notes (Ctrl+E); several are edited together</source>
        <translation>Editar as notas selecionadas (Ctrl+E); várias são editadas juntas</translation>
    </message>
    <message>
        <source>The outbox cannot be opened, so notes cannot be written: %1</source>
        <translation>A caixa de saída não pode ser aberta, então as notas não podem ser gravadas: %1</translation>
    </message>
    <message>
        <source>Sending stopped: %1</source>
        <translation>Envio interrompido: %1</translation>
    </message>
    <message>
        <source>No account is open</source>
        <translation>Nenhuma conta aberta</translation>
    </message>
    <message numerus="yes">
        <source>Loading… %n note(s) so far</source>
        <translation>
            <numerusform>Carregando… %n nota até agora</numerusform>
            <numerusform>Carregando… %n notas até agora</numerusform>
        </translation>
    </message>
    <message>
        <source>No notes match</source>
        <translation>Nenhuma nota corresponde</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) shown; scroll for more</source>
        <translation>
            <numerusform>%n nota exibida; role para ver mais</numerusform>
            <numerusform>%n notas exibidas; role para ver mais</numerusform>
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
        <translation>Selecione uma nota para ver todos os campos, os parâmetros e o JSON original. Clique duas vezes para editá-la.</translation>
    </message>
    <message>
        <source>Select notes of a type AmoDesk can write to edit them</source>
        <translation>Selecione notas de um tipo que o AmoDesk possa gravar para editá-las</translation>
    </message>
    <message>
        <source>Checking whether the notes changed on the server…</source>
        <translation>Verificando se as notas mudaram no servidor…</translation>
    </message>
    <message>
        <source>The edit was not queued: the notes could not be checked (%1)</source>
        <translation>A edição não foi enfileirada: não foi possível verificar as notas (%1)</translation>
    </message>
    <message>
        <source>A note could not be stored in the outbox: %1</source>
        <translation>Não foi possível guardar uma nota na caixa de saída: %1</translation>
    </message>
    <message>
        <source>Notes can be ordered by time only: the API sorts them by when they were created or changed. Click the time column, or choose the order in Filter.</source>
        <translation>As notas só podem ser ordenadas por tempo: a API as ordena por quando foram criadas ou alteradas. Clique na coluna de tempo ou escolha a ordem em «Filtrar».</translation>
    </message>
    <message>
        <source>No notes match this filter. Pick another entity, or remove a condition under Filter…</source>
        <translation>Nenhuma nota corresponde a este filtro. Escolha outra entidade ou remova uma condição em «Filtrar…»</translation>
    </message>
    <message>
        <source>There are no notes of these entities yet.</source>
        <translation>Estas entidades ainda não têm notas.</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>&amp;Filtrar…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recarregar</translation>
    </message>
    <message>
        <source>Read the notes again (F5)</source>
        <translation>Ler as notas de novo (F5)</translation>
    </message>
    <message>
        <source>Add notes from a CSV file, one row a note</source>
        <translation>Adicionar notas de um arquivo CSV, uma por linha</translation>
    </message>
    <message>
        <source>Entity &amp;history…</source>
        <translation>&amp;Histórico da entidade…</translation>
    </message>
    <message>
        <source>Every event and note of the selected note&apos;s entity (Ctrl+Shift+H)</source>
        <translation>Todos os eventos e notas da entidade da nota selecionada (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <source>The note outbox of this account is not open, so no note can be stored.</source>
        <translation>A caixa de saída de notas desta conta não está aberta, então nenhuma nota pode ser guardada.</translation>
    </message>
</context>
<context>
    <name>amodesk::OutboxModel</name>
    <message>
        <source>Waiting</source>
        <translation>Aguardando</translation>
    </message>
    <message>
        <source>Sent, checking</source>
        <translation>Enviada, verificando</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Add: %1</source>
        <translation>Adicionar: %1</translation>
    </message>
    <message>
        <source>Edit note %1</source>
        <translation>Editar a nota %1</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 nº %2</translation>
    </message>
    <message>
        <source>%1 «%2»</source>
        <translation>%1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>note %1</source>
        <translation>nota %1</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n tentativa</numerusform>
            <numerusform>%n tentativas</numerusform>
        </translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Gravação</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entidade</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
</context>
<context>
    <name>amodesk::OutboxPanel</name>
    <message>
        <source>Retry</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Descartar…</translation>
    </message>
    <message>
        <source>Send the selected failed notes again</source>
        <translation>Enviar de novo as notas com falha selecionadas</translation>
    </message>
    <message>
        <source>Throw away the selected notes that are waiting or failed</source>
        <translation>Descartar as notas selecionadas que estão aguardando ou falharam</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Enviar agora</translation>
    </message>
    <message>
        <source>Clear confirmed</source>
        <translation>Limpar confirmadas</translation>
    </message>
    <message>
        <source>Outbox: all sent</source>
        <translation>Caixa de saída: tudo enviado</translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n waiting</source>
        <translation>
            <numerusform>Caixa de saída: %n aguardando</numerusform>
            <numerusform>Caixa de saída: %n aguardando</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n failed</source>
        <translation>
            <numerusform>Caixa de saída: %n com falha</numerusform>
            <numerusform>Caixa de saída: %n com falha</numerusform>
        </translation>
    </message>
    <message>
        <source>Outbox: %1 waiting, %2 failed</source>
        <translation>Caixa de saída: %1 aguardando, %2 com falha</translation>
    </message>
    <message>
        <source>Discard notes</source>
        <translation>Descartar notas</translation>
    </message>
    <message numerus="yes">
        <source>Throw away %n note(s) that the server has not confirmed? They will not be sent.</source>
        <translation>
            <numerusform>Descartar %n nota que o servidor não confirmou? Ela não será enviada.</numerusform>
            <numerusform>Descartar %n notas que o servidor não confirmou? Elas não serão enviadas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amodesk::OutboxSender</name>
    <message numerus="yes">
        <source>Gave up after %n attempt(s): %1</source>
        <translation>
            <numerusform>Desistiu após %n tentativa: %1</numerusform>
            <numerusform>Desistiu após %n tentativas: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amodesk::Pager</name>
    <message>
        <source>page %1 repeats the items of an earlier page</source>
        <translation>a página %1 repete os itens de uma página anterior</translation>
    </message>
    <message>
        <source>the list did not end after %1 pages</source>
        <translation>a lista não terminou após %1 páginas</translation>
    </message>
</context>
<context>
    <name>amodesk::PreferencesDialog</name>
    <message>
        <source>As the system</source>
        <translation>Como o sistema</translation>
    </message>
    <message>
        <source>ISO 8601</source>
        <translation>ISO 8601</translation>
    </message>
    <message>
        <source> requests a second</source>
        <translation> requisições por segundo</translation>
    </message>
    <message>
        <source>No account is open</source>
        <translation>Nenhuma conta está aberta</translation>
    </message>
    <message>
        <source>Clear the event cache</source>
        <translation>Limpar o cache de eventos</translation>
    </message>
    <message>
        <source>Delete the events kept on this computer? They are read from the account again as you scroll; the account itself is not touched.</source>
        <translation>Excluir os eventos guardados neste computador? Eles são lidos da conta de novo ao rolar; a própria conta não é alterada.</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vazio</translation>
    </message>
</context>
<context>
    <name>amodesk::PutRightActions</name>
    <message>
        <source>&amp;Revert…</source>
        <translation>&amp;Reverter…</translation>
    </message>
    <message>
        <source>Plan putting back what the selected events changed (Ctrl+Shift+R)</source>
        <translation>Planejar a restauração do que os eventos selecionados alteraram (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Entity &amp;history…</source>
        <translation>&amp;Histórico da entidade…</translation>
    </message>
    <message>
        <source>Every event and note of the selected event&apos;s lead, contact, company or customer (Ctrl+Shift+H)</source>
        <translation>Todos os eventos e notas do lead, contato, empresa ou cliente do evento selecionado (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <source>History of an entity by &amp;ID or name…</source>
        <translation>Histórico de uma entidade por ID ou &amp;nome…</translation>
    </message>
    <message>
        <source>Every event and note of a lead, contact, company or customer found by its ID or name (Ctrl+Shift+I)</source>
        <translation>Cada evento e nota de um lead, contato, empresa ou cliente encontrado pelo ID ou nome (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>&amp;Bulk change…</source>
        <translation>Alteração em &amp;massa…</translation>
    </message>
    <message>
        <source>Move the selected events&apos; leads to a stage, set their responsible user or a field, add or remove a tag, add a note (Ctrl+Shift+B)</source>
        <translation>Mover os leads dos eventos selecionados para uma etapa, definir o responsável ou um campo, adicionar ou remover uma tag, adicionar uma nota (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <source>Revert &amp;journal…</source>
        <translation>Registro de &amp;reversões…</translation>
    </message>
    <message>
        <source>Every revert and bulk change applied to this account: send again, give up, undo (Ctrl+Shift+J)</source>
        <translation>Cada reversão e alteração em massa aplicada a esta conta: enviar novamente, desistir, desfazer (Ctrl+Shift+J)</translation>
    </message>
    <message numerus="yes">
        <source>Finishing %n revert or bulk change run(s) cut off last time…</source>
        <translation>
            <numerusform>Concluindo %n execução de reversão ou alteração em massa interrompida da última vez…</numerusform>
            <numerusform>Concluindo %n execuções de reversão ou alteração em massa interrompidas da última vez…</numerusform>
        </translation>
    </message>
    <message>
        <source>Runs cut off last time are not finished: %1. Events &gt; Revert journal sends them again.</source>
        <translation>As execuções interrompidas da última vez não foram concluídas: %1. Eventos &gt; Registro de reversões as envia novamente.</translation>
    </message>
    <message numerus="yes">
        <source>Finished %n run(s) cut off last time: %1 applied, %2 refused, %3 not confirmed. Events &gt; Revert journal shows them.</source>
        <translation>
            <numerusform>Concluída %n execução interrompida da última vez: %1 aplicadas, %2 recusadas, %3 não confirmadas. Eventos &gt; Registro de reversões a mostra.</numerusform>
            <numerusform>Concluídas %n execuções interrompidas da última vez: %1 aplicadas, %2 recusadas, %3 não confirmadas. Eventos &gt; Registro de reversões as mostra.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only leads, contacts, companies and customers can be changed in bulk.</source>
        <translation>Só leads, contatos, empresas e clientes podem ser alterados em massa.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) are in the outbox; the Notes pane shows them as they are sent.</source>
        <translation>
            <numerusform>%n nota está na caixa de saída; o painel Notas a mostra conforme é enviada.</numerusform>
            <numerusform>%n notas estão na caixa de saída; o painel Notas as mostra conforme são enviadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Planning the change of %n record(s).</source>
        <translation>
            <numerusform>Planejando a alteração de %n registro.</numerusform>
            <numerusform>Planejando a alteração de %n registros.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an event of the entity first, or use History of an entity by ID or name… (Ctrl+Shift+I).</source>
        <translation>Selecione primeiro um evento da entidade, ou use Histórico de uma entidade por ID ou nome… (Ctrl+Shift+I).</translation>
    </message>
    <message>
        <source>Only leads, contacts, companies and customers have a history here.</source>
        <translation>Aqui só leads, contatos, empresas e clientes têm histórico.</translation>
    </message>
    <message>
        <source>Open an account first.</source>
        <translation>Abra uma conta primeiro.</translation>
    </message>
    <message>
        <source>Revert everything the &amp;filter finds…</source>
        <translation>Reverter tudo o que o &amp;filtro encontra…</translation>
    </message>
    <message>
        <source>Plan putting back what every event of the filter changed, however many pages it has (Ctrl+Alt+Shift+R)</source>
        <translation>Planejar desfazer o que cada evento do filtro alterou, quantas páginas houver (Ctrl+Alt+Shift+R)</translation>
    </message>
    <message>
        <source>Set a filter first (Ctrl+Shift+F): everything it finds is planned, however many pages.</source>
        <translation>Defina primeiro um filtro (Ctrl+Shift+F): tudo o que ele encontra é planejado, quantas páginas houver.</translation>
    </message>
    <message>
        <source>Notes cannot be added from here.</source>
        <translation>Não é possível adicionar notas daqui.</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Adicionar uma nota</translation>
    </message>
    <message>
        <source>%1 Nothing was sent. The text of the note, to add it again:

%2</source>
        <translation>%1 Nada foi enviado. O texto da nota, para adicioná-la novamente:

%2</translation>
    </message>
</context>
<context>
    <name>amodesk::ReadyShot</name>
    <message>
        <source>cannot write %1</source>
        <translation>não é possível gravar %1</translation>
    </message>
    <message>
        <source>no events were shown within a minute</source>
        <translation>nenhum evento foi exibido em um minuto</translation>
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
        <translation>&amp;Salvar relatório…</translation>
    </message>
    <message>
        <source>Reading the entities as they are now: %1 of %2</source>
        <translation>Lendo as entidades como estão agora: %1 de %2</translation>
    </message>
    <message>
        <source>The entities could not be read, so nothing can be planned: %1</source>
        <translation>Não foi possível ler as entidades, então nada pode ser planejado: %1</translation>
    </message>
    <message numerus="yes">
        <source>Reverting %n event(s).</source>
        <translation>
            <numerusform>Revertendo %n evento.</numerusform>
            <numerusform>Revertendo %n eventos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply %n change(s)</source>
        <translation>
            <numerusform>&amp;Aplicar %n alteração</numerusform>
            <numerusform>&amp;Aplicar %n alterações</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>, about %1 s left</source>
        <translation>, faltam cerca de %1 s</translation>
    </message>
    <message>
        <source>Sending: %1 of %2 changes answered%3</source>
        <translation>Enviando: %1 de %2 alterações respondidas%3</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>amoCRM refused some changes; the Why column says why.</source>
        <translation>O amoCRM recusou algumas alterações; a coluna Motivo diz por quê.</translation>
    </message>
    <message>
        <source>Every change sent was applied.</source>
        <translation>Todas as alterações enviadas foram aplicadas.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Salvar o relatório</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>For every entity and field, the value to set. Ready: %1 · already so: %2 · cannot be set: %3. Nothing is sent until you apply.</source>
        <translation>Para cada entidade e campo, o valor a definir. Prontas: %1 · já assim: %2 · não podem ser definidas: %3. Nada é enviado até você aplicar.</translation>
    </message>
    <message>
        <source>For every entity and field, the value the run put back replaced.</source>
        <translation>Para cada entidade e campo, o valor que a execução desfeita substituiu.</translation>
    </message>
    <message>
        <source>For every entity and field, the value the events replaced.</source>
        <translation>Para cada entidade e campo, o valor que os eventos substituíram.</translation>
    </message>
    <message>
        <source>Ready: %1 · changed by someone since: %2 · already so: %3 · cannot be reverted: %4. Nothing is sent until you apply.</source>
        <translation>Prontas: %1 · alteradas por alguém desde então: %2 · já assim: %3 · não podem ser revertidas: %4. Nada é enviado até você aplicar.</translation>
    </message>
    <message>
        <source>Reading every event the filter finds…</source>
        <translation>Lendo todos os eventos que o filtro encontra…</translation>
    </message>
    <message>
        <source>Reading the events the filter finds: %1 so far</source>
        <translation>Lendo os eventos do filtro: %1 até agora</translation>
    </message>
    <message>
        <source>The filter finds more than %1 events; narrow it, or revert them with amodesk-cli events revert.</source>
        <translation>O filtro encontra mais de %1 eventos; restrinja-o, ou reverta-os com amodesk-cli events revert.</translation>
    </message>
    <message>
        <source>The events could not be read, so nothing can be planned: %1</source>
        <translation>Não foi possível ler os eventos, então nada pode ser planejado: %1</translation>
    </message>
    <message>
        <source>The filter finds no event.</source>
        <translation>O filtro não encontra nenhum evento.</translation>
    </message>
    <message>
        <source>Done: %1 applied, %2 refused by amoCRM, %3 not confirmed, %4 skipped. The run is kept in the account&apos;s journal: Events &gt; Revert journal… (Ctrl+Shift+J) sends what is left again and can undo the run.</source>
        <translation>Feito: %1 aplicadas, %2 recusadas pelo amoCRM, %3 não confirmadas, %4 ignoradas. A execução fica no registro da conta: Eventos &gt; Registro de reversões… (Ctrl+Shift+J) envia novamente o que falta e pode desfazê-la.</translation>
    </message>
    <message>
        <source>Some answers did not come. What is left is sent the next time the account opens, or now with Send again in the revert journal; each change is read again first, so none is made twice.</source>
        <translation>Algumas respostas não chegaram. O que falta é enviado na próxima vez que a conta abrir, ou agora com Enviar novamente no registro de reversões; cada alteração é lida de novo antes, então nenhuma é feita duas vezes.</translation>
    </message>
</context>
<context>
    <name>amodesk::RevertPlanModel</name>
    <message>
        <source>Ready</source>
        <translation>Pronta</translation>
    </message>
    <message>
        <source>Changed since</source>
        <translation>Alterada depois</translation>
    </message>
    <message>
        <source>Already so</source>
        <translation>Já assim</translation>
    </message>
    <message>
        <source>Cannot be reverted</source>
        <translation>Não pode ser revertida</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>Não confirmada</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Feito</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Recusada</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorada</translation>
    </message>
    <message>
        <source>changed by someone after these events</source>
        <translation>alterado por alguém depois destes eventos</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entidade</translation>
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
        <translation>Agora</translation>
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
        <translation>Definir como</translation>
    </message>
</context>
<context>
    <name>amodesk::RevertRunner</name>
    <message>
        <source>the journal of run %1 cannot be written</source>
        <translation>não é possível gravar o diário da execução %1</translation>
    </message>
</context>
<context>
    <name>amodesk::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atalho</translation>
    </message>
</context>
<context>
    <name>amodesk::SyncPeriodDialog</name>
    <message>
        <source>The period starts after it ends.</source>
        <translation>O período começa depois de terminar.</translation>
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
        <translation>Sincronização parada; ela continua de onde parou na próxima vez que a conta for aberta.</translation>
    </message>
    <message numerus="yes">
        <source>Syncing: %n event(s), %1 a second, about %2 left</source>
        <translation>
            <numerusform>Sincronizando: %n evento, %1 por segundo, faltam cerca de %2</numerusform>
            <numerusform>Sincronizando: %n eventos, %1 por segundo, faltam cerca de %2</numerusform>
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
        <translation>Salvar predefinição</translation>
    </message>
    <message>
        <source>Name of the preset:</source>
        <translation>Nome da predefinição:</translation>
    </message>
    <message>
        <source>Pop-up next to the button (widget)</source>
        <translation>Pop-up ao lado do botão (widget)</translation>
    </message>
    <message>
        <source>Inside an element of the page (frame)</source>
        <translation>Dentro de um elemento da página (frame)</translation>
    </message>
    <message>
        <source>Hash a value</source>
        <translation>Gerar hash de um valor</translation>
    </message>
    <message>
        <source>Value to hash with SHA-256:</source>
        <translation>Valor para o hash SHA-256:</translation>
    </message>
    <message>
        <source>As the site&apos;s visitors&apos; browser (not set)</source>
        <translation>Como o navegador do visitante (não definido)</translation>
    </message>
    <message>
        <source>The message field&apos;s minimum height; the chat allows at most %1 px</source>
        <translation>A altura mínima do campo de mensagem; o chat permite no máximo %1 px</translation>
    </message>
    <message>
        <source>— no note —</source>
        <translation>— sem nota —</translation>
    </message>
    <message>
        <source>Show the chat</source>
        <translation>Mostrar o chat</translation>
    </message>
    <message>
        <source>Hide the chat</source>
        <translation>Ocultar o chat</translation>
    </message>
    <message>
        <source>Remove the button (to start again with another user_id)</source>
        <translation>Remover o botão (para recomeçar com outro user_id)</translation>
    </message>
    <message>
        <source>When the chat opens or closes</source>
        <translation>Quando o chat abre ou fecha</translation>
    </message>
    <message>
        <source>When the chat is ready</source>
        <translation>Quando o chat está pronto</translation>
    </message>
    <message>
        <source>When the button is clicked</source>
        <translation>Quando o botão é clicado</translation>
    </message>
    <message>
        <source>When the conversations change</source>
        <translation>Quando as conversas mudam</translation>
    </message>
    <message>
        <source>Send a key action hook</source>
        <translation>Enviar um hook de ação-chave</translation>
    </message>
    <message>
        <source>Bot condition on bot_params</source>
        <translation>Condição do bot sobre bot_params</translation>
    </message>
    <message>
        <source>bot_params: not JSON (%1 at character %2)</source>
        <translation>bot_params: não é JSON (%1 no caractere %2)</translation>
    </message>
    <message>
        <source>bot_params: must be a JSON object</source>
        <translation>bot_params: deve ser um objeto JSON</translation>
    </message>
    <message>
        <source>Hook name</source>
        <translation>Nome do hook</translation>
    </message>
    <message>
        <source>is required: the name the key action waits for</source>
        <translation>é obrigatório: o nome que a ação-chave espera</translation>
    </message>
    <message>
        <source>bot_params key</source>
        <translation>Chave de bot_params</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>é obrigatório</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Fix what is named below to get the snippet.</source>
        <translation>Corrija o que está indicado abaixo para obter o trecho.</translation>
    </message>
    <message>
        <source>The preset could not be saved: %1</source>
        <translation>Não foi possível salvar a predefinição: %1</translation>
    </message>
    <message>
        <source>The preset %1 cannot be read: %2</source>
        <translation>Não é possível ler a predefinição %1: %2</translation>
    </message>
    <message>
        <source>Call this in the site&apos;s JavaScript after the button&apos;s code, once the visitor&apos;s data is known.</source>
        <translation>Chame isto no JavaScript do site depois do código do botão, quando os dados do visitante forem conhecidos.</translation>
    </message>
    <message>
        <source>This goes into the condition block of the chat bot&apos;s first step, not on the site.</source>
        <translation>Isto vai no bloco de condição do primeiro passo do bot do chat, não no site.</translation>
    </message>
    <message>
        <source>Put this in the site&apos;s JavaScript after the button&apos;s code.</source>
        <translation>Coloque isto no JavaScript do site depois do código do botão.</translation>
    </message>
    <message>
        <source>Put this on the page before the button&apos;s own code, which you copy in amoCRM where the website button is set up. It works only with the button&apos;s current code.</source>
        <translation>Coloque isto na página antes do código do próprio botão, que se copia no amoCRM onde o botão do site é configurado. Só funciona com o código atual do botão.</translation>
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
        <translation>Mostrar ou ocultar o que foi digitado</translation>
    </message>
    <message>
        <source>Settings of %1</source>
        <translation>Configurações de %1</translation>
    </message>
    <message>
        <source>Install %1</source>
        <translation>Instalar %1</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuário</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Ramal</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>JSON, e.g. {&quot;key&quot;: &quot;value&quot;}</source>
        <translation>JSON, p. ex. {&quot;key&quot;: &quot;value&quot;}</translation>
    </message>
    <message>
        <source>Valid JSON</source>
        <translation>JSON válido</translation>
    </message>
    <message>
        <source>Not JSON: %1 at character %2</source>
        <translation>Não é JSON: %1 no caractere %2</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>%1 has no settings: installing it just turns it on.</source>
        <translation>%1 não tem configurações: instalá-lo apenas o ativa.</translation>
    </message>
    <message>
        <source>Fields marked * are required. Passwords are sent to amoCRM only and never stored by AmoDesk.</source>
        <translation>Os campos marcados com * são obrigatórios. As senhas são enviadas apenas ao amoCRM e nunca são guardadas pelo AmoDesk.</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Salvar configurações</translation>
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
        <translation>usuário nº %1</translation>
    </message>
    <message>
        <source>is not valid JSON</source>
        <translation>não é um JSON válido</translation>
    </message>
    <message>
        <source>Only the account&apos;s administrators may install widgets: %1</source>
        <translation>Só os administradores da conta podem instalar widgets: %1</translation>
    </message>
</context>
<context>
    <name>amodesk::WidgetTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>Yes, into %1</source>
        <translation>Sim, em %1</translation>
    </message>
    <message>
        <source>pipeline #%1</source>
        <translation>funil nº %1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Avaliação</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Instalado</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Fonte de leads</translation>
    </message>
    <message>
        <source>Digital Pipeline</source>
        <translation>Digital Pipeline</translation>
    </message>
    <message>
        <source>Industry solution</source>
        <translation>Solução setorial</translation>
    </message>
    <message>
        <source>Integration (OAuth)</source>
        <translation>Integração (OAuth)</translation>
    </message>
    <message>
        <source>Integration %1</source>
        <translation>Integração %1</translation>
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
        <translation>Fontes de leads</translation>
    </message>
    <message>
        <source>Digital Pipeline</source>
        <translation>Digital Pipeline</translation>
    </message>
    <message>
        <source>Show secrets</source>
        <translation>Mostrar segredos</translation>
    </message>
    <message>
        <source>Show the passwords in the current settings</source>
        <translation>Mostrar as senhas das configurações atuais</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recarregar</translation>
    </message>
    <message>
        <source>Install or configure…</source>
        <translation>Instalar ou configurar…</translation>
    </message>
    <message>
        <source>Uninstall…</source>
        <translation>Desinstalar…</translation>
    </message>
    <message>
        <source>Continue a bot…</source>
        <translation>Continuar um bot…</translation>
    </message>
    <message>
        <source>Send the continue call a widget makes when its bot step is done</source>
        <translation>Enviar a chamada continue que um widget faz quando sua etapa do bot termina</translation>
    </message>
    <message>
        <source>Select a widget to see its settings form and raw JSON.</source>
        <translation>Selecione um widget para ver o formulário de configurações e o JSON original.</translation>
    </message>
    <message>
        <source>Installed in this account</source>
        <translation>Instalado nesta conta</translation>
    </message>
    <message>
        <source>Not installed</source>
        <translation>Não instalado</translation>
    </message>
    <message>
        <source>Settings form</source>
        <translation>Formulário de configurações</translation>
    </message>
    <message>
        <source>No settings</source>
        <translation>Sem configurações</translation>
    </message>
    <message>
        <source>Current settings</source>
        <translation>Configurações atuais</translation>
    </message>
    <message>
        <source>amoCRM shows the settings only to the integration the widget belongs to.</source>
        <translation>O amoCRM mostra as configurações apenas à integração a que o widget pertence.</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>JSON original</translation>
    </message>
    <message numerus="yes">
        <source>%n widget(s) shown</source>
        <translation>
            <numerusform>%n widget exibido</numerusform>
            <numerusform>%n widgets exibidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the settings of %1</source>
        <translation>Configurações de %1 salvas</translation>
    </message>
    <message>
        <source>Installed %1</source>
        <translation>%1 instalado</translation>
    </message>
    <message>
        <source>Uninstall widget</source>
        <translation>Desinstalar widget</translation>
    </message>
    <message>
        <source>Uninstall %1 from this account? Its settings are deleted in amoCRM; installing it again needs them again.</source>
        <translation>Desinstalar %1 desta conta? As configurações são excluídas no amoCRM; para instalá-lo de novo, será preciso informá-las outra vez.</translation>
    </message>
    <message>
        <source>Uninstalled %1</source>
        <translation>%1 desinstalado</translation>
    </message>
    <message>
        <source>%1 was not uninstalled: only the account&apos;s administrators may uninstall widgets (HTTP 403)</source>
        <translation>%1 não foi desinstalado: só os administradores da conta podem desinstalar widgets (HTTP 403)</translation>
    </message>
    <message>
        <source>%1 was not uninstalled: amoCRM has no such widget (HTTP 404)</source>
        <translation>%1 não foi desinstalado: o amoCRM não tem esse widget (HTTP 404)</translation>
    </message>
    <message>
        <source>%1 was not uninstalled: %2</source>
        <translation>%1 não foi desinstalado: %2</translation>
    </message>
    <message>
        <source>Search by name or code</source>
        <translation>Pesquisar por nome ou código</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>to use an account without storing it, pass --base-url URL --long-lived-token-stdin to each command</source>
        <translation>para usar uma conta sem salvá-la, passe --base-url URL --long-lived-token-stdin a cada comando</translation>
    </message>
    <message>
        <source>Open this address in a browser and allow access:</source>
        <translation>Abra este endereço em um navegador e permita o acesso:</translation>
    </message>
    <message>
        <source>no answer from the browser in 10 minutes</source>
        <translation>o navegador não respondeu em 10 minutos</translation>
    </message>
    <message>
        <source>access was refused in the browser</source>
        <translation>o acesso foi recusado no navegador</translation>
    </message>
    <message>
        <source>Add an account: with a long-lived token, or through OAuth with a code or the browser.</source>
        <translation>Adicionar uma conta: com um token de longa duração, ou via OAuth com um código ou o navegador.</translation>
    </message>
    <message>
        <source>A name for the account, used with --account.</source>
        <translation>Um nome para a conta, usado com --account.</translation>
    </message>
    <message>
        <source>The account&apos;s address: subdomain.amocrm.ru, subdomain.kommo.com or a URL.</source>
        <translation>O endereço da conta: subdominio.amocrm.ru, subdominio.kommo.com ou uma URL.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Read a long-lived token from standard input.</source>
        <translation>Ler um token de longa duração da entrada padrão.</translation>
    </message>
    <message>
        <source>The integration&apos;s ID.</source>
        <translation>O ID da integração.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Read the integration&apos;s secret key from standard input.</source>
        <translation>Ler a chave secreta da integração da entrada padrão.</translation>
    </message>
    <message>
        <source>The integration&apos;s redirect URI.</source>
        <translation>O URI de redirecionamento da integração.</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>The authorization code from the integration&apos;s settings (valid 20 minutes).</source>
        <translation>O código de autorização das configurações da integração (válido por 20 minutos).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CÓDIGO</translation>
    </message>
    <message>
        <source>Sign in through the browser; the redirect URI must be http://127.0.0.1:PORT/...</source>
        <translation>Entrar pelo navegador; o URI de redirecionamento deve ser http://127.0.0.1:PORTA/...</translation>
    </message>
    <message>
        <source>use either --long-lived-token-stdin or --client-id with --client-secret-stdin, --redirect-uri and --code or --browser</source>
        <translation>use --long-lived-token-stdin, ou --client-id com --client-secret-stdin, --redirect-uri e --code ou --browser</translation>
    </message>
    <message>
        <source>OAuth needs --client-id, --client-secret-stdin, --redirect-uri and one of --code or --browser</source>
        <translation>OAuth precisa de --client-id, --client-secret-stdin, --redirect-uri e um de --code ou --browser</translation>
    </message>
    <message>
        <source>--base-url is required</source>
        <translation>--base-url é obrigatório</translation>
    </message>
    <message>
        <source>an account named &quot;%1&quot; exists already; remove it first</source>
        <translation>já existe uma conta chamada &quot;%1&quot;; remova-a primeiro</translation>
    </message>
    <message>
        <source>nothing was read from standard input</source>
        <translation>nada foi lido da entrada padrão</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot;: %2 (%3)</source>
        <translation>&quot;%1&quot; adicionada: %2 (%3)</translation>
    </message>
    <message>
        <source>table, json or csv.</source>
        <translation>table, json ou csv.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMATO</translation>
    </message>
    <message>
        <source>--format must be table, json or csv</source>
        <translation>--format deve ser table, json ou csv</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>account</source>
        <translation>conta</translation>
    </message>
    <message>
        <source>address</source>
        <translation>endereço</translation>
    </message>
    <message>
        <source>sign-in</source>
        <translation>login</translation>
    </message>
    <message>
        <source>last used</source>
        <translation>último uso</translation>
    </message>
    <message>
        <source>there is no account named &quot;%1&quot;</source>
        <translation>não há conta chamada &quot;%1&quot;</translation>
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
        <translation>A conta a usar (padrão: $AMODESK_ACCOUNT, a única ou a última usada).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>Session only: the account&apos;s address, used with --long-lived-token-stdin; nothing is stored.</source>
        <translation>Só na sessão: o endereço da conta, usado com --long-lived-token-stdin; nada é salvo.</translation>
    </message>
    <message>
        <source>Session only: read a long-lived token from standard input.</source>
        <translation>Só na sessão: ler um token de longa duração da entrada padrão.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The page to read.</source>
        <translation>A página a ler.</translation>
    </message>
    <message>
        <source>Read every page.</source>
        <translation>Ler todas as páginas.</translation>
    </message>
    <message>
        <source>Print the request URL and send nothing.</source>
        <translation>Mostrar a URL da solicitação e não enviar nada.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argumento inesperado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--base-url and --long-lived-token-stdin go together</source>
        <translation>--base-url e --long-lived-token-stdin andam juntos</translation>
    </message>
    <message>
        <source>there is no account named &quot;%1&quot;; see amodesk-cli account list</source>
        <translation>não há conta chamada &quot;%1&quot;; veja amodesk-cli account list</translation>
    </message>
    <message>
        <source>no account yet: add one with amodesk-cli account add</source>
        <translation>nenhuma conta ainda: adicione uma com amodesk-cli account add</translation>
    </message>
    <message>
        <source>nothing was sent</source>
        <translation>nada foi enviado</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>não é possível ler a entrada padrão</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>entrada padrão</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at character %2</source>
        <translation>não é um JSON válido: %1 no caractere %2</translation>
    </message>
    <message>
        <source>must be a JSON object such as {&quot;leads_statuses&quot;:[{&quot;pipeline_id&quot;:13513,&quot;status_id&quot;:142}]}</source>
        <translation>deve ser um objeto JSON como {&quot;leads_statuses&quot;:[{&quot;pipeline_id&quot;:13513,&quot;status_id&quot;:142}]}</translation>
    </message>
    <message>
        <source>is not a value filter; use leads_statuses, customers_statuses, responsible_user_id, custom_field_values or value</source>
        <translation>não é um filtro de valor; use leads_statuses, customers_statuses, responsible_user_id, custom_field_values ou value</translation>
    </message>
    <message>
        <source>has the wrong shape</source>
        <translation>tem o formato errado</translation>
    </message>
    <message>
        <source>Event type (repeatable), e.g. lead_status_changed or custom_field_ID_value_changed.</source>
        <translation>Tipo de evento (repetível), p. ex. lead_status_changed ou custom_field_ID_value_changed.</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>Entity type (repeatable): lead, contact, company, customer, task, catalog_ID.</source>
        <translation>Tipo de entidade (repetível): lead, contact, company, customer, task, catalog_ID.</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>Entity ID (repeatable, at most 10, with exactly one --entity).</source>
        <translation>ID de entidade (repetível, no máximo 10, com exatamente um --entity).</translation>
    </message>
    <message>
        <source>User ID (repeatable, at most 10).</source>
        <translation>ID de usuário (repetível, no máximo 10).</translation>
    </message>
    <message>
        <source>Event ID (repeatable).</source>
        <translation>ID de evento (repetível).</translation>
    </message>
    <message>
        <source>Created at or after: Unix seconds or ISO 8601.</source>
        <translation>Criado em ou depois de: segundos Unix ou ISO 8601.</translation>
    </message>
    <message>
        <source>Created at or before: Unix seconds or ISO 8601.</source>
        <translation>Criado em ou antes de: segundos Unix ou ISO 8601.</translation>
    </message>
    <message>
        <source>Value filter as JSON, e.g. {&quot;responsible_user_id&quot;:[504141]}.</source>
        <translation>Filtro de valor em JSON, p. ex. {&quot;responsible_user_id&quot;:[504141]}.</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Value filter as JSON, e.g. {&quot;leads_statuses&quot;:[{&quot;pipeline_id&quot;:13513,&quot;status_id&quot;:142}]}.</source>
        <translation>Filtro de valor em JSON, p. ex. {&quot;leads_statuses&quot;:[{&quot;pipeline_id&quot;:13513,&quot;status_id&quot;:142}]}.</translation>
    </message>
    <message>
        <source>Also load: lead_name, contact_name, company_name, customer_name, catalog_element_name, catalog_name.</source>
        <translation>Carregar também: lead_name, contact_name, company_name, customer_name, catalog_element_name, catalog_name.</translation>
    </message>
    <message>
        <source>A,B</source>
        <translation>A,B</translation>
    </message>
    <message>
        <source>Events per page, at most 100.</source>
        <translation>Eventos por página, no máximo 100.</translation>
    </message>
    <message>
        <source>must be numbers</source>
        <translation>devem ser números</translation>
    </message>
    <message>
        <source>must be user IDs</source>
        <translation>devem ser IDs de usuário</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither Unix seconds nor an ISO 8601 date</source>
        <translation>&quot;%1&quot; não é segundos Unix nem uma data ISO 8601</translation>
    </message>
    <message>
        <source>must be from 1 to %1</source>
        <translation>deve ser de 1 a %1</translation>
    </message>
    <message>
        <source>must be 1 or more</source>
        <translation>deve ser 1 ou mais</translation>
    </message>
    <message>
        <source>--page and --all exclude each other</source>
        <translation>--page e --all se excluem</translation>
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
        <translation>entidade</translation>
    </message>
    <message>
        <source>author</source>
        <translation>autor</translation>
    </message>
    <message>
        <source>change</source>
        <translation>alteração</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>The event&apos;s ID.</source>
        <translation>O ID do evento.</translation>
    </message>
    <message>
        <source>Also load these, comma-separated.</source>
        <translation>Carregar também estes, separados por vírgulas.</translation>
    </message>
    <message>
        <source>there is no event %1</source>
        <translation>não existe o evento %1</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>IDIOMA</translation>
    </message>
    <message>
        <source>must be ru, en, es or pt</source>
        <translation>deve ser ru, en, es ou pt</translation>
    </message>
    <message>
        <source>key</source>
        <translation>chave</translation>
    </message>
    <message>
        <source>page %1, %2 items, %3/s</source>
        <translation>página %1, %2 itens, %3/s</translation>
    </message>
    <message>
        <source>unknown command group &quot;%1&quot;</source>
        <translation>grupo de comandos desconhecido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be leads, contacts, companies or customers, not &quot;%1&quot;</source>
        <translation>deve ser leads, contacts, companies ou customers, não &quot;%1&quot;</translation>
    </message>
    <message>
        <source>leads, contacts, companies or customers.</source>
        <translation>leads, contacts, companies ou customers.</translation>
    </message>
    <message>
        <source>Only notes of this entity (repeatable).</source>
        <translation>Apenas notas desta entidade (repetível).</translation>
    </message>
    <message>
        <source>Note type (repeatable).</source>
        <translation>Tipo de nota (repetível).</translation>
    </message>
    <message>
        <source>Note ID (repeatable).</source>
        <translation>ID de nota (repetível).</translation>
    </message>
    <message>
        <source>Changed at or after: Unix seconds or ISO 8601.</source>
        <translation>Alterada em ou depois de: segundos Unix ou ISO 8601.</translation>
    </message>
    <message>
        <source>Changed at or before: Unix seconds or ISO 8601.</source>
        <translation>Alterada em ou antes de: segundos Unix ou ISO 8601.</translation>
    </message>
    <message>
        <source>updated_at or id, then :asc or :desc.</source>
        <translation>updated_at ou id, depois :asc ou :desc.</translation>
    </message>
    <message>
        <source>FIELD:DIR</source>
        <translation>CAMPO:DIR</translation>
    </message>
    <message>
        <source>Notes per page, at most 250.</source>
        <translation>Notas por página, no máximo 250.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ID</source>
        <translation>&quot;%1&quot; não é um ID</translation>
    </message>
    <message>
        <source>must be updated_at or id, then :asc or :desc</source>
        <translation>deve ser updated_at ou id, depois :asc ou :desc</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>alterada</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>resumo</translation>
    </message>
    <message>
        <source>The note&apos;s ID.</source>
        <translation>O ID da nota.</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>deve ser um número</translation>
    </message>
    <message>
        <source>there is no note %1 among the %2</source>
        <translation>não existe a nota %1 entre os %2</translation>
    </message>
    <message>
        <source>The notes as JSON (an array or one object), or - for standard input.</source>
        <translation>As notas em JSON (um array ou um objeto), ou - para a entrada padrão.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARQUIVO</translation>
    </message>
    <message>
        <source>Notes per request, 1 to 250 (default 100).</source>
        <translation>Notas por solicitação, de 1 a 250 (padrão 100).</translation>
    </message>
    <message>
        <source>--json FILE (or - for standard input) is required</source>
        <translation>--json ARQUIVO (ou - para a entrada padrão) é obrigatório</translation>
    </message>
    <message>
        <source>must be a note object</source>
        <translation>deve ser um objeto de nota</translation>
    </message>
    <message>
        <source>holds no notes</source>
        <translation>não contém notas</translation>
    </message>
    <message>
        <source>notes commands: list, get, add, edit</source>
        <translation>comandos de notes: list, get, add, edit</translation>
    </message>
    <message>
        <source>cannot open the outbox: %1</source>
        <translation>não é possível abrir a caixa de saída: %1</translation>
    </message>
    <message>
        <source>cannot store note %1 in the outbox: %2</source>
        <translation>não é possível guardar a nota %1 na caixa de saída: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) of this input already confirmed by an earlier run: not sent again</source>
        <translation>
            <numerusform>%n nota desta entrada já foi confirmada por uma execução anterior: não é enviada de novo</numerusform>
            <numerusform>%n notas desta entrada já foram confirmadas por uma execução anterior: não são enviadas de novo</numerusform>
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
        <translation>nota %1 recusada: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) not confirmed yet; run the same command again to finish</source>
        <translation>
            <numerusform>%n nota ainda não confirmada; execute o mesmo comando de novo para terminar</numerusform>
            <numerusform>%n notas ainda não confirmadas; execute o mesmo comando de novo para terminar</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>version</source>
        <translation>versão</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>avaliação</translation>
    </message>
    <message>
        <source>installed</source>
        <translation>instalado</translation>
    </message>
    <message>
        <source>lead source</source>
        <translation>fonte de leads</translation>
    </message>
    <message>
        <source>Digital Pipeline</source>
        <translation>Digital Pipeline</translation>
    </message>
    <message>
        <source>The widget&apos;s code.</source>
        <translation>O código do widget.</translation>
    </message>
    <message>
        <source>The settings as a JSON object, or - for standard input.</source>
        <translation>As configurações como objeto JSON, ou - para a entrada padrão.</translation>
    </message>
    <message>
        <source>--settings-json FILE (or - for standard input) is required</source>
        <translation>--settings-json ARQUIVO (ou - para a entrada padrão) é obrigatório</translation>
    </message>
    <message>
        <source>must be a JSON object of setting keys and values</source>
        <translation>deve ser um objeto JSON de chaves de configuração e valores</translation>
    </message>
    <message>
        <source>Installed %1</source>
        <translation>%1 instalado</translation>
    </message>
    <message>
        <source>Uninstalled %1</source>
        <translation>%1 desinstalado</translation>
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
        <translation>Continuar um Salesbot.</translation>
    </message>
    <message>
        <source>Continue a Marketingbot.</source>
        <translation>Continuar um Marketingbot.</translation>
    </message>
    <message>
        <source>The bot&apos;s ID.</source>
        <translation>O ID do bot.</translation>
    </message>
    <message>
        <source>The continuation&apos;s ID.</source>
        <translation>O ID da continuação.</translation>
    </message>
    <message>
        <source>{&quot;data&quot;:{...},&quot;execute_handlers&quot;:[...]}, or - for standard input.</source>
        <translation>{&quot;data&quot;:{...},&quot;execute_handlers&quot;:[...]}, ou - para a entrada padrão.</translation>
    </message>
    <message>
        <source>say --salesbot or --marketingbot</source>
        <translation>informe --salesbot ou --marketingbot</translation>
    </message>
    <message>
        <source>must be the bot&apos;s number</source>
        <translation>deve ser o número do bot</translation>
    </message>
    <message>
        <source>must be the continuation&apos;s number</source>
        <translation>deve ser o número da continuação</translation>
    </message>
    <message>
        <source>must be an object with data and execute_handlers</source>
        <translation>deve ser um objeto com data e execute_handlers</translation>
    </message>
    <message>
        <source>The bot goes on (HTTP %1)</source>
        <translation>O bot continua (HTTP %1)</translation>
    </message>
    <message>
        <source>cannot store the notes in the outbox: %1</source>
        <translation>não é possível guardar as notas na caixa de saída: %1</translation>
    </message>
    <message>
        <source>missing %1 (see %2 --help)</source>
        <translation>falta %1 (veja %2 --help)</translation>
    </message>
    <message>
        <source>arguments</source>
        <translation>argumentos</translation>
    </message>
    <message>
        <source>json (the item as the API gives it), table or csv.</source>
        <translation>json (o item como a API o entrega), table ou csv.</translation>
    </message>
    <message>
        <source>ru, en, es or pt; by default the language of these messages.</source>
        <translation>ru, en, es ou pt; por padrão, o idioma destas mensagens.</translation>
    </message>
    <message>
        <source>The account to remove, with its secrets and everything AmoDesk keeps of it.</source>
        <translation>A conta a remover, com seus segredos e tudo o que o AmoDesk guarda dela.</translation>
    </message>
    <message>
        <source>Remove it even when its outbox holds notes amoCRM has not confirmed; they are thrown away.</source>
        <translation>Remover mesmo que a caixa de saída tenha notas que o amoCRM não confirmou; elas são descartadas.</translation>
    </message>
    <message>
        <source>the outbox of &quot;%1&quot; cannot be read, so it is not known whether it holds unsent notes</source>
        <translation>a caixa de saída de &quot;%1&quot; não pode ser lida, então não se sabe se tem notas não enviadas</translation>
    </message>
    <message>
        <source>send them first (run the command that queued them again, or open the account in AmoDesk), or pass --force</source>
        <translation>envie-as primeiro (execute de novo o comando que as enfileirou ou abra a conta no AmoDesk) ou use --force</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot; with its secrets and local data</source>
        <translation>&quot;%1&quot; removida com seus segredos e dados locais</translation>
    </message>
    <message numerus="yes">
        <source>the outbox of &quot;%1&quot; holds %n note(s) amoCRM has not confirmed: removing the account throws its outbox away</source>
        <translation>
            <numerusform>a caixa de saída de &quot;%1&quot; tem %n nota que o amoCRM não confirmou: remover a conta descarta a caixa de saída</numerusform>
            <numerusform>a caixa de saída de &quot;%1&quot; tem %n notas que o amoCRM não confirmou: remover a conta descarta a caixa de saída</numerusform>
        </translation>
    </message>
    <message>
        <source>A website button preset saved by AmoDesk, or the configuration object as amoCRM documents it ({&quot;onlinechat&quot;: {...}}); - for standard input.</source>
        <translation>Uma predefinição do botão do site salva pelo AmoDesk, ou o objeto de configuração como o amoCRM o documenta ({&quot;onlinechat&quot;: {...}}); - para a entrada padrão.</translation>
    </message>
    <message>
        <source>warning: the account&apos;s names could not be read (%1); ids are shown instead</source>
        <translation>aviso: não foi possível ler os nomes da conta (%1); são mostrados os IDs</translation>
    </message>
    <message>
        <source>Print the plan: for every entity and field, the value to restore, the value now and the change&apos;s state. Nothing is sent.</source>
        <translation>Mostrar o plano: para cada entidade e campo, o valor a restaurar, o valor atual e o estado da alteração. Nada é enviado.</translation>
    </message>
    <message>
        <source>table or json.</source>
        <translation>table ou json.</translation>
    </message>
    <message>
        <source>--format must be table or json</source>
        <translation>--format deve ser table ou json</translation>
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
        <translation>agora</translation>
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
        <translation>%1 de %2 alterações respondidas</translation>
    </message>
    <message>
        <source>Run %1: %2 applied, %3 refused by the server, %4 not confirmed</source>
        <translation>Execução %1: %2 aplicadas, %3 recusadas pelo servidor, %4 não confirmadas</translation>
    </message>
    <message>
        <source>Some changes were not confirmed; run the same command again to send only what is left.</source>
        <translation>Algumas alterações não foram confirmadas; execute o mesmo comando novamente para enviar só o que falta.</translation>
    </message>
    <message>
        <source>Apply the ready changes through the account&apos;s journal, and print what became of each.</source>
        <translation>Aplicar as alterações prontas pelo diário da conta e mostrar o que aconteceu com cada uma.</translation>
    </message>
    <message>
        <source>With --apply: also change entities someone changed since.</source>
        <translation>Com --apply: alterar também as entidades que alguém alterou desde então.</translation>
    </message>
    <message>
        <source>give either --dry-run or --apply</source>
        <translation>indique --dry-run ou --apply</translation>
    </message>
    <message>
        <source>--include-conflicts goes with --apply</source>
        <translation>--include-conflicts vai com --apply</translation>
    </message>
    <message>
        <source>run</source>
        <translation>execução</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>aplicadas</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>recusadas</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendentes</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignoradas</translation>
    </message>
    <message>
        <source>The run, as journal list names it.</source>
        <translation>A execução, como journal list a nomeia.</translation>
    </message>
    <message>
        <source>there is no run %1 in this account&apos;s journal</source>
        <translation>não há execução %1 no diário desta conta</translation>
    </message>
    <message>
        <source>run %1 applied nothing to undo</source>
        <translation>a execução %1 não aplicou nada a desfazer</translation>
    </message>
    <message>
        <source>Resuming run %1, which was cut off</source>
        <translation>Retomando a execução %1, que foi interrompida</translation>
    </message>
    <message>
        <source>The entity&apos;s ID.</source>
        <translation>O ID da entidade.</translation>
    </message>
    <message>
        <source>there is no %1 %2</source>
        <translation>não existe %1 %2</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>etapa</translation>
    </message>
    <message>
        <source>responsible</source>
        <translation>responsável</translation>
    </message>
    <message>
        <source>sale</source>
        <translation>venda</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>tags</translation>
    </message>
    <message>
        <source>Entity ID (repeatable, or comma-separated).</source>
        <translation>ID da entidade (repetível, ou separados por vírgula).</translation>
    </message>
    <message>
        <source>Only entities whose fields contain this text, as the web interface&apos;s search finds them.</source>
        <translation>Só as entidades cujos campos contêm este texto, como a busca da interface web as encontra.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTO</translation>
    </message>
    <message>
        <source>Entities per page, at most 250.</source>
        <translation>Entidades por página, no máximo 250.</translation>
    </message>
    <message>
        <source>The PATCH items, a JSON array, from this file or - for standard input.</source>
        <translation>Os itens PATCH, um array JSON, deste arquivo ou - para a entrada padrão.</translation>
    </message>
    <message>
        <source>Print the plan: for every entity and field, the value to set, the value now and the change&apos;s state. Nothing is sent.</source>
        <translation>Mostrar o plano: para cada entidade e campo, o valor a definir, o valor atual e o estado da alteração. Nada é enviado.</translation>
    </message>
    <message>
        <source>give the items with --json FILE (or --json - for standard input)</source>
        <translation>indique os itens com --json FILE (ou --json - para a entrada padrão)</translation>
    </message>
    <message>
        <source>must be a non-empty JSON array of PATCH items such as [{&quot;id&quot;:1,&quot;status_id&quot;:142}]</source>
        <translation>deve ser um array JSON não vazio de itens PATCH, como [{&quot;id&quot;:1,&quot;status_id&quot;:142}]</translation>
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
        <translation>Uso: amodesk-cli GRUPO COMANDO [opções]   (--help depois de um comando mostra as opções)

  account add NAME --base-url URL (--long-lived-token-stdin | --client-id ID --client-secret-stdin --redirect-uri URI (--code CODE | --browser))
  account list | remove NAME
  events list [filtros] [--all] [--format table|json|csv] [--print-url]
  events get ID | types [--lang ru|en|es|pt]
  events revert [filtros] (--dry-run | --apply [--include-conflicts]) [--format table|json]
  journal list | show RUN | undo RUN (--dry-run | --apply [--include-conflicts]) | retry RUN | discard RUN
  entities list ENTITY_TYPE [--id N]... [--query TEXT] [--all] [--format table|json|csv] | history ENTITY_TYPE ID
  entities update ENTITY_TYPE --json FILE|- [--dry-run] [--format table|json]   (pelo diário: journal undo RUN desfaz)
  notes list ENTITY_TYPE [filtros] [--all] | get ENTITY_TYPE ID | add ENTITY_TYPE --json FILE | edit ENTITY_TYPE --json FILE
  widgets list [--all] | get CODE | install CODE --settings-json FILE | uninstall CODE
  salesbot continue (--salesbot | --marketingbot) --bot-id N --continue-id N --json FILE
  button snippet PRESET.json   (o trecho de configuração do botão do site)
  --version | --help

--account NAME escolhe a conta (padrão: $AMODESK_ACCOUNT, a única ou a última usada).
Códigos de saída: 0 concluído, 2 uso, 3 recusado antes do envio, 4 erro da API, 5 rede.
</translation>
    </message>
    <message>
        <source>run %1 has no refused change</source>
        <translation>a execução %1 não tem alteração recusada</translation>
    </message>
    <message numerus="yes">
        <source>Run %1: %n refused change(s) given up</source>
        <translation>
            <numerusform>Execução %1: %n alteração recusada desistida</numerusform>
            <numerusform>Execução %1: %n alterações recusadas desistidas</numerusform>
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
        <translation>Idioma da interface: en, ru, es ou pt.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>IDIOMA</translation>
    </message>
    <message>
        <source>Start the bundled demo account (a local sandbox) and sign in to it.</source>
        <translation>Iniciar a conta de demonstração incluída (um sandbox local) e entrar nela.</translation>
    </message>
    <message>
        <source>With --demo: save a picture of the window once it shows events, then quit.</source>
        <translation>Com --demo: salvar uma imagem da janela quando ela mostrar eventos e sair.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARQUIVO</translation>
    </message>
    <message>
        <source>AmoDesk: a desktop client for amoCRM / Kommo account administrators.</source>
        <translation>AmoDesk: um cliente de desktop para administradores de contas do amoCRM / Kommo.</translation>
    </message>
</context>
</TS>
