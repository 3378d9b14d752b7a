<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Account</name>
    <message>
        <location filename="../src/core/auth/Account.cpp" line="+25"/>
        <source>the account address is empty</source>
        <translation>адрес аккаунта пуст</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not an address like example.amocrm.ru</source>
        <translation>«%1» — не адрес вида example.amocrm.ru</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the account address must start with https://</source>
        <translation>адрес аккаунта должен начинаться с https://</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>plain http:// is allowed only for this computer (127.0.0.1); use https://</source>
        <translation>простой http:// допустим только для этого компьютера (127.0.0.1); используйте https://</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>use the account&apos;s own address (subdomain.amocrm.ru), not www.</source>
        <translation>укажите собственный адрес аккаунта (subdomain.amocrm.ru), а не www.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the account address must be just the host, like https://example.amocrm.ru</source>
        <translation>адрес аккаунта — только хост, например https://example.amocrm.ru</translation>
    </message>
</context>
<context>
    <name>AccountSession</name>
    <message>
        <location filename="../src/core/auth/AccountSession.cpp" line="+40"/>
        <source>the %1 of account &quot;%2&quot; is not in the system keychain; add the account again</source>
        <translation>%1 аккаунта «%2» нет в системной связке ключей; добавьте аккаунт заново</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>token</source>
        <translation>токена</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>client secret</source>
        <translation>секретного ключа интеграции</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>refresh token</source>
        <translation>токена обновления</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <location filename="../ui/AddAccountDialog.ui" line="+6"/>
        <source>Add an account</source>
        <translation>Добавление аккаунта</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Account address:</source>
        <translation>Адрес аккаунта:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>example.amocrm.ru or example.kommo.com</source>
        <translation>example.amocrm.ru или example.kommo.com</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>optional: how AmoDesk names it</source>
        <translation>необязательно: как его называть в AmoDesk</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How:</source>
        <translation>Способ:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sign in through the browser (OAuth)</source>
        <translation>Войти через браузер (OAuth)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Paste an authorization code from the integration&apos;s settings</source>
        <translation>Вставить код авторизации из настроек интеграции</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use a long-lived token</source>
        <translation>Использовать долгосрочный токен</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Integration ID:</source>
        <translation>ID интеграции:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the integration&apos;s ID</source>
        <translation>ID интеграции</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Secret key:</source>
        <translation>Секретный ключ:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the integration&apos;s secret key</source>
        <translation>секретный ключ интеграции</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Redirect URI:</source>
        <translation>Redirect URI:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>for the browser: http://127.0.0.1:PORT/...</source>
        <translation>для браузера: http://127.0.0.1:ПОРТ/...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Authorization code:</source>
        <translation>Код авторизации:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>valid for 20 minutes, once</source>
        <translation>действует 20 минут, один раз</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Long-lived token:</source>
        <translation>Долгосрочный токен:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>shown once when the integration was made</source>
        <translation>показывается один раз при создании интеграции</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Tokens and the secret key are kept only in the system keychain.</source>
        <translation>Токены и секретный ключ хранятся только в системной связке ключей.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <location filename="../src/core/api/ApiError.cpp" line="+64"/>
        <source>Not sent: %1</source>
        <translation>Не отправлено: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account could not be reached</source>
        <translation>Не удалось связаться с аккаунтом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account did not answer in time</source>
        <translation>Аккаунт не ответил вовремя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account no longer accepts AmoDesk&apos;s sign-in; sign in to the account again</source>
        <translation>Аккаунт больше не принимает вход AmoDesk; войдите в аккаунт заново</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account is not paid for, or its plan does not include this feature</source>
        <translation>Аккаунт не оплачен, или его тариф не включает эту возможность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your user has no rights to do this in the account</source>
        <translation>У вашего пользователя нет прав на это действие в аккаунте</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>amoCRM has blocked access for exceeding the request limit too often (HTTP 403). Only amoCRM support can lift the block; AmoDesk has stopped sending requests.</source>
        <translation>amoCRM заблокировал доступ из-за частого превышения лимита запросов (HTTP 403). Снять блокировку может только поддержка amoCRM; AmoDesk прекратил отправку запросов.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not found</source>
        <translation>Не найдено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many requests: amoCRM asked to slow down</source>
        <translation>Слишком много запросов: amoCRM попросил снизить темп</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>amoCRM refused the data</source>
        <translation>amoCRM отклонил данные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many items in one request (at most 250)</source>
        <translation>Слишком много элементов в одном запросе (не более 250)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>amoCRM had an internal error (HTTP %1)</source>
        <translation>Внутренняя ошибка amoCRM (HTTP %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>amoCRM answered in an unexpected way (HTTP %1)</source>
        <translation>amoCRM ответил неожиданным образом (HTTP %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The system keychain failed</source>
        <translation>Ошибка системной связки ключей</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the change may have been made before the connection was lost</source>
        <translation>изменение могло быть выполнено до обрыва соединения</translation>
    </message>
</context>
<context>
    <name>BotContinueDialog</name>
    <message>
        <location filename="../ui/BotContinueDialog.ui" line="+14"/>
        <source>Continue a bot</source>
        <translation>Продолжить бота</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bot:</source>
        <translation>Бот:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Salesbot</source>
        <translation>Salesbot</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Marketingbot</source>
        <translation>Marketingbot</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bot ID:</source>
        <translation>ID бота:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the bot&apos;s ID</source>
        <translation>ID бота</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Continue ID:</source>
        <translation>ID продолжения:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the continue_id the widget received</source>
        <translation>continue_id, который получил виджет</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>data: what the bot receives</source>
        <translation>data: что получит бот</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add a key</source>
        <translation>Добавить ключ</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+93"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Edit data as JSON</source>
        <translation>Править data как JSON</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>execute_handlers: what the bot does next (at most 10)</source>
        <translation>execute_handlers: что бот сделает дальше (не более 10)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show text</source>
        <translation>Показать текст</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show buttons</source>
        <translation>Показать кнопки</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show links</source>
        <translation>Показать ссылки</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Go to a step</source>
        <translation>Перейти к шагу</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Handler</source>
        <translation>Обработчик</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Text, or goto type</source>
        <translation>Текст или тип перехода</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Buttons (separated by |), or step</source>
        <translation>Кнопки (через |) или шаг</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Request body:</source>
        <translation>Тело запроса:</translation>
    </message>
</context>
<context>
    <name>BulkChangeDialog</name>
    <message>
        <location filename="../ui/BulkChangeDialog.ui" line="+14"/>
        <source>Bulk change</source>
        <translation>Массовое изменение</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;IDs:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>IDs separated by spaces, commas or lines</source>
        <translation>ID через пробел, запятую или с новой строки</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Change:</source>
        <translation>&amp;Изменение:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Pipeline:</source>
        <translation>&amp;Воронка:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Field:</source>
        <translation>&amp;Поле:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;To:</source>
        <translation>&amp;На:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>T&amp;ag:</source>
        <translation>&amp;Тег:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Val&amp;ue:</source>
        <translation>&amp;Значение:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Note:</source>
        <translation>&amp;Примечание:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The text of the note added to each of them</source>
        <translation>Текст примечания, которое добавится к каждой</translation>
    </message>
</context>
<context>
    <name>ButtonPresets</name>
    <message>
        <location filename="../src/core/button/ButtonPresets.cpp" line="+40"/>
        <source>a preset needs a name</source>
        <translation>у набора настроек должно быть имя</translation>
    </message>
</context>
<context>
    <name>ButtonSnippets</name>
    <message>
        <location filename="../src/core/button/ButtonSnippets.cpp" line="+43"/>
        <source>choose a field</source>
        <translation>выберите поле</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>needs a value</source>
        <translation>нужно значение</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not an address part</source>
        <translation>«%1» — не часть адреса</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lead</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>Покупатель</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Text note</source>
        <translation>Текстовое примечание</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Incoming call</source>
        <translation>Входящий звонок</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outgoing call</source>
        <translation>Исходящий звонок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service message</source>
        <translation>Системное сообщение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Incoming SMS</source>
        <translation>Входящее SMS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outgoing SMS</source>
        <translation>Исходящее SMS</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>is required for a note</source>
        <translation>обязателен для примечания</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>choose where the note goes: contact, lead, company or customer</source>
        <translation>выберите, куда добавить примечание: контакт, сделка, компания или покупатель</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>choose one of the documented note types</source>
        <translation>выберите один из документированных типов примечания</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a whole amount, 0 or more</source>
        <translation>должен быть целой суммой, не меньше 0</translation>
    </message>
</context>
<context>
    <name>ChangeText</name>
    <message>
        <location filename="../src/core/describe/ChangeText.cpp" line="+18"/>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Responsible user</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next purchase</source>
        <translation>Следующая покупка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sale</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tag “%1”</source>
        <translation>Тег «%1»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Link: %1 #%2</source>
        <translation>Связь: %1 #%2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link: %1 «%2»</source>
        <translation>Связь: %1 «%2»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Set</source>
        <translation>Есть</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not set</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linked</source>
        <translation>Связаны</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not linked</source>
        <translation>Не связаны</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
</context>
<context>
    <name>ChatButtonConfig</name>
    <message>
        <location filename="../src/core/button/ChatButtonConfig.cpp" line="+102"/>
        <source>the quote at position %1 is never closed</source>
        <translation>кавычка в позиции %1 не закрыта</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a date-fns token; put literal text in single quotes</source>
        <translation>«%1» — не токен date-fns; обычный текст заключите в одинарные кавычки</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; is not a CSS colour (a name, #hex, rgb(), rgba(), hsl() or hsla())</source>
        <translation>«%1» — не цвет CSS (название, #hex, rgb(), rgba(), hsl() или hsla())</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be widget or frame</source>
        <translation>должно быть widget или frame</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is required in frame mode: the CSS selector of the element the chat opens in</source>
        <translation>обязателен в режиме frame: CSS-селектор элемента, в котором откроется чат</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a CSS selector like #chat or .chat-holder</source>
        <translation>«%1» — не CSS-селектор вроде #chat или .chat-holder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be ru, en, es or pt</source>
        <translation>должно быть ru, en, es или pt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>is not a string the chat lets you change</source>
        <translation>— не строка, которую чат позволяет менять</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be from 1 to %1 pixels (the chat allows no more), not %2</source>
        <translation>должна быть от 1 до %1 пикселей (больше чат не позволяет), а не %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>has colours but is hidden; show it or clear its colours</source>
        <translation>скрыт, но у него заданы цвета; покажите его или очистите цвета</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the preset is empty or not a JSON object</source>
        <translation>набор настроек пуст или не является объектом JSON</translation>
    </message>
    <message>
        <location filename="../src/core/button/ButtonConfigReader.cpp" line="+71"/>
        <source>%1 must be a number of pixels</source>
        <translation>%1 должно быть числом пикселей</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 must be text</source>
        <translation>%1 должно быть текстом</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 must be true or false</source>
        <translation>%1 должно быть true или false</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 must be an object</source>
        <translation>%1 должно быть объектом</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unknown keys: %1</source>
        <translation>неизвестные ключи: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown keys: %1 (neither a preset of AmoDesk nor the documented {&quot;onlinechat&quot;: {...}} object)</source>
        <translation>неизвестные ключи: %1 (это не пресет AmoDesk и не документированный объект {&quot;onlinechat&quot;: {...}})</translation>
    </message>
</context>
<context>
    <name>ColourPicker</name>
    <message>
        <location filename="../src/app/ColourPicker.cpp" line="+35"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the colour</source>
        <translation>Выбрать цвет</translation>
    </message>
</context>
<context>
    <name>CsvTable</name>
    <message>
        <location filename="../src/core/domain/CsvTable.cpp" line="+79"/>
        <source>the quote opened on line %1 is never closed</source>
        <translation>кавычка, открытая в строке %1, не закрыта</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the file holds no rows</source>
        <translation>в файле нет строк</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot read %1: %2</source>
        <translation>не удалось прочитать %1: %2</translation>
    </message>
</context>
<context>
    <name>EntityHistoryDialog</name>
    <message>
        <location filename="../ui/EntityHistoryDialog.ui" line="+14"/>
        <source>History</source>
        <translation>История</translation>
    </message>
</context>
<context>
    <name>Event</name>
    <message>
        <location filename="../src/core/domain/Event.cpp" line="+74"/>
        <source>note %1</source>
        <translation>примечание %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>intent %1</source>
        <translation>тема %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>purchase %1</source>
        <translation>покупка %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPS %1</source>
        <translation>NPS %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>message %1</source>
        <translation>сообщение %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tag %1</source>
        <translation>тег %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stage %1 (pipeline %2)</source>
        <translation>этап %1 (воронка %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stage %1</source>
        <translation>этап %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>linked %1 %2</source>
        <translation>прикреплено: %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unlinked %1 %2</source>
        <translation>откреплено: %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>user %1</source>
        <translation>пользователь %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>task type %1</source>
        <translation>тип задачи %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>field %1: %2</source>
        <translation>поле %1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>an event without an id</source>
        <translation>событие без id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>event %1 has no type</source>
        <translation>у события %1 нет типа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>event %1 has no time</source>
        <translation>у события %1 нет времени</translation>
    </message>
</context>
<context>
    <name>EventDescriber</name>
    <message>
        <location filename="../src/core/describe/EventDescriber.cpp" line="+22"/>
        <source>Lead</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Покупатель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List item</source>
        <translation>Элемент списка</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1, in the chat of %2</source>
        <translation>%1, в чате: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>amoCRM</source>
        <translation>amoCRM</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+23"/>
        <source>user #%1</source>
        <translation>пользователь №%1</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>note #%1</source>
        <translation>примечание №%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>intent #%1</source>
        <translation>тема №%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>purchase #%1</source>
        <translation>покупка №%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPS rate %1 of 10</source>
        <translation>оценка NPS %1 из 10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>message %1</source>
        <translation>сообщение %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>stage #%1</source>
        <translation>этап №%1</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>pipeline #%1</source>
        <translation>воронка №%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>linked: %1</source>
        <translation>прикреплено: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unlinked: %1</source>
        <translation>откреплено: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow-up</source>
        <translation>Связаться</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>task type #%1</source>
        <translation>тип задачи №%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>field #%1</source>
        <translation>поле №%1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 → (removed)</source>
        <translation>%1 → (удалено)</translation>
    </message>
</context>
<context>
    <name>EventDetailText</name>
    <message>
        <location filename="../src/app/EventDetailText.cpp" line="+21"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entity</source>
        <translation>Сущность</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact of the chat</source>
        <translation>Контакт беседы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Before</source>
        <translation>До</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After</source>
        <translation>После</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event ID</source>
        <translation>ID события</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type key</source>
        <translation>Ключ типа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As amoCRM sent it</source>
        <translation>Как прислал amoCRM</translation>
    </message>
</context>
<context>
    <name>EventExportDialog</name>
    <message>
        <location filename="../src/app/EventExportDialog.cpp" line="+16"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV для Excel (*.csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+12"/>
        <source>Export events</source>
        <translation>Экспорт событий</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n event(s) saved to %1</source>
        <translation>
            <numerusform>%n событие сохранено в %1</numerusform>
            <numerusform>%n события сохранено в %1</numerusform>
            <numerusform>%n событий сохранено в %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventExporter</name>
    <message>
        <location filename="../src/models/EventExporter.cpp" line="+40"/>
        <source>nothing to export</source>
        <translation>нечего экспортировать</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+39"/>
        <source>cannot write %1: %2</source>
        <translation>не удалось записать %1: %2</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event type</source>
        <translation>Тип события</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entity type</source>
        <translation>Тип сущности</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entity ID</source>
        <translation>ID сущности</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entity</source>
        <translation>Сущность</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Author ID</source>
        <translation>ID автора</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event ID</source>
        <translation>ID события</translation>
    </message>
</context>
<context>
    <name>EventFilter</name>
    <message>
        <location filename="../src/core/domain/EventFilter.cpp" line="+115"/>
        <source>at most %1 users can be filtered on, not %2</source>
        <translation>фильтровать можно не более чем по %1 пользователям, а не по %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the start of the period is after its end</source>
        <translation>начало периода позже его конца</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not an entity type (lead, contact, company, customer, task or catalog_ID)</source>
        <translation>«%1» — не тип сущности (lead, contact, company, customer, task или catalog_ID)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>at most %1 entity IDs can be filtered on, not %2</source>
        <translation>фильтровать можно не более чем по %1 ID сущностей, а не по %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>filtering by entity ID needs exactly one entity type</source>
        <translation>для фильтра по ID сущности нужен ровно один тип сущности</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not an event type</source>
        <translation>«%1» — не тип события</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>custom_field_ID_value_changed cannot be combined with other event types</source>
        <translation>custom_field_ID_value_changed нельзя сочетать с другими типами событий</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>filtering by field values needs exactly one event type custom_field_ID_value_changed</source>
        <translation>для фильтра по значениям поля нужен ровно один тип события custom_field_ID_value_changed</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>every stage needs a status ID</source>
        <translation>для каждого этапа нужен ID статуса</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the value to match is empty</source>
        <translation>значение для сравнения пустое</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not something events can be loaded with</source>
        <translation>«%1» нельзя загрузить вместе с событиями</translation>
    </message>
</context>
<context>
    <name>EventFilterDialog</name>
    <message>
        <location filename="../ui/EventFilterDialog.ui" line="+6"/>
        <source>Filter events</source>
        <translation>Фильтр событий</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saved filters:</source>
        <translation>Сохранённые фильтры:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save as…</source>
        <translation>Сохранить как…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Event types:</source>
        <translation>Типы событий:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Find an event type</source>
        <translation>Найти тип события</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Field changed:</source>
        <translation>Изменено поле:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Changes of one field; this excludes every other event type</source>
        <translation>Изменения одного поля; исключает все остальные типы событий</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Entity types:</source>
        <translation>Типы сущностей:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>List IDs:</source>
        <translation>ID списков:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>items of these lists, e.g. 1075, 1076</source>
        <translation>элементы этих списков, например 1075, 1076</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Entity IDs:</source>
        <translation>ID сущностей:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>up to 10 IDs, with exactly one entity type</source>
        <translation>до 10 ID, ровно при одном типе сущности</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Authors (up to 10):</source>
        <translation>Авторы (до 10):</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>from</source>
        <translation>с</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Event IDs:</source>
        <translation>ID событий:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>event IDs, comma-separated</source>
        <translation>ID событий через запятую</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Value:</source>
        <translation>Значение:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>after the change</source>
        <translation>после изменения</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>before the change</source>
        <translation>до изменения</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(any value)</source>
        <translation>(любое значение)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lead stage</source>
        <translation>Этап сделки</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customer stage</source>
        <translation>Этап покупателя</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Responsible user</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Field values (enum IDs)</source>
        <translation>Значения поля (ID вариантов)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exact value</source>
        <translation>Точное значение</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>for budget, name, purchases, NPS or field changes</source>
        <translation>для бюджета, названия, суммы покупок, NPS или изменений поля</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Request:</source>
        <translation>Запрос:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The request AmoDesk will send</source>
        <translation>Запрос, который отправит AmoDesk</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <location filename="../src/models/EventColumns.cpp" line="+58"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entity</source>
        <translation>Сущность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
</context>
<context>
    <name>EventsPane</name>
    <message>
        <location filename="../ui/EventsPane.ui" line="+25"/>
        <source>Sign in to an account to see its event log.</source>
        <translation>Войдите в аккаунт, чтобы увидеть его журнал событий.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How often to check for new events</source>
        <translation>Как часто проверять новые события</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Select an event to see all of it</source>
        <translation>Выберите событие, чтобы увидеть его целиком</translation>
    </message>
</context>
<context>
    <name>FilterChips</name>
    <message>
        <location filename="../src/models/FilterChips.cpp" line="+18"/>
        <source>user #%1</source>
        <translation>пользователь №%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>IDs %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>from %1</source>
        <translation>с %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>to %1</source>
        <translation>по %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n event(s) by ID</source>
        <translation>
            <numerusform>%n событие по ID</numerusform>
            <numerusform>%n события по ID</numerusform>
            <numerusform>%n событий по ID</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>before: %1</source>
        <translation>до: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>after: %1</source>
        <translation>после: %1</translation>
    </message>
</context>
<context>
    <name>FindEntityDialog</name>
    <message>
        <location filename="../ui/FindEntityDialog.ui" line="+14"/>
        <source>History of an entity</source>
        <translation>История сущности</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Type:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;ID or name:</source>
        <translation>&amp;ID или название:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type an ID, or a name and choose it</source>
        <translation>Введите ID или название и выберите его</translation>
    </message>
</context>
<context>
    <name>JournalDialog</name>
    <message>
        <location filename="../ui/JournalDialog.ui" line="+14"/>
        <source>Revert journal</source>
        <translation>Журнал откатов</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Every revert and bulk change applied to this account, newest first. Choose a run to see what became of each of its changes.</source>
        <translation>Все откаты и массовые изменения этого аккаунта, сначала новые. Выберите запуск, чтобы увидеть, что стало с каждым его изменением.</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../src/core/api/ListPage.cpp" line="+15"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>true or false</source>
        <translation>true или false</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number</source>
        <translation>число</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a list</source>
        <translation>список</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an object</source>
        <translation>объект</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>missing</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;_embedded&quot; is %1 where an object belongs</source>
        <translation>«_embedded» — %1, а должен быть объект</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;_embedded.%1&quot; is %2 where a list belongs</source>
        <translation>«_embedded.%1» — %2, а должен быть список</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 where an object belongs</source>
        <translation>%1 там, где должен быть объект</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>item %1 of &quot;%2&quot;: %3</source>
        <translation>элемент %1 списка «%2»: %3</translation>
    </message>
</context>
<context>
    <name>LocalStore</name>
    <message>
        <location filename="../src/core/store/LocalStore.cpp" line="+57"/>
        <source>amodesk-cli&apos;s account &quot;%1&quot; is now called &quot;%2&quot;: the app has an account of that name</source>
        <translation>аккаунт amodesk-cli «%1» теперь называется «%2»: в приложении уже есть аккаунт с таким именем</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 was left where it is: the shared store has a file of that name</source>
        <translation>%1 оставлен на месте: в общем хранилище уже есть файл с таким именем</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the settings %1 could not be written; amodesk-cli&apos;s earlier settings were kept</source>
        <translation>не удалось записать настройки %1; прежние настройки amodesk-cli сохранены</translation>
    </message>
</context>
<context>
    <name>LoopbackReceiver</name>
    <message>
        <location filename="../src/core/auth/LoopbackReceiver.cpp" line="+23"/>
        <source>the redirect URI must be http://127.0.0.1:PORT/... to be received by AmoDesk, not %1</source>
        <translation>чтобы AmoDesk принял перенаправление, Redirect URI должен быть вида http://127.0.0.1:ПОРТ/..., а не %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>port %1 for the redirect is in use: %2</source>
        <translation>порт %1 для перенаправления занят: %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>AmoDesk is signed in. You can close this window.</source>
        <translation>Вход в AmoDesk выполнен. Это окно можно закрыть.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This sign-in link is not the one AmoDesk is waiting for.</source>
        <translation>AmoDesk ожидает другую ссылку для входа.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.ui" line="+6"/>
        <source>AmoDesk</source>
        <translation>AmoDesk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Add account…</source>
        <translation>&amp;Добавить аккаунт…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Remove account…</source>
        <translation>&amp;Удалить аккаунт…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Параметры…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;About AmoDesk</source>
        <translation>&amp;О программе AmoDesk</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
</context>
<context>
    <name>NoteDescriber</name>
    <message>
        <location filename="../src/core/describe/NoteDescriber.cpp" line="+29"/>
        <source>Text note</source>
        <translation>Текстовое примечание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incoming call</source>
        <translation>Входящий звонок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outgoing call</source>
        <translation>Исходящий звонок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service message</source>
        <translation>Системное сообщение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extended service message</source>
        <translation>Расширенное системное сообщение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message to cashier</source>
        <translation>Сообщение кассиру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geolocation</source>
        <translation>Геолокация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incoming SMS</source>
        <translation>Входящее SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outgoing SMS</source>
        <translation>Исходящее SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task result</source>
        <translation>Результат задачи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link followed</source>
        <translation>Переход по ссылке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site visit</source>
        <translation>Заход на сайт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added to retargeting</source>
        <translation>Добавлен в ретаргетинг</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed from retargeting</source>
        <translation>Удалён из ретаргетинга</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Leads</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Companies</source>
        <translation>Компании</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers</source>
        <translation>Покупатели</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lead IDs</source>
        <translation>ID сделок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact IDs</source>
        <translation>ID контактов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company IDs</source>
        <translation>ID компаний</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer IDs</source>
        <translation>ID покупателей</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>from %1</source>
        <translation>с номера %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>to %1</source>
        <translation>на номер %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>created</source>
        <translation>создано</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>shown</source>
        <translation>показано</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>canceled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>stayed %1</source>
        <translation>пробыл %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>from %1</source>
        <comment>an e-mail&apos;s sender</comment>
        <translation>от %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sent</source>
        <comment>an e-mail</comment>
        <translation>отправлено</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n вложение</numerusform>
            <numerusform>%n вложения</numerusform>
            <numerusform>%n вложений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoteDetailText</name>
    <message>
        <location filename="../src/app/NoteDetailText.cpp" line="+21"/>
        <source>AmoDesk shows this type but cannot write it.</source>
        <translation>AmoDesk показывает этот тип, но не может его записывать.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open %1 in the browser</source>
        <translation>Открыть в браузере: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note ID</source>
        <translation>ID примечания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>%1 by %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Raw JSON</source>
        <translation>Исходный JSON</translation>
    </message>
</context>
<context>
    <name>NoteFilter</name>
    <message>
        <location filename="../src/core/domain/NoteFilter.cpp" line="+34"/>
        <source>%1 is not a note ID</source>
        <translation>%1 — не ID примечания</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not an entity ID</source>
        <translation>%1 — не ID сущности</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the start of the period is after its end</source>
        <translation>начало периода позже его конца</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>notes are ordered by updated_at or id only</source>
        <translation>примечания сортируются только по updated_at или id</translation>
    </message>
</context>
<context>
    <name>NoteFilterDialog</name>
    <message>
        <location filename="../ui/NoteFilterDialog.ui" line="+6"/>
        <source>Filter notes</source>
        <translation>Фильтр примечаний</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Note types:</source>
        <translation>Типы примечаний:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Note IDs:</source>
        <translation>ID примечаний:</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+17"/>
        <source>any; several separated by commas</source>
        <translation>любые; несколько через запятую</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Entity IDs:</source>
        <translation>ID сущностей:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Changed:</source>
        <translation>Изменены:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Order:</source>
        <translation>Порядок:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>As the API lists them</source>
        <translation>Как отдаёт API</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changed, oldest first</source>
        <translation>По изменению, сначала старые</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changed, newest first</source>
        <translation>По изменению, сначала новые</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ID, ascending</source>
        <translation>По ID, по возрастанию</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ID, descending</source>
        <translation>По ID, по убыванию</translation>
    </message>
</context>
<context>
    <name>NoteFilterSummary</name>
    <message>
        <location filename="../src/app/NoteFilterSummary.cpp" line="+15"/>
        <source>types: %1</source>
        <translation>типы: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n entity ID(s)</source>
        <translation>
            <numerusform>%n ID сущности</numerusform>
            <numerusform>%n ID сущностей</numerusform>
            <numerusform>%n ID сущностей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n note ID(s)</source>
        <translation>
            <numerusform>%n ID примечания</numerusform>
            <numerusform>%n ID примечаний</numerusform>
            <numerusform>%n ID примечаний</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed from %1</source>
        <translation>изменены с %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed until %1</source>
        <translation>изменены по %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the API&apos;s order</source>
        <translation>в порядке API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>newest first</source>
        <translation>сначала новые</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>oldest first</source>
        <translation>сначала старые</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last changed first</source>
        <translation>сначала изменённые последними</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>least recently changed first</source>
        <translation>сначала давно изменённые</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All notes of these entities, %1</source>
        <translation>Все примечания этих сущностей, %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter: %1; %2</source>
        <translation>Фильтр: %1; %2</translation>
    </message>
</context>
<context>
    <name>NoteForm</name>
    <message>
        <location filename="../src/app/NoteForm.cpp" line="+9"/>
        <location line="+9"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+4"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+15"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Duration, seconds</source>
        <translation>Длительность, секунд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source (telephony)</source>
        <translation>Источник (телефония)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording link</source>
        <translation>Ссылка на запись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call ID</source>
        <translation>ID звонка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who took the call</source>
        <translation>Кто принял звонок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service name</source>
        <translation>Название сервиса</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latitude</source>
        <translation>Широта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longitude</source>
        <translation>Долгота</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File name</source>
        <translation>Имя файла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File UUID</source>
        <translation>UUID файла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version UUID</source>
        <translation>UUID версии</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shown</source>
        <translation>Показано</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Canceled</source>
        <translation>Отменено</translation>
    </message>
</context>
<context>
    <name>NoteOutbox</name>
    <message>
        <location filename="../src/core/outbox/NoteOutbox.cpp" line="+86"/>
        <source>the outbox %1 is damaged (%2) and was left as it is. Move it aside and try again: notes it held that were not confirmed are then looked up on the server before they are sent.</source>
        <translation>очередь отправки %1 повреждена (%2) и оставлена как есть. Переместите файл в сторону и повторите: неподтверждённые примечания из неё тогда сначала будут найдены на сервере и только потом отправлены.</translation>
    </message>
</context>
<context>
    <name>OAuthTokenSource</name>
    <message>
        <location filename="../src/core/auth/OAuthTokenSource.cpp" line="+62"/>
        <source>the sign-in was revoked or has expired; add the account again</source>
        <translation>доступ отозван или истёк; добавьте аккаунт заново</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="+6"/>
        <source>Preferences</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Appearance</source>
        <translation>Внешний вид</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Takes effect at the next start.</source>
        <translation>Вступит в силу при следующем запуске.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Dates and times:</source>
        <translation>&amp;Даты и время:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Account</source>
        <translation>Аккаунт</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Request budget:</source>
        <translation>&amp;Лимит запросов:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>amoCRM allows 7 a second; fewer leave room for the account&apos;s other integrations. Every AmoDesk program of the account shares them.</source>
        <translation>amoCRM допускает 7 в секунду; меньшее значение оставляет запас для других интеграций аккаунта. Все программы AmoDesk этого аккаунта делят этот лимит.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Event cache:</source>
        <translation>Кэш событий:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Clear the cache…</source>
        <translation>&amp;Очистить кэш…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Notifications</source>
        <translation>Уведомления</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Notify me of new events that match the filter while the Events pane follows the log</source>
        <translation>&amp;Уведомлять о новых событиях, подходящих под фильтр, пока панель «События» следит за журналом</translation>
    </message>
</context>
<context>
    <name>RevertDialog</name>
    <message>
        <location filename="../ui/RevertDialog.ui" line="+14"/>
        <source>Revert changes</source>
        <translation>Откат изменений</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Also put back values someone changed since the events</source>
        <translation>&amp;Вернуть и значения, которые кто-то изменил после этих событий</translation>
    </message>
</context>
<context>
    <name>RevertJournal</name>
    <message>
        <location filename="../src/core/revert/RevertJournal.cpp" line="+70"/>
        <source>cannot create the journal folder %1</source>
        <translation>не удалось создать папку журнала %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot write the journal file %1</source>
        <translation>не удаётся записать файл журнала %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>cannot write the journal file %1: %2</source>
        <translation>не удалось записать файл журнала %1: %2</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>changed by someone else since the run began</source>
        <translation>с начала запуска изменено кем-то другим</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>given up: %1</source>
        <translation>отказались: %1</translation>
    </message>
</context>
<context>
    <name>RevertPlan</name>
    <message>
        <location filename="../src/core/revert/RevertPlan.cpp" line="+61"/>
        <source>only events of leads, contacts, companies and customers can be reverted</source>
        <translation>откатить можно только события сделок, контактов, компаний и покупателей</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a deleted entity cannot be restored through the API</source>
        <translation>удалённую сущность нельзя восстановить через API</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>links to catalog elements are not reverted</source>
        <translation>связи с элементами списков не откатываются</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 and %2 cannot be linked through the API</source>
        <translation>%1 и %2 нельзя связать через API</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>events of type %1 cannot be reverted</source>
        <translation>события типа %1 нельзя откатить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the event does not say what the value was before</source>
        <translation>в событии нет прежнего значения</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>the entity is deleted; a deleted entity cannot be restored through the API</source>
        <translation>сущность удалена; удалённую сущность нельзя восстановить через API</translation>
    </message>
    <message>
        <location filename="../src/core/revert/RevertLinks.cpp" line="+55"/>
        <source>the same link, put back from its other side</source>
        <translation>та же связь, возвращается с другой стороны</translation>
    </message>
    <message>
        <location filename="../src/core/revert/PlanChecks.cpp" line="+21"/>
        <source>the account has no customer stage %1</source>
        <translation>в аккаунте нет этапа покупателей %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the account has no pipeline %1</source>
        <translation>в аккаунте нет воронки %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the stage %1 is not a stage of the pipeline «%2»</source>
        <translation>этап %1 не входит в воронку «%2»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the user %1 is not in the account (any more)</source>
        <translation>пользователя %1 нет в аккаунте (больше нет)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the account has no field %1</source>
        <translation>в аккаунте нет поля %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>«%1» is not a choice of the field «%2»</source>
        <translation>«%1» — не вариант поля «%2»</translation>
    </message>
</context>
<context>
    <name>SecretVault</name>
    <message>
        <location filename="../src/core/auth/SecretVault.cpp" line="+30"/>
        <source>access was refused in the keychain&apos;s prompt</source>
        <translation>в окне связки ключей доступ был запрещён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the keychain refused access; it may be locked</source>
        <translation>связка ключей отказала в доступе; возможно, она заблокирована</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no keychain service is running</source>
        <translation>служба связки ключей не запущена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this keychain cannot do that</source>
        <translation>эта связка ключей так не умеет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the entry could not be deleted</source>
        <translation>запись не удалось удалить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no such entry</source>
        <translation>такой записи нет</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the system keychain refused to save a secret: %1</source>
        <translation>системная связка ключей не сохранила секрет: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the system keychain could not be read: %1</source>
        <translation>не удалось прочитать системную связку ключей: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the system keychain could not delete a secret: %1</source>
        <translation>системная связка ключей не удалила секрет: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No system keychain is available (%1). AmoDesk keeps tokens only in the keychain; without one they can be kept for this session only.</source>
        <translation>Системная связка ключей недоступна (%1). AmoDesk хранит токены только в связке ключей; без неё их можно хранить лишь до конца сеанса.</translation>
    </message>
</context>
<context>
    <name>SyncPeriodDialog</name>
    <message>
        <location filename="../ui/SyncPeriodDialog.ui" line="+14"/>
        <source>Sync period</source>
        <translation>Синхронизация периода</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every event of these days goes into the local cache. It can be stopped and goes on later from where it stopped.</source>
        <translation>Все события этих дней попадут в локальный кэш. Синхронизацию можно остановить — позже она продолжится с того же места.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;To:</source>
        <translation>&amp;По:</translation>
    </message>
</context>
<context>
    <name>TableCsv</name>
    <message>
        <location filename="../src/models/TableCsv.cpp" line="+36"/>
        <location line="+15"/>
        <source>cannot write %1: %2</source>
        <translation>не удалось записать %1: %2</translation>
    </message>
</context>
<context>
    <name>TimelineText</name>
    <message>
        <location filename="../src/core/describe/TimelineText.cpp" line="+11"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
</context>
<context>
    <name>TokenEndpoint</name>
    <message>
        <location filename="../src/core/auth/TokenEndpoint.cpp" line="+58"/>
        <source>the sign-in answer is larger than %1 KB</source>
        <translation>ответ на вход больше %1 КБ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the account&apos;s address sent the sign-in elsewhere (%1); AmoDesk sends its credentials to the account&apos;s address only</source>
        <translation>адрес аккаунта перенаправил вход в другое место (%1); AmoDesk отправляет свои учётные данные только на адрес аккаунта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no address given</source>
        <translation>адрес не указан</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the sign-in answer has no access token</source>
        <translation>в ответе на вход нет токена доступа</translation>
    </message>
</context>
<context>
    <name>UpdatePlan</name>
    <message>
        <location filename="../src/core/revert/UpdatePlan.cpp" line="+89"/>
        <source>needs the id of the entity to change</source>
        <translation>нужен id изменяемой сущности</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is not a key entities update understands, or has the wrong type</source>
        <translation>— ключ, который entities update не понимает, или значение неверного типа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changes nothing: give a field to set besides the id</source>
        <translation>ничего не меняет: кроме id укажите поле, которое нужно задать</translation>
    </message>
</context>
<context>
    <name>WebsiteButtonPane</name>
    <message>
        <location filename="../ui/WebsiteButtonPane.ui" line="+30"/>
        <source>Preset:</source>
        <translation>Набор:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Presets</source>
        <translation>Наборы настроек</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save as preset…</source>
        <translation>Сохранить как набор…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Button and chat</source>
        <translation>Кнопка и чат</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Hide the button when the page loads</source>
        <translation>Скрывать кнопку при загрузке страницы</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Button colour:</source>
        <translation>Цвет кнопки:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>as set in amoCRM; e.g. #1f8ceb</source>
        <translation>как настроено в amoCRM; например, #1f8ceb</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Chat opens:</source>
        <translation>Чат открывается:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Container:</source>
        <translation>Контейнер:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>In frame mode incoming messages no longer pop up next to the button; only its unread counter grows.</source>
        <translation>В режиме frame входящие сообщения не всплывают у кнопки; растёт только счётчик непрочитанных.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Chat user ID:</source>
        <translation>ID пользователя чата:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>empty: a new chat user per browser</source>
        <translation>пусто: новый пользователь чата для каждого браузера</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hash a value…</source>
        <translation>Хешировать значение…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put the SHA-256 of a value you type (e.g. the customer&apos;s account ID) into user_id, as amoCRM recommends</source>
        <translation>Записать в user_id SHA-256 введённого значения (например, ID учётной записи клиента), как рекомендует amoCRM</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Built-in language:</source>
        <translation>Встроенный язык:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Date format:</source>
        <translation>Формат даты:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Time format:</source>
        <translation>Формат времени:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Message field:</source>
        <translation>Поле сообщения:</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+23"/>
        <location line="+23"/>
        <location line="+23"/>
        <location line="+23"/>
        <location line="+23"/>
        <location line="+23"/>
        <source>the language&apos;s own text</source>
        <translation>текст самого языка</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Sending:</source>
        <translation>Отправляется:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Sent:</source>
        <translation>Отправлено:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Read:</source>
        <translation>Прочитано:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Not delivered:</source>
        <translation>Не доставлено:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&quot;Powered by&quot;:</source>
        <translation>«Сделано в»:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>New messages:</source>
        <translation>Новые сообщения:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Formats use date-fns tokens: dd, MM, yyyy, HH, mm… Put literal text in single quotes.</source>
        <translation>Форматы используют токены date-fns: dd, MM, yyyy, HH, mm… Обычный текст заключайте в одинарные кавычки.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Theme</source>
        <translation>Оформление</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Background:</source>
        <translation>Фон:</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+34"/>
        <location line="+41"/>
        <location line="+34"/>
        <location line="+34"/>
        <location line="+34"/>
        <location line="+34"/>
        <location line="+34"/>
        <location line="+54"/>
        <source>a CSS colour: name, #hex, rgb(), rgba()</source>
        <translation>цвет CSS: название, #hex, rgb(), rgba()</translation>
    </message>
    <message>
        <location line="-283"/>
        <source>System texts:</source>
        <translation>Системные тексты:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No header</source>
        <translation>Без заголовка</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Header background:</source>
        <translation>Фон заголовка:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Header text:</source>
        <translation>Текст заголовка:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Visitor&apos;s messages:</source>
        <translation>Сообщения посетителя:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Visitor&apos;s text:</source>
        <translation>Текст посетителя:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Operator&apos;s messages:</source>
        <translation>Сообщения оператора:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Operator&apos;s text:</source>
        <translation>Текст оператора:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Message field height:</source>
        <translation>Высота поля сообщения:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>as amoCRM has it</source>
        <translation>как в amoCRM</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> px</source>
        <translation> пикс.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Send button:</source>
        <translation>Кнопка отправки:</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Visitor data (setMeta)</source>
        <translation>Данные посетителя (setMeta)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>amoCRM fills only fields that are still empty, and accepts data only within 24 hours of the visitor&apos;s first message (or of the incoming lead&apos;s creation).</source>
        <translation>amoCRM заполняет только ещё пустые поля и принимает данные только в течение 24 часов после первого сообщения посетителя (или создания неразобранного).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Note text:</source>
        <translation>Текст примечания:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Note goes to:</source>
        <translation>Примечание к:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Note type:</source>
        <translation>Тип примечания:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Contact name:</source>
        <translation>Имя контакта:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Contact fields:</source>
        <translation>Поля контакта:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add a contact field</source>
        <translation>Добавить поле контакта</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+82"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Lead name:</source>
        <translation>Название сделки:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Lead budget:</source>
        <translation>Бюджет сделки:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a whole amount</source>
        <translation>целая сумма</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Lead fields:</source>
        <translation>Поля сделки:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add a lead field</source>
        <translation>Добавить поле сделки</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>bot_params, any JSON object for the chat&apos;s bot:</source>
        <translation>bot_params — любой объект JSON для бота чата:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Scripts</source>
        <translation>Скрипты</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Snippet:</source>
        <translation>Фрагмент:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Hook name:</source>
        <translation>Название хука:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>as in the key action&apos;s &quot;own hook&quot; condition</source>
        <translation>как в условии ключевого действия «собственный хук»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>bot_params key:</source>
        <translation>Ключ bot_params:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Equals:</source>
        <translation>Равен:</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Copy snippet</source>
        <translation>Копировать фрагмент</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the snippet to the clipboard (Ctrl+Shift+C)</source>
        <translation>Скопировать фрагмент в буфер обмена (Ctrl+Shift+C)</translation>
    </message>
</context>
<context>
    <name>WriteRules</name>
    <message>
        <location filename="../src/core/domain/WriteRules.cpp" line="+43"/>
        <location line="+135"/>
        <source>is required</source>
        <translation>обязательно</translation>
    </message>
    <message>
        <location line="-135"/>
        <location line="+139"/>
        <source>must be text</source>
        <translation>должно быть текстом</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>must be a web address starting with http:// or https://</source>
        <translation>должно быть веб-адресом, начинающимся с http:// или https://</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a phone number</source>
        <translation>«%1» — не номер телефона</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be a number from %1 to %2</source>
        <translation>должно быть числом от %1 до %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be a UUID such as 9905db7c-3a29-4d30-8953-bac68c05e8e8</source>
        <translation>должно быть UUID, например 9905db7c-3a29-4d30-8953-bac68c05e8e8</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the note to edit needs its ID</source>
        <translation>для правки примечания нужен его ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is required: the ID of the lead, contact, company or customer</source>
        <translation>обязательно: ID сделки, контакта, компании или покупателя</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be a user ID</source>
        <translation>должно быть ID пользователя</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be true or false</source>
        <translation>должно быть true или false</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a note type that can be written; use one of: %2</source>
        <translation>«%1» — не тот тип примечания, который можно записать; используйте один из: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is required for a %1 note</source>
        <translation>обязательно для примечания %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be the call&apos;s length in whole seconds</source>
        <translation>должно быть длительностью звонка в целых секундах</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be created, shown or canceled</source>
        <translation>должно быть created, shown или canceled</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>must map user IDs to values</source>
        <translation>должно сопоставлять ID пользователей и значения</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a user ID</source>
        <translation>«%1» — не ID пользователя</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the extension must be text or a number</source>
        <translation>добавочный номер должен быть текстом или числом</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>needs both a login and a password</source>
        <translation>нужны и логин, и пароль</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be an object of keys and values</source>
        <translation>должно быть объектом из ключей и значений</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be a list</source>
        <translation>должно быть списком</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at most %1 handlers, not %2</source>
        <translation>не более %1 обработчиков, а не %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be text, buttons or buttons_url</source>
        <translation>должно быть text, buttons или buttons_url</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at most %1 characters, not %2</source>
        <translation>не более %1 символов, а не %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at most %1 buttons, not %2</source>
        <translation>не более %1 кнопок, а не %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>needs at least one button</source>
        <translation>нужна хотя бы одна кнопка</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a web address</source>
        <translation>«%1» — не веб-адрес</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be question, answer or finish</source>
        <translation>должно быть question, answer или finish</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a step number</source>
        <translation>должно быть номером шага</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be show or goto</source>
        <translation>должно быть show или goto</translation>
    </message>
</context>
<context>
    <name>amodesk::AddAccountDialog</name>
    <message>
        <location filename="../src/app/AddAccountDialog.cpp" line="+31"/>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The account did not accept AmoDesk: %1</source>
        <translation>Аккаунт не принял AmoDesk: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Account address: %1</source>
        <translation>Адрес аккаунта: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name: an account named &quot;%1&quot; exists already</source>
        <translation>Имя: аккаунт «%1» уже есть</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Long-lived token: is required</source>
        <translation>Долгосрочный токен: обязателен</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Integration ID: is required</source>
        <translation>ID интеграции: обязателен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secret key: is required</source>
        <translation>Секретный ключ: обязателен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redirect URI: is required</source>
        <translation>Redirect URI: обязателен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authorization code: is required</source>
        <translation>Код авторизации: обязателен</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Checking the account…</source>
        <translation>Проверка аккаунта…</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Redirect URI: %1</source>
        <translation>Redirect URI: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Access was refused in the browser.</source>
        <translation>В браузере в доступе отказано.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Allow access in the browser window that opened…</source>
        <translation>Разрешите доступ в открывшемся окне браузера…</translation>
    </message>
</context>
<context>
    <name>amodesk::ApiClient</name>
    <message>
        <location filename="../src/core/api/AnswerChecks.cpp" line="+25"/>
        <source>an empty answer where data belongs</source>
        <translation>пустой ответ вместо данных</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a web page where data belongs</source>
        <translation>веб-страница вместо данных</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>некорректный JSON (%1 в байте %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 where an object belongs</source>
        <translation>%1 там, где должен быть объект</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a list</source>
        <translation>список</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a single value</source>
        <translation>одиночное значение</translation>
    </message>
    <message>
        <location filename="../src/core/api/ApiClient.cpp" line="+254"/>
        <source>the answer is larger than %1 MB</source>
        <translation>ответ больше %1 МБ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no answer in %1 s</source>
        <translation>нет ответа за %1 с</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the answer ended before the length it announced</source>
        <translation>ответ оборвался раньше заявленной длины</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>amoCRM asks to wait %1 s before the next request; AmoDesk waits at most %2 s</source>
        <translation>amoCRM просит подождать %1 с перед следующим запросом; AmoDesk ждёт не дольше %2 с</translation>
    </message>
</context>
<context>
    <name>amodesk::BotContinueDialog</name>
    <message>
        <location filename="../src/app/BotContinueDialog.cpp" line="+33"/>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Show text</source>
        <translation>Показать текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show buttons</source>
        <translation>Показать кнопки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show links</source>
        <translation>Показать ссылки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to a step</source>
        <translation>Перейти к шагу</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>question, answer or finish</source>
        <translation>question, answer или finish</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the message, at most 80 characters</source>
        <translation>сообщение, не более 80 символов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>step number</source>
        <translation>номер шага</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>https://a.example | https://b.example</source>
        <translation>https://a.example | https://b.example</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes | No</source>
        <translation>Да | Нет</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>data is not JSON: %1 at character %2</source>
        <translation>data — не JSON: %1 в символе %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>data must be a JSON object of keys and values</source>
        <translation>data должно быть объектом JSON из ключей и значений</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Bot ID: must be a number</source>
        <translation>ID бота: должно быть числом</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue ID: must be a number</source>
        <translation>ID продолжения: должно быть числом</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Handler %1, %2</source>
        <translation>Обработчик %1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+25"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accepted (HTTP %1): the bot goes on from this step.</source>
        <translation>Принято (HTTP %1): бот продолжает работу с этого шага.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not found (HTTP 404): no widget step of bot %1 waits for continuation %2. It may have been continued already, or the bot moved on when its wait ran out.</source>
        <translation>Не найдено (HTTP 404): ни один шаг виджета бота %1 не ждёт продолжения %2. Возможно, его уже продолжили, или бот ушёл дальше, когда истекло ожидание.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refused (HTTP 400): the body breaks a rule of the API.</source>
        <translation>Отклонено (HTTP 400): тело запроса нарушает правило API.</translation>
    </message>
</context>
<context>
    <name>amodesk::BulkChangeDialog</name>
    <message>
        <location filename="../src/app/BulkChangeDialog.cpp" line="+30"/>
        <source>Bulk change of %1</source>
        <translation>Массовое изменение: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Plan…</source>
        <translation>&amp;План…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move to a stage</source>
        <translation>Перенести на этап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the responsible user</source>
        <translation>Назначить ответственного</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set a field</source>
        <translation>Заполнить поле</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a tag</source>
        <translation>Добавить тег</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove a tag</source>
        <translation>Убрать тег</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a note</source>
        <translation>Добавить примечание</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Yes (ticked)</source>
        <translation>Да (отмечено)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No (not ticked)</source>
        <translation>Нет (не отмечено)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>“%1” is not an ID</source>
        <translation>«%1» — не ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>give at least one ID</source>
        <translation>укажите хотя бы один ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>choose the stage</source>
        <translation>выберите этап</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>choose the user</source>
        <translation>выберите пользователя</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>type the tag</source>
        <translation>введите тег</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>choose the field (this kind of entity has no field a value can be set for here)</source>
        <translation>выберите поле (у этого типа сущностей нет полей, которые можно заполнить здесь)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>choose the value</source>
        <translation>выберите значение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>type the value</source>
        <translation>введите значение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a number</source>
        <translation>«%1» — не число</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a web address</source>
        <translation>«%1» — не веб-адрес</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>type the text of the note</source>
        <translation>введите текст примечания</translation>
    </message>
</context>
<context>
    <name>amodesk::CsvImportDialog</name>
    <message>
        <location filename="../src/app/CsvImportDialog.cpp" line="+33"/>
        <location line="+34"/>
        <source>Add notes from CSV</source>
        <translation>Добавить примечания из CSV</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Taken from a column</source>
        <translation>Берётся из столбца</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Queue notes</source>
        <translation>Поставить в очередь</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The first rows of the file:</source>
        <translation>Первые строки файла:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note type:</source>
        <translation>Тип примечания:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Файлы CSV (*.csv *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 cannot be read as CSV: %2</source>
        <translation>%1 не читается как CSV: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>— not in the file —</source>
        <translation>— нет в файле —</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 column:</source>
        <translation>Столбец «%1»:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type column:</source>
        <translation>Столбец типа:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Params are read from columns named like them (text, phone, duration…).</source>
        <translation>Параметры берутся из одноимённых столбцов (text, phone, duration…).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>“%1” is not a number</source>
        <translation>«%1» — не число</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Line %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n note(s) ready to queue</source>
        <translation>
            <numerusform>%n примечание готово к отправке</numerusform>
            <numerusform>%n примечания готовы к отправке</numerusform>
            <numerusform>%n примечаний готовы к отправке</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n line(s) with problems, left out:</source>
        <translation>
            <numerusform>%n строка с ошибками пропущена:</numerusform>
            <numerusform>%n строки с ошибками пропущены:</numerusform>
            <numerusform>%n строк с ошибками пропущены:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Queue %n note(s)</source>
        <translation>
            <numerusform>Отправить %n примечание</numerusform>
            <numerusform>Отправить %n примечания</numerusform>
            <numerusform>Отправить %n примечаний</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amodesk::DemoSession</name>
    <message>
        <location filename="../src/app/DemoSession.cpp" line="+24"/>
        <source>The demo server (amodesk-sandbox) is not installed next to AmoDesk.</source>
        <translation>Демо-сервер (amodesk-sandbox) не установлен рядом с AmoDesk.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starting the demo account…</source>
        <translation>Запуск демо-аккаунта…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The demo server did not start: %1</source>
        <translation>Демо-сервер не запустился: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The demo account did not answer: %1</source>
        <translation>Демо-аккаунт не ответил: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Signed in to %1 (demo, tokens kept for this session only)</source>
        <translation>Вход выполнен: %1 (демо, токены хранятся только до конца сеанса)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Demo account unavailable</source>
        <translation>Демо-аккаунт недоступен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo account</source>
        <translation>Демо-аккаунт</translation>
    </message>
</context>
<context>
    <name>amodesk::EntityFilterField</name>
    <message>
        <location filename="../src/app/EntityFilterField.cpp" line="+20"/>
        <source>All entities; type an ID or a name</source>
        <translation>Все сущности; ID или имя</translation>
    </message>
</context>
<context>
    <name>amodesk::EntityHistoryDialog</name>
    <message>
        <location filename="../src/app/EntityHistoryDialog.cpp" line="+24"/>
        <location line="+29"/>
        <source>History of %1</source>
        <translation>История: %1</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Reading the events and notes…</source>
        <translation>Чтение событий и примечаний…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading the events and notes… %1 so far</source>
        <translation>Чтение событий и примечаний… пока %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The account has no %1 with the ID %2.</source>
        <translation>В аккаунте нет объекта «%1» с ID %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The history could not be read: %1</source>
        <translation>Не удалось прочитать историю: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 #%2 (deleted)</source>
        <translation>%1 #%2 (удалено)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 and %2, newest first.</source>
        <translation>%1 и %2, сначала новые.</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n событие</numerusform>
            <numerusform>%n события</numerusform>
            <numerusform>%n событий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n примечание</numerusform>
            <numerusform>%n примечания</numerusform>
            <numerusform>%n примечаний</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amodesk::EventFilterDialog</name>
    <message>
        <location filename="../src/app/EventFilterDialog.cpp" line="+113"/>
        <source>Save filter</source>
        <translation>Сохранение фильтра</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the filter:</source>
        <translation>Название фильтра:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location line="+179"/>
        <source>filter[%1][custom_field_values]: choose at least one value of the field</source>
        <translation>filter[%1][custom_field_values]: выберите хотя бы одно значение поля</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>filter[entity]: list IDs must be numbers</source>
        <translation>filter[entity]: ID списков должны быть числами</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>filter[entity_id]: entity IDs must be numbers</source>
        <translation>filter[entity_id]: ID сущностей должны быть числами</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>(choose a saved filter)</source>
        <translation>(выберите сохранённый фильтр)</translation>
    </message>
</context>
<context>
    <name>amodesk::EventsChart</name>
    <message numerus="yes">
        <location filename="../src/app/EventsChart.cpp" line="+37"/>
        <source>Events a day, last %n day(s) of the cache</source>
        <translation>
            <numerusform>События по дням, последний %n день кэша</numerusform>
            <numerusform>События по дням, последние %n дня кэша</numerusform>
            <numerusform>События по дням, последние %n дней кэша</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Other types</source>
        <translation>Другие типы</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Click a bar to show the events of that day and type</source>
        <translation>Нажмите на столбец, чтобы показать события этого дня и типа</translation>
    </message>
</context>
<context>
    <name>amodesk::EventsPane</name>
    <message>
        <location filename="../src/app/EventsPane.cpp" line="+65"/>
        <source>&amp;Filter…</source>
        <translation>&amp;Фильтр…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose which events to show (Ctrl+Shift+F)</source>
        <translation>Выбрать, какие события показывать (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reload</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read the events again (F5)</source>
        <translation>Прочитать события заново (F5)</translation>
    </message>
    <message>
        <location line="+164"/>
        <source>Search the loaded events (Ctrl+F)</source>
        <translation>Поиск по загруженным событиям (Ctrl+F)</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>Search the events</source>
        <translation>Искать в событиях</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Search</source>
        <translation>&amp;Поиск</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Check for new events every few seconds and mark them in bold</source>
        <translation>Проверять новые события каждые несколько секунд и выделять их жирным</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Follo&amp;w</source>
        <translation>С&amp;ледить</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Sync period…</source>
        <translation>&amp;Синхронизировать период…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy every event of a period into the local cache, to search it and read it offline</source>
        <translation>Скопировать все события периода в локальный кэш, чтобы искать по ним и читать их без сети</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Chart</source>
        <translation>&amp;График</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Events a day by type, from the local cache</source>
        <translation>События по дням и типам из локального кэша</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the events shown to a CSV or JSON file</source>
        <translation>Сохранить показанные события в файл CSV или JSON</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Search the cached events (Ctrl+F)</source>
        <translation>Поиск по событиям в кэше (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Select at most %1 events here; Revert everything the filter finds… (Ctrl+Alt+Shift+R) takes a filter of any size.</source>
        <translation>Здесь можно выбрать не больше %1 событий; «Откатить всё, что находит фильтр…» (Ctrl+Alt+Shift+R) берёт фильтр любого размера.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select the events first (Ctrl+A selects every event shown).</source>
        <translation>Сначала выберите события (Ctrl+A выбирает все показанные).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Sync period</source>
        <translation>Синхронизация периода</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The local cache could not be opened, so events cannot be synced.</source>
        <translation>Не удалось открыть локальный кэш, поэтому события нельзя синхронизировать.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>None of these events contains “%1”. Clear the search to see them all.</source>
        <translation>Ни одно из этих событий не содержит «%1». Очистите поиск, чтобы увидеть все.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No events match this filter. Widen the period or remove a condition under Filter… (Ctrl+Shift+F).</source>
        <translation>Нет событий по этому фильтру. Расширьте период или уберите условие в «Фильтре…» (Ctrl+Shift+F).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account has no events in this period.</source>
        <translation>В аккаунте нет событий за этот период.</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n event(s) in the local cache</source>
        <translation>
            <numerusform>%n событие в локальном кэше</numerusform>
            <numerusform>%n события в локальном кэше</numerusform>
            <numerusform>%n событий в локальном кэше</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n cached event(s) match</source>
        <translation>
            <numerusform>Найдено %n событие в кэше</numerusform>
            <numerusform>Найдено %n события в кэше</numerusform>
            <numerusform>Найдено %n событий в кэше</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline: the account cannot be reached. Showing the cached events, read-only.</source>
        <translation>Нет связи: аккаунт недоступен. Показаны события из кэша, только для чтения.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>Could not read the events: %1</source>
        <translation>Не удалось прочитать события: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Loading… %n event(s) so far</source>
        <translation>
            <numerusform>Загрузка… пока %n событие</numerusform>
            <numerusform>Загрузка… пока %n события</numerusform>
            <numerusform>Загрузка… пока %n событий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n event(s) loaded</source>
        <translation>
            <numerusform>Загружено %n событие</numerusform>
            <numerusform>Загружено %n события</numerusform>
            <numerusform>Загружено %n событий</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>; scroll down for more</source>
        <translation>; прокрутите вниз, чтобы загрузить ещё</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>(%n new)</source>
        <translation>
            <numerusform>(%n новое)</numerusform>
            <numerusform>(%n новых)</numerusform>
            <numerusform>(%n новых)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amodesk::FilterChipBar</name>
    <message>
        <location filename="../src/app/FilterChipBar.cpp" line="+24"/>
        <source>Remove this condition</source>
        <translation>Убрать это условие</translation>
    </message>
</context>
<context>
    <name>amodesk::FindEntityDialog</name>
    <message>
        <location filename="../src/app/FindEntityDialog.cpp" line="+22"/>
        <source>Show &amp;history</source>
        <translation>Показать &amp;историю</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Type the ID of the entity, or a part of its name and choose one of the names offered.</source>
        <translation>Введите ID сущности или часть её названия и выберите одно из предложенных.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>«%1» is not an ID: choose one of the names offered as you type, or type the ID.</source>
        <translation>«%1» — не ID: выберите одно из названий, предложенных при вводе, или введите ID.</translation>
    </message>
</context>
<context>
    <name>amodesk::FollowNotifier</name>
    <message numerus="yes">
        <location filename="../src/app/FollowNotifier.cpp" line="+33"/>
        <source>%n new event(s) in AmoDesk</source>
        <translation>
            <numerusform>%n новое событие в AmoDesk</numerusform>
            <numerusform>%n новых события в AmoDesk</numerusform>
            <numerusform>%n новых событий в AmoDesk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1, and %n more</source>
        <translation>
            <numerusform>%1 и ещё %n</numerusform>
            <numerusform>%1 и ещё %n</numerusform>
            <numerusform>%1 и ещё %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amodesk::JournalDialog</name>
    <message>
        <location filename="../src/app/JournalDialog.cpp" line="+39"/>
        <source>Send &amp;again</source>
        <translation>Отправить &amp;снова</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the refused and unconfirmed changes again from their entities and send those still to be made</source>
        <translation>Заново прочитать отклонённые и неподтверждённые изменения из их сущностей и отправить те, что ещё нужны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Give up refused</source>
        <translation>&amp;Отказаться от отклонённых</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark the refused changes as skipped, keeping amoCRM&apos;s reason</source>
        <translation>Отметить отклонённые изменения как пропущенные, сохранив причину от amoCRM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo run…</source>
        <translation>&amp;Отменить запуск…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan putting back what the run applied</source>
        <translation>Спланировать возврат того, что применил запуск</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save as CSV…</source>
        <translation>&amp;Сохранить в CSV…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Nothing has been reverted or changed in bulk in this account yet.</source>
        <translation>В этом аккаунте ещё ничего не откатывали и не меняли массово.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The refused changes are skipped now.</source>
        <translation>Отклонённые изменения теперь пропущены.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Undoing the run of %1: %n change(s).</source>
        <translation>
            <numerusform>Отмена запуска от %1: %n изменение.</numerusform>
            <numerusform>Отмена запуска от %1: %n изменения.</numerusform>
            <numerusform>Отмена запуска от %1: %n изменений.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+5"/>
        <source>Save the run</source>
        <translation>Сохранить запуск</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sending: %1 of %2 changes answered</source>
        <translation>Отправка: получен ответ на %1 из %2 изменений</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the changes again from their entities…</source>
        <translation>Изменения заново читаются из их сущностей…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The entities could not be read, so nothing was sent: %1</source>
        <translation>Не удалось прочитать сущности, поэтому ничего не отправлено: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent again: %1 applied, %2 refused by amoCRM, %3 not confirmed.</source>
        <translation>Отправлено снова: применено %1, отклонено amoCRM %2, не подтверждено %3.</translation>
    </message>
</context>
<context>
    <name>amodesk::JournalRunsModel</name>
    <message>
        <location filename="../src/models/JournalRunsModel.cpp" line="+50"/>
        <source>Undo of run %1</source>
        <translation>Отмена запуска %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo of the run of %1</source>
        <translation>Отмена запуска от %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bulk change</source>
        <translation>Массовое изменение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revert</source>
        <translation>Откат</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Run %1 (amodesk-cli journal show %1)</source>
        <translation>Запуск %1 (amodesk-cli journal show %1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Started</source>
        <translation>Начат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes</source>
        <translation>Изменений</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not confirmed</source>
        <translation>Не подтверждено</translation>
    </message>
</context>
<context>
    <name>amodesk::MainWindow</name>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="+70"/>
        <source>Account</source>
        <translation>Аккаунт</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account:</source>
        <translation>Аккаунт:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No account yet</source>
        <translation>Аккаунтов пока нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The amoCRM or Kommo account AmoDesk works with</source>
        <translation>Аккаунт amoCRM или Kommo, с которым работает AmoDesk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not signed in</source>
        <translation>Вход не выполнен</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Events</source>
        <translation>&amp;События</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes</source>
        <translation>&amp;Примечания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Widgets</source>
        <translation>&amp;Виджеты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website &amp;button</source>
        <translation>&amp;Кнопка на сайте</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>As the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>AmoDesk will speak %1 after a restart</source>
        <translation>После перезапуска AmoDesk будет на языке: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Even&amp;ts</source>
        <translation>Со&amp;бытия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes</source>
        <translation>П&amp;римечания</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No system keychain</source>
        <translation>Нет системной связки ключей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the tokens of this account for this session only?</source>
        <translation>Хранить токены этого аккаунта только до конца сеанса?</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Notes in its outbox that amoCRM has not confirmed: %n. They will be thrown away.</source>
        <translation>
            <numerusform>Примечаний в его очереди, не подтверждённых amoCRM: %n. Они будут удалены.</numerusform>
            <numerusform>Примечаний в его очереди, не подтверждённых amoCRM: %n. Они будут удалены.</numerusform>
            <numerusform>Примечаний в его очереди, не подтверждённых amoCRM: %n. Они будут удалены.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove account</source>
        <translation>Удаление аккаунта</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Remove %1 from AmoDesk? Its tokens are deleted from the keychain; the account itself is not touched.</source>
        <translation>Удалить %1 из AmoDesk? Его токены будут удалены из связки ключей; сам аккаунт не изменится.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Removed %1</source>
        <translation>Удалён %1</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Opening %1…</source>
        <translation>Открывается %1…</translation>
    </message>
    <message>
        <location line="-85"/>
        <location line="+89"/>
        <source>Could not open %1: %2</source>
        <translation>Не удалось открыть %1: %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Signed in to %1 (tokens kept for this session only)</source>
        <translation>Вход выполнен: %1 (токены хранятся только до конца сеанса)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signed in to %1</source>
        <translation>Вход выполнен: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>About AmoDesk</source>
        <translation>О программе AmoDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;AmoDesk %1&lt;/h3&gt;&lt;p&gt;A desktop client for amoCRM and Kommo account administrators: the event log, notes, widgets and the website chat button.&lt;/p&gt;&lt;p&gt;OAuth tokens are kept only in the system keychain.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;AmoDesk %1&lt;/h3&gt;&lt;p&gt;Настольный клиент для администраторов аккаунтов amoCRM и Kommo: журнал событий, примечания, виджеты и кнопка чата на сайте.&lt;/p&gt;&lt;p&gt;Токены OAuth хранятся только в системной связке ключей.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>amodesk::MetaFieldsTable</name>
    <message>
        <location filename="../src/app/MetaFieldsTable.cpp" line="+17"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Option</source>
        <translation>Вариант</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address part</source>
        <translation>Часть адреса</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>— choose —</source>
        <translation>— выберите —</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+5"/>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>amodesk::NoteConflictDialog</name>
    <message>
        <location filename="../src/app/NoteConflictDialog.cpp" line="+35"/>
        <source>Note %1 changed on the server</source>
        <translation>Примечание %1 изменено на сервере</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone changed this note after AmoDesk loaded it. Which version should stay?</source>
        <translation>Кто-то изменил это примечание после того, как AmoDesk его загрузил. Какую версию оставить?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When loaded</source>
        <translation>При загрузке</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On the server now</source>
        <translation>Сейчас на сервере</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your change</source>
        <translation>Ваше изменение</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Write my change</source>
        <translation>Записать моё изменение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the server&apos;s version</source>
        <translation>Оставить версию сервера</translation>
    </message>
</context>
<context>
    <name>amodesk::NoteEditorDialog</name>
    <message>
        <location filename="../src/app/NoteEditorDialog.cpp" line="+46"/>
        <source>Trigger the Digital Pipeline</source>
        <translation>Запустить Digital Pipeline</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a note</source>
        <translation>Добавить примечание</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IDs or names, comma-separated; one note each</source>
        <translation>ID или названия через запятую; по примечанию на каждую</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The account&apos;s user (default)</source>
        <translation>Пользователь аккаунта (по умолчанию)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same as the author (default)</source>
        <translation>Тот же, что автор (по умолчанию)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Type:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Author:</source>
        <translation>Автор:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible:</source>
        <translation>Ответственный:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Queue for sending</source>
        <translation>Поставить в очередь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard draft</source>
        <translation>Удалить черновик</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Edit note %1</source>
        <translation>Изменить примечание %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Edit %n note(s) together</source>
        <translation>
            <numerusform>Изменить %n примечание</numerusform>
            <numerusform>Изменить %n примечания вместе</numerusform>
            <numerusform>Изменить %n примечаний вместе</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Only the fields you change are written to all %n notes.</source>
        <translation>
            <numerusform>Во все примечания (%n) записываются только изменённые поля.</numerusform>
            <numerusform>Во все примечания (%n) записываются только изменённые поля.</numerusform>
            <numerusform>Во все примечания (%n) записываются только изменённые поля.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Your unsent draft is back, as you left it.</source>
        <translation>Ваш неотправленный черновик восстановлен в том виде, в каком вы его оставили.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Close the note</source>
        <translation>Закрыть примечание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep what you wrote as a draft? It comes back the next time you open this note.</source>
        <translation>Сохранить написанное как черновик? Он вернётся, когда вы снова откроете это примечание.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the draft</source>
        <translation>Сохранить черновик</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue editing</source>
        <translation>Продолжить редактирование</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1%2: %3</source>
        <translation>%1%2: %3</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>name at least one</source>
        <translation>укажите хотя бы один</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>must be numbers separated by commas</source>
        <translation>должны быть числами через запятую</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Note %1, </source>
        <translation>Примечание %1, </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nothing was changed</source>
        <translation>ничего не изменено</translation>
    </message>
</context>
<context>
    <name>amodesk::NoteFilterDialog</name>
    <message>
        <location filename="../src/app/NoteFilterDialog.cpp" line="+82"/>
        <source>Note IDs</source>
        <translation>ID примечаний</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>must be numbers separated by commas</source>
        <translation>должны быть числами через запятую</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entity IDs</source>
        <translation>ID сущностей</translation>
    </message>
</context>
<context>
    <name>amodesk::NoteTableModel</name>
    <message>
        <location filename="../src/models/NoteTableModel.cpp" line="+87"/>
        <source>robot</source>
        <translation>робот</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>user #%1</source>
        <translation>пользователь №%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 #%2</source>
        <translation>%1 №%2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 «%2»</source>
        <translation>%1 «%2»</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>AmoDesk shows this type but cannot write it</source>
        <translation>AmoDesk показывает этот тип, но не может его записывать</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>#%1</source>
        <translation>№%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entity</source>
        <translation>Сущность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Кратко</translation>
    </message>
</context>
<context>
    <name>amodesk::NotesPane</name>
    <message>
        <location filename="../src/app/NotesPane.cpp" line="+61"/>
        <source>Filter notes (Ctrl+Shift+F)</source>
        <translation>Фильтр примечаний (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Filter…</source>
        <translation>&amp;Фильтр…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reload</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read the notes again (F5)</source>
        <translation>Прочитать примечания заново (F5)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add note…</source>
        <translation>Добавить примечание…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a note to one or several entities (Ctrl+Shift+N)</source>
        <translation>Добавить примечание к одной или нескольким сущностям (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add from CSV…</source>
        <translation>Добавить из CSV…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add notes from a CSV file, one row a note</source>
        <translation>Добавить примечания из CSV-файла, по одному на строку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the selected notes (Ctrl+E); several are edited together</source>
        <translation>Изменить выбранные примечания (Ctrl+E); несколько меняются вместе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entity &amp;history…</source>
        <translation>&amp;История сущности…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every event and note of the selected note&apos;s entity (Ctrl+Shift+H)</source>
        <translation>Все события и примечания сущности выбранного примечания (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Notes can be ordered by time only: the API sorts them by when they were created or changed. Click the time column, or choose the order in Filter.</source>
        <translation>Примечания можно упорядочить только по времени: API сортирует их по времени создания или изменения. Нажмите на столбец времени или выберите порядок в «Фильтре».</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The outbox cannot be opened, so notes cannot be written: %1</source>
        <translation>Очередь отправки не открывается, поэтому примечания нельзя записывать: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sending stopped: %1</source>
        <translation>Отправка остановлена: %1</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>No notes match this filter. Pick another entity, or remove a condition under Filter…</source>
        <translation>Нет примечаний по этому фильтру. Выберите другую сущность или уберите условие в «Фильтре…»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There are no notes of these entities yet.</source>
        <translation>У этих сущностей пока нет примечаний.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No account is open</source>
        <translation>Аккаунт не открыт</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Loading… %n note(s) so far</source>
        <translation>
            <numerusform>Загрузка… пока %n примечание</numerusform>
            <numerusform>Загрузка… пока %n примечания</numerusform>
            <numerusform>Загрузка… пока %n примечаний</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No notes match</source>
        <translation>Подходящих примечаний нет</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n note(s) shown; scroll for more</source>
        <translation>
            <numerusform>Показано %n примечание; прокрутите, чтобы загрузить ещё</numerusform>
            <numerusform>Показано %n примечания; прокрутите, чтобы загрузить ещё</numerusform>
            <numerusform>Показано %n примечаний; прокрутите, чтобы загрузить ещё</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n примечание</numerusform>
            <numerusform>%n примечания</numerusform>
            <numerusform>%n примечаний</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Select a note to see every field, its params and the raw JSON. Double-click to edit it.</source>
        <translation>Выберите примечание, чтобы увидеть все его поля, параметры и исходный JSON. Двойной щелчок — изменить.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Select notes of a type AmoDesk can write to edit them</source>
        <translation>Чтобы изменить примечания, выберите примечания тех типов, которые AmoDesk умеет записывать</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checking whether the notes changed on the server…</source>
        <translation>Проверка, не изменились ли примечания на сервере…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The edit was not queued: the notes could not be checked (%1)</source>
        <translation>Изменение не поставлено в очередь: не удалось проверить примечания (%1)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The note outbox of this account is not open, so no note can be stored.</source>
        <translation>Исходящие примечания этого аккаунта не открыты, поэтому примечание не сохранить.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A note could not be stored in the outbox: %1</source>
        <translation>Не удалось сохранить примечание в очереди отправки: %1</translation>
    </message>
</context>
<context>
    <name>amodesk::OutboxModel</name>
    <message>
        <location filename="../src/models/OutboxModel.cpp" line="+50"/>
        <source>Waiting</source>
        <translation>Ожидает</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent, checking</source>
        <translation>Отправлено, проверяется</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed</source>
        <translation>Подтверждено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Add: %1</source>
        <translation>Добавить: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit note %1</source>
        <translation>Изменить примечание %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 #%2</source>
        <translation>%1 №%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 «%2»</source>
        <translation>%1 «%2»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>note %1</source>
        <translation>примечание %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n попытка</numerusform>
            <numerusform>%n попытки</numerusform>
            <numerusform>%n попыток</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entity</source>
        <translation>Сущность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
</context>
<context>
    <name>amodesk::OutboxPanel</name>
    <message>
        <location filename="../src/app/OutboxPanel.cpp" line="+18"/>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discard…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Send the selected failed notes again</source>
        <translation>Отправить выбранные примечания с ошибкой ещё раз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Throw away the selected notes that are waiting or failed</source>
        <translation>Удалить выбранные ожидающие примечания и примечания с ошибкой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send now</source>
        <translation>Отправить сейчас</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear confirmed</source>
        <translation>Убрать подтверждённые</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Outbox: all sent</source>
        <translation>Очередь: всё отправлено</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Outbox: %n waiting</source>
        <translation>
            <numerusform>Очередь: %n ожидает</numerusform>
            <numerusform>Очередь: %n ожидают</numerusform>
            <numerusform>Очередь: %n ожидают</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Outbox: %n failed</source>
        <translation>
            <numerusform>Очередь: %n с ошибкой</numerusform>
            <numerusform>Очередь: %n с ошибкой</numerusform>
            <numerusform>Очередь: %n с ошибкой</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbox: %1 waiting, %2 failed</source>
        <translation>Очередь: ожидают %1, с ошибкой %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Discard notes</source>
        <translation>Удаление примечаний</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Throw away %n note(s) that the server has not confirmed? They will not be sent.</source>
        <translation>
            <numerusform>Удалить %n примечание, не подтверждённое сервером? Оно не будет отправлено.</numerusform>
            <numerusform>Удалить %n примечания, не подтверждённые сервером? Они не будут отправлены.</numerusform>
            <numerusform>Удалить %n примечаний, не подтверждённых сервером? Они не будут отправлены.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amodesk::OutboxSender</name>
    <message numerus="yes">
        <location filename="../src/core/outbox/OutboxSender.cpp" line="+105"/>
        <source>Gave up after %n attempt(s): %1</source>
        <translation>
            <numerusform>Отправка прекращена после %n попытки: %1</numerusform>
            <numerusform>Отправка прекращена после %n попыток: %1</numerusform>
            <numerusform>Отправка прекращена после %n попыток: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amodesk::Pager</name>
    <message>
        <location filename="../src/core/api/Pager.cpp" line="+81"/>
        <source>page %1 repeats the items of an earlier page</source>
        <translation>страница %1 повторяет элементы одной из предыдущих страниц</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the list did not end after %1 pages</source>
        <translation>список не закончился после %1 страниц</translation>
    </message>
</context>
<context>
    <name>amodesk::PreferencesDialog</name>
    <message>
        <location filename="../src/app/PreferencesDialog.cpp" line="+23"/>
        <location line="+8"/>
        <source>As the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ISO 8601</source>
        <translation>ISO 8601</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> requests a second</source>
        <translation> запросов в секунду</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No account is open</source>
        <translation>Аккаунт не открыт</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear the event cache</source>
        <translation>Очистить кэш событий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the events kept on this computer? They are read from the account again as you scroll; the account itself is not touched.</source>
        <translation>Удалить события, сохранённые на этом компьютере? Они снова загрузятся из аккаунта при прокрутке; сам аккаунт не затрагивается.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>empty</source>
        <translation>пуст</translation>
    </message>
</context>
<context>
    <name>amodesk::PutRightActions</name>
    <message>
        <location filename="../src/app/PutRightActions.cpp" line="+25"/>
        <source>&amp;Revert…</source>
        <translation>&amp;Откатить…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plan putting back what the selected events changed (Ctrl+Shift+R)</source>
        <translation>Составить план возврата того, что изменили выбранные события (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revert everything the &amp;filter finds…</source>
        <translation>Откатить всё, что находит &amp;фильтр…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan putting back what every event of the filter changed, however many pages it has (Ctrl+Alt+Shift+R)</source>
        <translation>Спланировать возврат того, что изменили все события фильтра, сколько бы страниц их ни было (Ctrl+Alt+Shift+R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entity &amp;history…</source>
        <translation>&amp;История сущности…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every event and note of the selected event&apos;s lead, contact, company or customer (Ctrl+Shift+H)</source>
        <translation>Все события и примечания сделки, контакта, компании или покупателя выбранного события (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History of an entity by &amp;ID or name…</source>
        <translation>История сущности по &amp;ID или названию…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every event and note of a lead, contact, company or customer found by its ID or name (Ctrl+Shift+I)</source>
        <translation>Все события и примечания сделки, контакта, компании или покупателя, найденных по ID или названию (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Bulk change…</source>
        <translation>&amp;Массовое изменение…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected events&apos; leads to a stage, set their responsible user or a field, add or remove a tag, add a note (Ctrl+Shift+B)</source>
        <translation>Перенести сделки выбранных событий на этап, назначить ответственного или заполнить поле, добавить или убрать тег, добавить примечание (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revert &amp;journal…</source>
        <translation>&amp;Журнал откатов…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every revert and bulk change applied to this account: send again, give up, undo (Ctrl+Shift+J)</source>
        <translation>Все откаты и массовые изменения этого аккаунта: отправить снова, отказаться, отменить (Ctrl+Shift+J)</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>Finishing %n revert or bulk change run(s) cut off last time…</source>
        <translation>
            <numerusform>Завершается %n прерванный в прошлый раз запуск отката или массового изменения…</numerusform>
            <numerusform>Завершаются %n прерванных в прошлый раз запуска отката или массового изменения…</numerusform>
            <numerusform>Завершаются %n прерванных в прошлый раз запусков отката или массового изменения…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Runs cut off last time are not finished: %1. Events &gt; Revert journal sends them again.</source>
        <translation>Прерванные в прошлый раз запуски не завершены: %1. «События › Журнал откатов» отправит их снова.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Finished %n run(s) cut off last time: %1 applied, %2 refused, %3 not confirmed. Events &gt; Revert journal shows them.</source>
        <translation>
            <numerusform>Завершён %n прерванный в прошлый раз запуск: применено %1, отклонено %2, не подтверждено %3. Он в «События › Журнал откатов».</numerusform>
            <numerusform>Завершены %n прерванных в прошлый раз запуска: применено %1, отклонено %2, не подтверждено %3. Они в «События › Журнал откатов».</numerusform>
            <numerusform>Завершены %n прерванных в прошлый раз запусков: применено %1, отклонено %2, не подтверждено %3. Они в «События › Журнал откатов».</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Set a filter first (Ctrl+Shift+F): everything it finds is planned, however many pages.</source>
        <translation>Сначала задайте фильтр (Ctrl+Shift+F): будет спланировано всё, что он находит, сколько бы страниц ни было.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Only leads, contacts, companies and customers can be changed in bulk.</source>
        <translation>Массово можно менять только сделки, контакты, компании и покупателей.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Notes cannot be added from here.</source>
        <translation>Отсюда нельзя добавить примечания.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n note(s) are in the outbox; the Notes pane shows them as they are sent.</source>
        <translation>
            <numerusform>%n примечание в исходящих; панель «Примечания» покажет, как оно отправится.</numerusform>
            <numerusform>%n примечания в исходящих; панель «Примечания» покажет, как они отправятся.</numerusform>
            <numerusform>%n примечаний в исходящих; панель «Примечания» покажет, как они отправятся.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a note</source>
        <translation>Добавить примечание</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 Nothing was sent. The text of the note, to add it again:

%2</source>
        <translation>%1 Ничего не отправлено. Текст примечания, чтобы добавить его снова:

%2</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Planning the change of %n record(s).</source>
        <translation>
            <numerusform>Планируется изменение %n записи.</numerusform>
            <numerusform>Планируется изменение %n записей.</numerusform>
            <numerusform>Планируется изменение %n записей.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select an event of the entity first, or use History of an entity by ID or name… (Ctrl+Shift+I).</source>
        <translation>Сначала выберите событие сущности или используйте «История сущности по ID или названию…» (Ctrl+Shift+I).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only leads, contacts, companies and customers have a history here.</source>
        <translation>История здесь есть только у сделок, контактов, компаний и покупателей.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Open an account first.</source>
        <translation>Сначала откройте аккаунт.</translation>
    </message>
</context>
<context>
    <name>amodesk::ReadyShot</name>
    <message>
        <location filename="../src/app/ReadyShot.cpp" line="+32"/>
        <source>cannot write %1</source>
        <translation>не удалось записать %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no events were shown within a minute</source>
        <translation>за минуту не показано ни одного события</translation>
    </message>
</context>
<context>
    <name>amodesk::RevertDialog</name>
    <message>
        <location filename="../src/app/RevertDialog.cpp" line="+70"/>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save report…</source>
        <translation>&amp;Сохранить отчёт…</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+71"/>
        <source>Reading the entities as they are now: %1 of %2</source>
        <translation>Чтение текущего состояния сущностей: %1 из %2</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>The entities could not be read, so nothing can be planned: %1</source>
        <translation>Не удалось прочитать сущности, поэтому план не составлен: %1</translation>
    </message>
    <message numerus="yes">
        <location line="-38"/>
        <location line="+88"/>
        <source>Reverting %n event(s).</source>
        <translation>
            <numerusform>Откат %n события.</numerusform>
            <numerusform>Откат %n событий.</numerusform>
            <numerusform>Откат %n событий.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Reading every event the filter finds…</source>
        <translation>Читаются все события, которые находит фильтр…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the events the filter finds: %1 so far</source>
        <translation>Чтение событий фильтра: пока %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The filter finds more than %1 events; narrow it, or revert them with amodesk-cli events revert.</source>
        <translation>Фильтр находит больше %1 событий; сузьте его или откатите их через amodesk-cli events revert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The events could not be read, so nothing can be planned: %1</source>
        <translation>Не удалось прочитать события, поэтому ничего не спланировать: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The filter finds no event.</source>
        <translation>Фильтр не находит ни одного события.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>For every entity and field, the value to set. Ready: %1 · already so: %2 · cannot be set: %3. Nothing is sent until you apply.</source>
        <translation>Для каждой сущности и поля — значение, которое будет задано. Готово: %1 · уже так: %2 · нельзя задать: %3. Ничего не отправляется, пока вы не примените.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For every entity and field, the value the run put back replaced.</source>
        <translation>Для каждой сущности и поля — значение, которое заменил отменяемый запуск.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For every entity and field, the value the events replaced.</source>
        <translation>Для каждой сущности и поля — значение, которое заменили события.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready: %1 · changed by someone since: %2 · already so: %3 · cannot be reverted: %4. Nothing is sent until you apply.</source>
        <translation>Готово: %1 · с тех пор изменено кем-то: %2 · уже так: %3 · нельзя откатить: %4. Ничего не отправляется, пока вы не примените.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>&amp;Apply %n change(s)</source>
        <translation>
            <numerusform>&amp;Применить %n изменение</numerusform>
            <numerusform>&amp;Применить %n изменения</numerusform>
            <numerusform>&amp;Применить %n изменений</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>, about %1 s left</source>
        <translation>, осталось около %1 с</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending: %1 of %2 changes answered%3</source>
        <translation>Отправка: получен ответ на %1 из %2 изменений%3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done: %1 applied, %2 refused by amoCRM, %3 not confirmed, %4 skipped. The run is kept in the account&apos;s journal: Events &gt; Revert journal… (Ctrl+Shift+J) sends what is left again and can undo the run.</source>
        <translation>Готово: применено %1, отклонено amoCRM %2, не подтверждено %3, пропущено %4. Запуск сохранён в журнале аккаунта: «События › Журнал откатов…» (Ctrl+Shift+J) отправит оставшееся снова и может отменить запуск.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Some answers did not come. What is left is sent the next time the account opens, or now with Send again in the revert journal; each change is read again first, so none is made twice.</source>
        <translation>Часть ответов не пришла. Оставшееся отправится при следующем открытии аккаунта или сейчас — кнопкой «Отправить снова» в журнале откатов; каждое изменение сначала читается заново, так что ни одно не применится дважды.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>amoCRM refused some changes; the Why column says why.</source>
        <translation>amoCRM отклонил часть изменений; причина — в столбце «Причина».</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every change sent was applied.</source>
        <translation>Все отправленные изменения применены.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+6"/>
        <source>Save the report</source>
        <translation>Сохранить отчёт</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>amodesk::RevertPlanModel</name>
    <message>
        <location filename="../src/models/RevertPlanModel.cpp" line="+65"/>
        <source>Ready</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed since</source>
        <translation>Изменено позже</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already so</source>
        <translation>Уже так</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot be reverted</source>
        <translation>Нельзя откатить</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not confirmed</source>
        <translation>Не подтверждено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skipped</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>changed by someone after these events</source>
        <translation>изменено кем-то после этих событий</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Entity</source>
        <translation>Сущность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put back</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set to</source>
        <translation>Задать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>До запуска</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>amodesk::RevertRunner</name>
    <message>
        <location filename="../src/app/JournalDialog.cpp" line="-66"/>
        <location line="+15"/>
        <location filename="../src/core/revert/RevertRunner.cpp" line="+95"/>
        <location filename="../src/core/revert/RunResumer.cpp" line="+58"/>
        <location filename="../src/cli/JournalRuns.cpp" line="+141"/>
        <source>the journal of run %1 cannot be written</source>
        <translation>журнал запуска %1 не удалось записать</translation>
    </message>
</context>
<context>
    <name>amodesk::ShortcutsDialog</name>
    <message>
        <location filename="../src/app/ShortcutsDialog.cpp" line="+53"/>
        <source>Keyboard Shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>Сочетание</translation>
    </message>
</context>
<context>
    <name>amodesk::SyncPeriodDialog</name>
    <message>
        <location filename="../src/app/SyncPeriodDialog.cpp" line="+37"/>
        <source>The period starts after it ends.</source>
        <translation>Начало периода позже его конца.</translation>
    </message>
</context>
<context>
    <name>amodesk::SyncProgress</name>
    <message>
        <location filename="../src/app/SyncProgress.cpp" line="+16"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sync stopped; it goes on from where it stopped the next time the account opens.</source>
        <translation>Синхронизация остановлена; она продолжится с того же места при следующем открытии аккаунта.</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Syncing: %n event(s), %1 a second, about %2 left</source>
        <translation>
            <numerusform>Синхронизация: %n событие, %1 в секунду, осталось около %2</numerusform>
            <numerusform>Синхронизация: %n события, %1 в секунду, осталось около %2</numerusform>
            <numerusform>Синхронизация: %n событий, %1 в секунду, осталось около %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>?</source>
        <translation>?</translation>
    </message>
</context>
<context>
    <name>amodesk::WebsiteButtonPane</name>
    <message>
        <location filename="../src/app/WebsiteButtonPane.cpp" line="+36"/>
        <source>Call this in the site&apos;s JavaScript after the button&apos;s code, once the visitor&apos;s data is known.</source>
        <translation>Вызовите это в JavaScript сайта после кода кнопки, когда данные посетителя известны.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This goes into the condition block of the chat bot&apos;s first step, not on the site.</source>
        <translation>Это вставляется в блок условия первого шага чат-бота, а не на сайт.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put this in the site&apos;s JavaScript after the button&apos;s code.</source>
        <translation>Вставьте это в JavaScript сайта после кода кнопки.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put this on the page before the button&apos;s own code, which you copy in amoCRM where the website button is set up. It works only with the button&apos;s current code.</source>
        <translation>Разместите это на странице до кода самой кнопки, который копируется в amoCRM там, где настраивается кнопка на сайт. Работает только с актуальным кодом кнопки.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Save preset</source>
        <translation>Сохранение набора</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the preset:</source>
        <translation>Название набора:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Pop-up next to the button (widget)</source>
        <translation>Всплывающим окном у кнопки (widget)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inside an element of the page (frame)</source>
        <translation>Внутри элемента страницы (frame)</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Hash a value</source>
        <translation>Хеширование значения</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value to hash with SHA-256:</source>
        <translation>Значение для хеширования SHA-256:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>As the site&apos;s visitors&apos; browser (not set)</source>
        <translation>Как в браузере посетителя (не задан)</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>The message field&apos;s minimum height; the chat allows at most %1 px</source>
        <translation>Минимальная высота поля сообщения; чат позволяет не более %1 пикс.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>— no note —</source>
        <translation>— без примечания —</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show the chat</source>
        <translation>Показать чат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the chat</source>
        <translation>Скрыть чат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the button (to start again with another user_id)</source>
        <translation>Удалить кнопку (чтобы начать заново с другим user_id)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the chat opens or closes</source>
        <translation>Когда чат открывается или закрывается</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the chat is ready</source>
        <translation>Когда чат готов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the button is clicked</source>
        <translation>Когда нажимают кнопку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the conversations change</source>
        <translation>Когда меняются беседы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send a key action hook</source>
        <translation>Отправить хук ключевого действия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bot condition on bot_params</source>
        <translation>Условие бота по bot_params</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>bot_params: not JSON (%1 at character %2)</source>
        <translation>bot_params: не JSON (%1 в символе %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bot_params: must be a JSON object</source>
        <translation>bot_params: должен быть объектом JSON</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Hook name</source>
        <translation>Название хука</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>is required: the name the key action waits for</source>
        <translation>обязательно: название, которого ждёт ключевое действие</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bot_params key</source>
        <translation>Ключ bot_params</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>is required</source>
        <translation>обязательно</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Fix what is named below to get the snippet.</source>
        <translation>Исправьте указанное ниже, чтобы получить фрагмент.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The preset could not be saved: %1</source>
        <translation>Не удалось сохранить набор: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The preset %1 cannot be read: %2</source>
        <translation>Не удалось прочитать набор %1: %2</translation>
    </message>
</context>
<context>
    <name>amodesk::WidgetSettingsDialog</name>
    <message>
        <location filename="../src/app/WidgetSettingsDialog.cpp" line="+32"/>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide what is typed</source>
        <translation>Показать или скрыть введённое</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Settings of %1</source>
        <translation>Настройки %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Install %1</source>
        <translation>Установка %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+2"/>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Extension</source>
        <translation>Добавочный</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>JSON, e.g. {&quot;key&quot;: &quot;value&quot;}</source>
        <translation>JSON, например {&quot;key&quot;: &quot;value&quot;}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Valid JSON</source>
        <translation>Корректный JSON</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not JSON: %1 at character %2</source>
        <translation>Не JSON: %1 в символе %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+16"/>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has no settings: installing it just turns it on.</source>
        <translation>У %1 нет настроек: установка просто включает его.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields marked * are required. Passwords are sent to amoCRM only and never stored by AmoDesk.</source>
        <translation>Поля со * обязательны. Пароли отправляются только в amoCRM, AmoDesk их не хранит.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save settings</source>
        <translation>Сохранить настройки</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Install</source>
        <translation>Установить</translation>
    </message>
    <message>
        <location line="+98"/>
        <location line="+8"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>user #%1</source>
        <translation>пользователь №%1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>is not valid JSON</source>
        <translation>не является корректным JSON</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Only the account&apos;s administrators may install widgets: %1</source>
        <translation>Устанавливать виджеты могут только администраторы аккаунта: %1</translation>
    </message>
</context>
<context>
    <name>amodesk::WidgetTableModel</name>
    <message>
        <location filename="../src/models/WidgetTableModel.cpp" line="+74"/>
        <location line="+29"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Integration %1</source>
        <translation>Интеграция %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Yes, into %1</source>
        <translation>Да, в воронку «%1»</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>pipeline #%1</source>
        <translation>воронка №%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Widget</source>
        <translation>Виджет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating</source>
        <translation>Рейтинг</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installed</source>
        <translation>Установлен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead source</source>
        <translation>Источник сделок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digital Pipeline</source>
        <translation>Digital Pipeline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Industry solution</source>
        <translation>Отраслевое решение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Integration (OAuth)</source>
        <translation>Интеграция (OAuth)</translation>
    </message>
</context>
<context>
    <name>amodesk::WidgetsPane</name>
    <message>
        <location filename="../src/app/WidgetsPane.cpp" line="+34"/>
        <source>Installed</source>
        <translation>Установлен</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lead sources</source>
        <translation>Источники сделок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digital Pipeline</source>
        <translation>Digital Pipeline</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search by name or code</source>
        <translation>Поиск по названию или коду</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Show secrets</source>
        <translation>Показать секреты</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the passwords in the current settings</source>
        <translation>Показать пароли в текущих настройках</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install or configure…</source>
        <translation>Установить или настроить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uninstall…</source>
        <translation>Отключить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue a bot…</source>
        <translation>Продолжить бота…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the continue call a widget makes when its bot step is done</source>
        <translation>Отправить вызов continue, который делает виджет, когда его шаг бота выполнен</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Select a widget to see its settings form and raw JSON.</source>
        <translation>Выберите виджет, чтобы увидеть его форму настроек и исходный JSON.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Installed in this account</source>
        <translation>Установлен в этом аккаунте</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not installed</source>
        <translation>Не установлен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings form</source>
        <translation>Форма настроек</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No settings</source>
        <translation>Нет настроек</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Current settings</source>
        <translation>Текущие настройки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>amoCRM shows the settings only to the integration the widget belongs to.</source>
        <translation>amoCRM показывает настройки только той интеграции, которой принадлежит виджет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Raw JSON</source>
        <translation>Исходный JSON</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n widget(s) shown</source>
        <translation>
            <numerusform>Показан %n виджет</numerusform>
            <numerusform>Показано %n виджета</numerusform>
            <numerusform>Показано %n виджетов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saved the settings of %1</source>
        <translation>Настройки %1 сохранены</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Installed %1</source>
        <translation>Установлен %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Uninstall widget</source>
        <translation>Отключение виджета</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uninstall %1 from this account? Its settings are deleted in amoCRM; installing it again needs them again.</source>
        <translation>Отключить %1 в этом аккаунте? Его настройки удалятся в amoCRM; при повторной установке их придётся ввести снова.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Uninstalled %1</source>
        <translation>Отключён %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was not uninstalled: only the account&apos;s administrators may uninstall widgets (HTTP 403)</source>
        <translation>%1 не отключён: отключать виджеты могут только администраторы аккаунта (HTTP 403)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was not uninstalled: amoCRM has no such widget (HTTP 404)</source>
        <translation>%1 не отключён: в amoCRM нет такого виджета (HTTP 404)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was not uninstalled: %2</source>
        <translation>%1 не отключён: %2</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../src/cli/AccountCommand.cpp" line="+50"/>
        <source>to use an account without storing it, pass --base-url URL --long-lived-token-stdin to each command</source>
        <translation>чтобы работать с аккаунтом, не сохраняя его, передавайте --base-url URL --long-lived-token-stdin каждой команде</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Open this address in a browser and allow access:</source>
        <translation>Откройте этот адрес в браузере и разрешите доступ:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no answer from the browser in 10 minutes</source>
        <translation>за 10 минут ответа из браузера не было</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>access was refused in the browser</source>
        <translation>в доступе отказано в браузере</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add an account: with a long-lived token, or through OAuth with a code or the browser.</source>
        <translation>Добавить аккаунт: по долгосрочному токену или через OAuth — кодом или в браузере.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A name for the account, used with --account.</source>
        <translation>Имя аккаунта для --account.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account&apos;s address: subdomain.amocrm.ru, subdomain.kommo.com or a URL.</source>
        <translation>Адрес аккаунта: subdomain.amocrm.ru, subdomain.kommo.com или URL.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../src/cli/CliContext.cpp" line="+70"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read a long-lived token from standard input.</source>
        <translation>Прочитать долгосрочный токен со стандартного ввода.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The integration&apos;s ID.</source>
        <translation>ID интеграции.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../src/cli/EventFilterOptions.cpp" line="+95"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the integration&apos;s secret key from standard input.</source>
        <translation>Прочитать секретный ключ интеграции со стандартного ввода.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The integration&apos;s redirect URI.</source>
        <translation>Redirect URI интеграции.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The authorization code from the integration&apos;s settings (valid 20 minutes).</source>
        <translation>Код авторизации из настроек интеграции (действует 20 минут).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CODE</source>
        <translation>КОД</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in through the browser; the redirect URI must be http://127.0.0.1:PORT/...</source>
        <translation>Войти через браузер; Redirect URI должен быть вида http://127.0.0.1:ПОРТ/...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>use either --long-lived-token-stdin or --client-id with --client-secret-stdin, --redirect-uri and --code or --browser</source>
        <translation>укажите либо --long-lived-token-stdin, либо --client-id с --client-secret-stdin, --redirect-uri и --code или --browser</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OAuth needs --client-id, --client-secret-stdin, --redirect-uri and one of --code or --browser</source>
        <translation>для OAuth нужны --client-id, --client-secret-stdin, --redirect-uri и одно из --code или --browser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--base-url is required</source>
        <translation>--base-url обязателен</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>an account named &quot;%1&quot; exists already; remove it first</source>
        <translation>аккаунт «%1» уже есть; сначала удалите его</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>nothing was read from standard input</source>
        <translation>со стандартного ввода ничего не прочитано</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Added &quot;%1&quot;: %2 (%3)</source>
        <translation>Добавлен «%1»: %2 (%3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../src/cli/CliContext.cpp" line="+9"/>
        <location filename="../src/cli/EntitiesCommand.cpp" line="+35"/>
        <location filename="../src/cli/EventsCommand.cpp" line="+97"/>
        <location filename="../src/cli/WidgetsCommand.cpp" line="+36"/>
        <source>table, json or csv.</source>
        <translation>table, json или csv.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../src/cli/CliContext.cpp" line="+0"/>
        <location line="+6"/>
        <location filename="../src/cli/EntitiesCommand.cpp" line="+0"/>
        <location filename="../src/cli/EventsCommand.cpp" line="+0"/>
        <location filename="../src/cli/JournalRuns.cpp" line="-110"/>
        <location filename="../src/cli/WidgetsCommand.cpp" line="+0"/>
        <source>FORMAT</source>
        <translation>ФОРМАТ</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../src/cli/EntitiesCommand.cpp" line="+5"/>
        <location line="+89"/>
        <location filename="../src/cli/EventsCommand.cpp" line="-50"/>
        <location line="+29"/>
        <location line="+29"/>
        <location filename="../src/cli/NotesCommand.cpp" line="+70"/>
        <location line="+26"/>
        <location filename="../src/cli/WidgetsCommand.cpp" line="+5"/>
        <location line="+20"/>
        <source>--format must be table, json or csv</source>
        <translation>--format должен быть table, json или csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/cli/EntitiesCommand.cpp" line="-42"/>
        <location filename="../src/cli/EventsCommand.cpp" line="+6"/>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>account</source>
        <translation>аккаунт</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>address</source>
        <translation>адрес</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sign-in</source>
        <translation>вход</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>last used</source>
        <translation>последнее использование</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The account to remove, with its secrets and everything AmoDesk keeps of it.</source>
        <translation>Удаляемый аккаунт — вместе с секретами и всем, что AmoDesk о нём хранит.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove it even when its outbox holds notes amoCRM has not confirmed; they are thrown away.</source>
        <translation>Удалить, даже если в очереди исходящих есть примечания, не подтверждённые amoCRM; они будут потеряны.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the outbox of &quot;%1&quot; cannot be read, so it is not known whether it holds unsent notes</source>
        <translation>очередь исходящих «%1» не читается, поэтому неизвестно, есть ли в ней неотправленные примечания</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>send them first (run the command that queued them again, or open the account in AmoDesk), or pass --force</source>
        <translation>сначала отправьте их (запустите ещё раз команду, которая их поставила в очередь, или откройте аккаунт в AmoDesk) или укажите --force</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Removed &quot;%1&quot; with its secrets and local data</source>
        <translation>«%1» удалён вместе с секретами и локальными данными</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>there is no account named &quot;%1&quot;</source>
        <translation>аккаунта «%1» нет</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>the outbox of &quot;%1&quot; holds %n note(s) amoCRM has not confirmed: removing the account throws its outbox away</source>
        <translation>
            <numerusform>в очереди исходящих «%1» %n примечание, не подтверждённое amoCRM: при удалении аккаунта очередь будет удалена</numerusform>
            <numerusform>в очереди исходящих «%1» %n примечания, не подтверждённых amoCRM: при удалении аккаунта очередь будет удалена</numerusform>
            <numerusform>в очереди исходящих «%1» %n примечаний, не подтверждённых amoCRM: при удалении аккаунта очередь будет удалена</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>account commands: add, list, remove</source>
        <translation>команды account: add, list, remove</translation>
    </message>
    <message>
        <location filename="../src/cli/CliContext.cpp" line="-16"/>
        <source>The account to use (default: $AMODESK_ACCOUNT, the only one, or the last used).</source>
        <translation>Аккаунт для работы (по умолчанию: $AMODESK_ACCOUNT, единственный или последний использованный).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NAME</source>
        <translation>ИМЯ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session only: the account&apos;s address, used with --long-lived-token-stdin; nothing is stored.</source>
        <translation>Только на сеанс: адрес аккаунта, вместе с --long-lived-token-stdin; ничего не сохраняется.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session only: read a long-lived token from standard input.</source>
        <translation>Только на сеанс: прочитать долгосрочный токен со стандартного ввода.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>json (the item as the API gives it), table or csv.</source>
        <translation>json (объект в том виде, в каком его отдаёт API), table или csv.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>missing %1 (see %2 --help)</source>
        <translation>не хватает %1 (см. %2 --help)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>arguments</source>
        <translation>аргументов</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>лишний аргумент «%1»</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--base-url and --long-lived-token-stdin go together</source>
        <translation>--base-url и --long-lived-token-stdin указываются вместе</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>there is no account named &quot;%1&quot;; see amodesk-cli account list</source>
        <translation>аккаунта «%1» нет; см. amodesk-cli account list</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no account yet: add one with amodesk-cli account add</source>
        <translation>аккаунтов пока нет: добавьте командой amodesk-cli account add</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>nothing was sent</source>
        <translation>ничего не отправлено</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot read standard input</source>
        <translation>не удалось прочитать стандартный ввод</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot read %1: %2</source>
        <translation>не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>standard input</source>
        <translation>стандартный ввод</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not valid JSON: %1 at character %2</source>
        <translation>неверный JSON: %1 в символе %2</translation>
    </message>
    <message>
        <location filename="../src/cli/EventFilterOptions.cpp" line="-40"/>
        <source>must be a JSON object such as {&quot;leads_statuses&quot;:[{&quot;pipeline_id&quot;:13513,&quot;status_id&quot;:142}]}</source>
        <translation>должно быть объектом JSON, например {&quot;leads_statuses&quot;:[{&quot;pipeline_id&quot;:13513,&quot;status_id&quot;:142}]}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>is not a value filter; use leads_statuses, customers_statuses, responsible_user_id, custom_field_values or value</source>
        <translation>не фильтр по значению; используйте leads_statuses, customers_statuses, responsible_user_id, custom_field_values или value</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>has the wrong shape</source>
        <translation>имеет неверную структуру</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Event type (repeatable), e.g. lead_status_changed or custom_field_ID_value_changed.</source>
        <translation>Тип события (можно повторять), например lead_status_changed или custom_field_ID_value_changed.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <location line="+1"/>
        <location filename="../src/cli/NotesCommand.cpp" line="-65"/>
        <location line="+2"/>
        <location line="+1"/>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Entity type (repeatable): lead, contact, company, customer, task, catalog_ID.</source>
        <translation>Тип сущности (можно повторять): lead, contact, company, customer, task, catalog_ID.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entity ID (repeatable, at most 10, with exactly one --entity).</source>
        <translation>ID сущности (можно повторять, не более 10, ровно с одним --entity).</translation>
    </message>
    <message>
        <location filename="../src/cli/CliContext.cpp" line="-187"/>
        <location line="+1"/>
        <location filename="../src/cli/EntitiesCommand.cpp" line="+21"/>
        <location filename="../src/cli/EventFilterOptions.cpp" line="+0"/>
        <location line="+1"/>
        <location filename="../src/cli/NotesCommand.cpp" line="-4"/>
        <location line="+2"/>
        <location line="+90"/>
        <location filename="../src/cli/WidgetsCommand.cpp" line="-26"/>
        <location line="+105"/>
        <location line="+1"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../src/cli/EventFilterOptions.cpp" line="+0"/>
        <source>User ID (repeatable, at most 10).</source>
        <translation>ID пользователя (можно повторять, не более 10).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event ID (repeatable).</source>
        <translation>ID события (можно повторять).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created at or after: Unix seconds or ISO 8601.</source>
        <translation>Созданы не раньше: секунды Unix или ISO 8601.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created at or before: Unix seconds or ISO 8601.</source>
        <translation>Созданы не позже: секунды Unix или ISO 8601.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value filter as JSON, e.g. {&quot;responsible_user_id&quot;:[504141]}.</source>
        <translation>Фильтр по значению в JSON, например {&quot;responsible_user_id&quot;:[504141]}.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value filter as JSON, e.g. {&quot;leads_statuses&quot;:[{&quot;pipeline_id&quot;:13513,&quot;status_id&quot;:142}]}.</source>
        <translation>Фильтр по значению в JSON, например {&quot;leads_statuses&quot;:[{&quot;pipeline_id&quot;:13513,&quot;status_id&quot;:142}]}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also load: lead_name, contact_name, company_name, customer_name, catalog_element_name, catalog_name.</source>
        <translation>Загрузить также: lead_name, contact_name, company_name, customer_name, catalog_element_name, catalog_name.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../src/cli/EventsCommand.cpp" line="-41"/>
        <source>A,B</source>
        <translation>A,B</translation>
    </message>
    <message>
        <location filename="../src/cli/EventsCommand.cpp" line="-40"/>
        <source>Events per page, at most 100.</source>
        <translation>Событий на странице, не более 100.</translation>
    </message>
    <message>
        <location filename="../src/cli/RevertCommand.cpp" line="+42"/>
        <source>Print the plan: for every entity and field, the value to restore, the value now and the change&apos;s state. Nothing is sent.</source>
        <translation>Вывести план: для каждой сущности и поля — восстанавливаемое значение, текущее значение и состояние изменения. Ничего не отправляется.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply the ready changes through the account&apos;s journal, and print what became of each.</source>
        <translation>Применить готовые изменения через журнал аккаунта и вывести, что стало с каждым.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --apply: also change entities someone changed since.</source>
        <translation>С --apply: менять и сущности, которые с тех пор кто-то изменил.</translation>
    </message>
    <message>
        <location filename="../src/cli/JournalRuns.cpp" line="+0"/>
        <source>table or json.</source>
        <translation>table или json.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--format must be table or json</source>
        <translation>--format должен быть table или json</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+13"/>
        <source>field</source>
        <translation>поле</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+13"/>
        <source>restore</source>
        <translation>восстановить</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>now</source>
        <translation>сейчас</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+13"/>
        <source>why</source>
        <translation>причина</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>status</source>
        <translation>состояние</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 of %2 changes answered</source>
        <translation>получен ответ на %1 из %2 изменений</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Run %1: %2 applied, %3 refused by the server, %4 not confirmed</source>
        <translation>Запуск %1: применено %2, отклонено сервером %3, не подтверждено %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Some changes were not confirmed; run the same command again to send only what is left.</source>
        <translation>Часть изменений не подтверждена; запустите ту же команду ещё раз — будет отправлено только оставшееся.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Resuming run %1, which was cut off</source>
        <translation>Продолжается прерванный запуск %1</translation>
    </message>
    <message>
        <location filename="../src/cli/RevertCommand.cpp" line="+8"/>
        <source>give either --dry-run or --apply</source>
        <translation>укажите либо --dry-run, либо --apply</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--include-conflicts goes with --apply</source>
        <translation>--include-conflicts указывается вместе с --apply</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>run</source>
        <translation>запуск</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kind</source>
        <translation>вид</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>applied</source>
        <translation>применено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>refused</source>
        <translation>отклонено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>pending</source>
        <translation>ожидает</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>skipped</source>
        <translation>пропущено</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+89"/>
        <source>The run, as journal list names it.</source>
        <translation>Запуск, как его называет journal list.</translation>
    </message>
    <message>
        <location line="-70"/>
        <location line="+8"/>
        <location line="+71"/>
        <source>there is no run %1 in this account&apos;s journal</source>
        <translation>в журнале этого аккаунта нет запуска %1</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>run %1 applied nothing to undo</source>
        <translation>запуск %1 ничего не применил — отменять нечего</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>run %1 has no refused change</source>
        <translation>в запуске %1 нет отклонённых изменений</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Run %1: %n refused change(s) given up</source>
        <translation>
            <numerusform>Запуск %1: отказались от %n отклонённого изменения</numerusform>
            <numerusform>Запуск %1: отказались от %n отклонённых изменений</numerusform>
            <numerusform>Запуск %1: отказались от %n отклонённых изменений</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>journal commands: list, show, undo, retry, discard</source>
        <translation>команды journal: list, show, undo, retry, discard</translation>
    </message>
    <message>
        <location filename="../src/cli/EventsCommand.cpp" line="+99"/>
        <source>events commands: list, get, types, revert</source>
        <translation>команды events: list, get, types, revert</translation>
    </message>
    <message>
        <location filename="../src/cli/CliContext.cpp" line="+0"/>
        <location filename="../src/cli/WidgetsCommand.cpp" line="-106"/>
        <source>The page to read.</source>
        <translation>Читаемая страница.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/cli/WidgetsCommand.cpp" line="-1"/>
        <source>Read every page.</source>
        <translation>Прочитать все страницы.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the request URL and send nothing.</source>
        <translation>Вывести URL запроса и ничего не отправлять.</translation>
    </message>
    <message>
        <location filename="../src/cli/EventFilterOptions.cpp" line="+11"/>
        <source>must be numbers</source>
        <translation>должны быть числами</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be user IDs</source>
        <translation>должны быть ID пользователей</translation>
    </message>
    <message>
        <location filename="../src/cli/CliContext.cpp" line="+262"/>
        <source>&quot;%1&quot; is neither Unix seconds nor an ISO 8601 date</source>
        <translation>«%1» — не секунды Unix и не дата ISO 8601</translation>
    </message>
    <message>
        <location filename="../src/cli/EntitiesCommand.cpp" line="-21"/>
        <source>stage</source>
        <translation>этап</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>responsible</source>
        <translation>ответственный</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sale</source>
        <translation>бюджет</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tags</source>
        <translation>теги</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Entity ID (repeatable, or comma-separated).</source>
        <translation>ID сущности (можно повторять или перечислить через запятую).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only entities whose fields contain this text, as the web interface&apos;s search finds them.</source>
        <translation>Только сущности, в полях которых есть этот текст, как их находит поиск веб-интерфейса.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TEXT</source>
        <translation>ТЕКСТ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entities per page, at most 250.</source>
        <translation>Сущностей на странице, не более 250.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../src/cli/EventsCommand.cpp" line="-90"/>
        <location filename="../src/cli/NotesCommand.cpp" line="-56"/>
        <location line="+62"/>
        <source>must be from 1 to %1</source>
        <translation>должно быть от 1 до %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The PATCH items, a JSON array, from this file or - for standard input.</source>
        <translation>Элементы PATCH — массив JSON — из этого файла или - для стандартного ввода.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the plan: for every entity and field, the value to set, the value now and the change&apos;s state. Nothing is sent.</source>
        <translation>Вывести план: для каждой сущности и поля — новое значение, текущее значение и состояние изменения. Ничего не отправляется.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>give the items with --json FILE (or --json - for standard input)</source>
        <translation>укажите элементы через --json FILE (или --json - для стандартного ввода)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be a non-empty JSON array of PATCH items such as [{&quot;id&quot;:1,&quot;status_id&quot;:142}]</source>
        <translation>должно быть непустым массивом JSON элементов PATCH, например [{&quot;id&quot;:1,&quot;status_id&quot;:142}]</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>entities commands: list, update, history</source>
        <translation>команды entities: list, update, history</translation>
    </message>
    <message>
        <location filename="../src/cli/EventsCommand.cpp" line="+3"/>
        <source>must be 1 or more</source>
        <translation>должно быть не меньше 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--page and --all exclude each other</source>
        <translation>--page и --all исключают друг друга</translation>
    </message>
    <message>
        <location filename="../src/cli/NamedRows.cpp" line="+47"/>
        <location filename="../src/cli/RevertCommand.cpp" line="-143"/>
        <source>time</source>
        <translation>время</translation>
    </message>
    <message>
        <location filename="../src/cli/EventsCommand.cpp" line="+67"/>
        <location filename="../src/cli/NamedRows.cpp" line="+0"/>
        <location line="+5"/>
        <source>type</source>
        <translation>тип</translation>
    </message>
    <message>
        <location filename="../src/cli/CliContext.cpp" line="-28"/>
        <location filename="../src/cli/NamedRows.cpp" line="-15"/>
        <source>warning: the account&apos;s names could not be read (%1); ids are shown instead</source>
        <translation>предупреждение: не удалось прочитать названия аккаунта (%1); вместо них показаны ID</translation>
    </message>
    <message>
        <location filename="../src/cli/EntitiesCommand.cpp" line="-173"/>
        <source>The entity&apos;s ID.</source>
        <translation>ID сущности.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>there is no %1 %2</source>
        <translation>нет объекта %1 %2</translation>
    </message>
    <message>
        <location filename="../src/cli/JournalRuns.cpp" line="-97"/>
        <location line="+13"/>
        <location filename="../src/cli/NamedRows.cpp" line="+10"/>
        <location line="+5"/>
        <location filename="../src/cli/NoteWriter.cpp" line="+101"/>
        <source>entity</source>
        <translation>сущность</translation>
    </message>
    <message>
        <location filename="../src/cli/NamedRows.cpp" line="-5"/>
        <source>author</source>
        <translation>автор</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>change</source>
        <translation>изменение</translation>
    </message>
    <message>
        <location filename="../src/cli/EntitiesCommand.cpp" line="+33"/>
        <location filename="../src/cli/NamedRows.cpp" line="+0"/>
        <location line="+5"/>
        <location filename="../src/cli/NoteWriter.cpp" line="+0"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location filename="../src/cli/EventsCommand.cpp" line="-42"/>
        <source>The event&apos;s ID.</source>
        <translation>ID события.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also load these, comma-separated.</source>
        <translation>Загрузить также (через запятую).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>there is no event %1</source>
        <translation>события %1 нет</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>LANG</source>
        <translation>ЯЗЫК</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ru, en, es or pt; by default the language of these messages.</source>
        <translation>ru, en, es или pt; по умолчанию язык этих сообщений.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be ru, en, es or pt</source>
        <translation>должно быть ru, en, es или pt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>key</source>
        <translation>ключ</translation>
    </message>
    <message>
        <location filename="../src/cli/ListRunner.cpp" line="+53"/>
        <source>page %1, %2 items, %3/s</source>
        <translation>страница %1, записей: %2, %3/с</translation>
    </message>
    <message>
        <location filename="../src/cli/CliContext.cpp" line="-24"/>
        <source>must be leads, contacts, companies or customers, not &quot;%1&quot;</source>
        <translation>должно быть leads, contacts, companies или customers, а не «%1»</translation>
    </message>
    <message>
        <location filename="../src/cli/EntitiesCommand.cpp" line="-54"/>
        <location line="+74"/>
        <location line="+47"/>
        <location filename="../src/cli/NotesCommand.cpp" line="-99"/>
        <location line="+60"/>
        <location line="+31"/>
        <source>leads, contacts, companies or customers.</source>
        <translation>leads, contacts, companies или customers.</translation>
    </message>
    <message>
        <location filename="../src/cli/NotesCommand.cpp" line="-90"/>
        <source>Only notes of this entity (repeatable).</source>
        <translation>Только примечания этой сущности (можно повторять).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note type (repeatable).</source>
        <translation>Тип примечания (можно повторять).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note ID (repeatable).</source>
        <translation>ID примечания (можно повторять).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed at or after: Unix seconds or ISO 8601.</source>
        <translation>Изменены не раньше: секунды Unix или ISO 8601.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed at or before: Unix seconds or ISO 8601.</source>
        <translation>Изменены не позже: секунды Unix или ISO 8601.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>updated_at or id, then :asc or :desc.</source>
        <translation>updated_at или id, затем :asc или :desc.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FIELD:DIR</source>
        <translation>ПОЛЕ:ПОРЯДОК</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes per page, at most 250.</source>
        <translation>Примечаний на странице, не более 250.</translation>
    </message>
    <message>
        <location filename="../src/cli/CliContext.cpp" line="+12"/>
        <location filename="../src/cli/EntitiesCommand.cpp" line="-107"/>
        <source>&quot;%1&quot; is not an ID</source>
        <translation>«%1» — не ID</translation>
    </message>
    <message>
        <location filename="../src/cli/NotesCommand.cpp" line="+23"/>
        <source>must be updated_at or id, then :asc or :desc</source>
        <translation>должно быть updated_at или id, затем :asc или :desc</translation>
    </message>
    <message>
        <location filename="../src/cli/EntitiesCommand.cpp" line="+40"/>
        <location filename="../src/cli/NamedRows.cpp" line="+0"/>
        <source>changed</source>
        <translation>изменено</translation>
    </message>
    <message>
        <location filename="../src/cli/NamedRows.cpp" line="+0"/>
        <source>summary</source>
        <translation>кратко</translation>
    </message>
    <message>
        <location filename="../src/cli/NotesCommand.cpp" line="+31"/>
        <source>The note&apos;s ID.</source>
        <translation>ID примечания.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be a number</source>
        <translation>должно быть числом</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>there is no note %1 among the %2</source>
        <translation>примечания %1 среди %2 нет</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The notes as JSON (an array or one object), or - for standard input.</source>
        <translation>Примечания в JSON (массив или один объект) или - для стандартного ввода.</translation>
    </message>
    <message>
        <location filename="../src/cli/EntitiesCommand.cpp" line="+68"/>
        <location filename="../src/cli/NotesCommand.cpp" line="+0"/>
        <location filename="../src/cli/WidgetsCommand.cpp" line="+42"/>
        <location line="+66"/>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <location filename="../src/cli/NotesCommand.cpp" line="+1"/>
        <source>Notes per request, 1 to 250 (default 100).</source>
        <translation>Примечаний в одном запросе, от 1 до 250 (по умолчанию 100).</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../src/cli/WidgetsCommand.cpp" line="+14"/>
        <source>--json FILE (or - for standard input) is required</source>
        <translation>нужен --json ФАЙЛ (или - для стандартного ввода)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be a note object</source>
        <translation>должно быть объектом примечания</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>holds no notes</source>
        <translation>не содержит примечаний</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>notes commands: list, get, add, edit</source>
        <translation>команды notes: list, get, add, edit</translation>
    </message>
    <message>
        <location filename="../src/cli/WidgetsCommand.cpp" line="-139"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>code</source>
        <translation>код</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>version</source>
        <translation>версия</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rating</source>
        <translation>рейтинг</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>installed</source>
        <translation>установлен</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>lead source</source>
        <translation>источник сделок</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Digital Pipeline</source>
        <translation>Digital Pipeline</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+20"/>
        <location line="+31"/>
        <source>The widget&apos;s code.</source>
        <translation>Код виджета.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>The settings as a JSON object, or - for standard input.</source>
        <translation>Настройки — объект JSON, или - для стандартного ввода.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--settings-json FILE (or - for standard input) is required</source>
        <translation>нужен --settings-json ФАЙЛ (или - для стандартного ввода)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be a JSON object of setting keys and values</source>
        <translation>должно быть объектом JSON из ключей настроек и их значений</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Installed %1</source>
        <translation>Установлен %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Uninstalled %1</source>
        <translation>Отключён %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>widgets commands: list, get, install, uninstall</source>
        <translation>команды widgets: list, get, install, uninstall</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>salesbot commands: continue</source>
        <translation>команды salesbot: continue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Continue a Salesbot.</source>
        <translation>Продолжить Salesbot.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue a Marketingbot.</source>
        <translation>Продолжить Marketingbot.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bot&apos;s ID.</source>
        <translation>ID бота.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The continuation&apos;s ID.</source>
        <translation>ID продолжения.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{&quot;data&quot;:{...},&quot;execute_handlers&quot;:[...]}, or - for standard input.</source>
        <translation>{&quot;data&quot;:{...},&quot;execute_handlers&quot;:[...]}, или - для стандартного ввода.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>say --salesbot or --marketingbot</source>
        <translation>укажите --salesbot или --marketingbot</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be the bot&apos;s number</source>
        <translation>должно быть номером бота</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be the continuation&apos;s number</source>
        <translation>должно быть номером продолжения</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be an object with data and execute_handlers</source>
        <translation>должно быть объектом с data и execute_handlers</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The bot goes on (HTTP %1)</source>
        <translation>Бот продолжает работу (HTTP %1)</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="+15"/>
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
        <translation>Использование: amodesk-cli ГРУППА КОМАНДА [параметры]   (--help после команды — её параметры)

  account add NAME --base-url URL (--long-lived-token-stdin | --client-id ID --client-secret-stdin --redirect-uri URI (--code CODE | --browser))
  account list | remove NAME
  events list [фильтры] [--all] [--format table|json|csv] [--print-url]
  events get ID | types [--lang ru|en|es|pt]
  events revert [фильтры] (--dry-run | --apply [--include-conflicts]) [--format table|json]
  journal list | show RUN | undo RUN (--dry-run | --apply [--include-conflicts]) | retry RUN | discard RUN
  entities list ENTITY_TYPE [--id N]... [--query TEXT] [--all] [--format table|json|csv] | history ENTITY_TYPE ID
  entities update ENTITY_TYPE --json FILE|- [--dry-run] [--format table|json]   (через журнал: journal undo RUN вернёт всё обратно)
  notes list ENTITY_TYPE [фильтры] [--all] | get ENTITY_TYPE ID | add ENTITY_TYPE --json FILE | edit ENTITY_TYPE --json FILE
  widgets list [--all] | get CODE | install CODE --settings-json FILE | uninstall CODE
  salesbot continue (--salesbot | --marketingbot) --bot-id N --continue-id N --json FILE
  button snippet PRESET.json   (фрагмент настроек кнопки на сайте)
  --version | --help

--account NAME выбирает аккаунт (по умолчанию: $AMODESK_ACCOUNT, единственный или последний использованный).
Коды выхода: 0 готово, 2 ошибка вызова, 3 отклонено до отправки, 4 ошибка API, 5 сеть.
</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>unknown command group &quot;%1&quot;</source>
        <translation>неизвестная группа команд «%1»</translation>
    </message>
    <message>
        <location filename="../src/cli/NoteWriter.cpp" line="-57"/>
        <source>cannot open the outbox: %1</source>
        <translation>не удалось открыть очередь отправки: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot store note %1 in the outbox: %2</source>
        <translation>не удалось сохранить примечание %1 в очереди отправки: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot store the notes in the outbox: %1</source>
        <translation>не удалось сохранить примечания в очереди отправки: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n note(s) of this input already confirmed by an earlier run: not sent again</source>
        <translation>
            <numerusform>%n примечание из этих данных уже подтверждено прошлым запуском и повторно не отправляется</numerusform>
            <numerusform>%n примечания из этих данных уже подтверждены прошлым запуском и повторно не отправляются</numerusform>
            <numerusform>%n примечаний из этих данных уже подтверждены прошлым запуском и повторно не отправляются</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 of %2 notes confirmed</source>
        <translation>подтверждено примечаний: %1 из %2</translation>
    </message>
    <message>
        <location filename="../src/cli/JournalRuns.cpp" line="-13"/>
        <location filename="../src/cli/NoteWriter.cpp" line="+18"/>
        <source>state</source>
        <translation>состояние</translation>
    </message>
    <message>
        <location filename="../src/cli/NoteWriter.cpp" line="+7"/>
        <source>note %1 refused: %2</source>
        <translation>примечание %1 отклонено: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n note(s) not confirmed yet; run the same command again to finish</source>
        <translation>
            <numerusform>%n примечание ещё не подтверждено; запустите ту же команду снова, чтобы завершить</numerusform>
            <numerusform>%n примечания ещё не подтверждены; запустите ту же команду снова, чтобы завершить</numerusform>
            <numerusform>%n примечаний ещё не подтверждены; запустите ту же команду снова, чтобы завершить</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/ButtonCommand.cpp" line="+18"/>
        <source>A website button preset saved by AmoDesk, or the configuration object as amoCRM documents it ({&quot;onlinechat&quot;: {...}}); - for standard input.</source>
        <translation>Пресет кнопки на сайте, сохранённый AmoDesk, или объект настроек в том виде, как его описывает amoCRM ({&quot;onlinechat&quot;: {...}}); - — стандартный ввод.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>button commands: snippet</source>
        <translation>команды button: snippet</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="+16"/>
        <source>Interface language: en, ru, es or pt.</source>
        <translation>Язык интерфейса: en, ru, es или pt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LANG</source>
        <translation>ЯЗЫК</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the bundled demo account (a local sandbox) and sign in to it.</source>
        <translation>Запустить встроенный демо-аккаунт (локальную песочницу) и войти в него.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --demo: save a picture of the window once it shows events, then quit.</source>
        <translation>С --demo: сохранить снимок окна, когда появятся события, и выйти.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>AmoDesk: a desktop client for amoCRM / Kommo account administrators.</source>
        <translation>AmoDesk: настольный клиент для администраторов аккаунтов amoCRM / Kommo.</translation>
    </message>
</context>
</TS>
