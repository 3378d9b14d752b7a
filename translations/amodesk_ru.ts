<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>amodesk::DemoSession</name>
    <message>
        <location filename="../src/app/DemoSession.cpp" line="23"/>
        <source>The demo server (amodesk-sandbox) is not installed next to AmoDesk.</source>
        <translation>Демо-сервер (amodesk-sandbox) не установлен рядом с AmoDesk.</translation>
    </message>
    <message>
        <location filename="../src/app/DemoSession.cpp" line="26"/>
        <source>Starting the demo account…</source>
        <translation>Запуск демо-аккаунта…</translation>
    </message>
    <message>
        <location filename="../src/app/DemoSession.cpp" line="29"/>
        <source>The demo server did not start: %1</source>
        <translation>Демо-сервер не запустился: %1</translation>
    </message>
    <message>
        <location filename="../src/app/DemoSession.cpp" line="34"/>
        <source>The demo account did not answer: %1</source>
        <translation>Демо-аккаунт не ответил: %1</translation>
    </message>
    <message>
        <location filename="../src/app/DemoSession.cpp" line="39"/>
        <source>Signed in to %1 (demo, tokens kept for this session only)</source>
        <translation>Вход выполнен: %1 (демо, токены хранятся только до конца сеанса)</translation>
    </message>
    <message>
        <location filename="../src/app/DemoSession.cpp" line="49"/>
        <source>Demo account unavailable</source>
        <translation>Демо-аккаунт недоступен</translation>
    </message>
    <message>
        <location filename="../src/app/DemoSession.cpp" line="51"/>
        <source>Demo account</source>
        <translation>Демо-аккаунт</translation>
    </message>
</context>
<context>
    <name>amodesk::MainWindow</name>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="29"/>
        <source>AmoDesk</source>
        <translation>AmoDesk</translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="35"/>
        <source>Account</source>
        <translation>Аккаунт</translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="38"/>
        <source>Account:</source>
        <translation>Аккаунт:</translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="42"/>
        <source>No account yet</source>
        <translation>Аккаунтов пока нет</translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="43"/>
        <source>The amoCRM or Kommo account AmoDesk works with</source>
        <translation>Аккаунт amoCRM или Kommo, с которым работает AmoDesk</translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="47"/>
        <source>Not signed in</source>
        <translation>Вход не выполнен</translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="53"/>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="54"/>
        <source>Browse, filter and search the account&apos;s event log: who changed what, and when.</source>
        <translation>Просмотр, фильтрация и поиск по журналу событий аккаунта: кто, что и когда изменил.</translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="55"/>
        <source>&amp;Events</source>
        <translation>&amp;События</translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="56"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="57"/>
        <source>Read, add and edit the notes of leads, contacts, companies and customers, without losing one.</source>
        <translation>Чтение, добавление и правка примечаний сделок, контактов, компаний и покупателей — без единой потери.</translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="58"/>
        <source>&amp;Notes</source>
        <translation>&amp;Примечания</translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="59"/>
        <source>Widgets</source>
        <translation>Виджеты</translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="60"/>
        <source>See the widgets of the account, install them with a settings form, uninstall them, and continue a bot.</source>
        <translation>Виджеты аккаунта: установка через форму настроек, отключение и продолжение работы бота.</translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="61"/>
        <source>&amp;Widgets</source>
        <translation>&amp;Виджеты</translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="62"/>
        <source>Website button</source>
        <translation>Кнопка на сайте</translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="63"/>
        <source>Build the configuration and setMeta snippets of the website chat button.</source>
        <translation>Конструктор настроек и фрагментов setMeta для кнопки чата на сайте.</translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="64"/>
        <source>Website &amp;button</source>
        <translation>&amp;Кнопка на сайте</translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="69"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="70"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="74"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="80"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="81"/>
        <source>&amp;About AmoDesk</source>
        <translation>&amp;О программе AmoDesk</translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="83"/>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="93"/>
        <source>About AmoDesk</source>
        <translation>О программе AmoDesk</translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="94"/>
        <source>&lt;h3&gt;AmoDesk %1&lt;/h3&gt;&lt;p&gt;A desktop client for amoCRM and Kommo account administrators: the event log, notes, widgets and the website chat button.&lt;/p&gt;&lt;p&gt;OAuth tokens are kept only in the system keychain.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;AmoDesk %1&lt;/h3&gt;&lt;p&gt;Настольный клиент для администраторов аккаунтов amoCRM и Kommo: журнал событий, примечания, виджеты и кнопка чата на сайте.&lt;/p&gt;&lt;p&gt;Токены OAuth хранятся только в системной связке ключей.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../src/cli/main.cpp" line="13"/>
        <source>amodesk-cli: AmoDesk for scripts.</source>
        <translation>amodesk-cli: AmoDesk для скриптов.</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="16"/>
        <source>The command to run.</source>
        <translation>Выполняемая команда.</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="20"/>
        <source>amodesk-cli: unknown command &quot;%1&quot;</source>
        <translation>amodesk-cli: неизвестная команда «%1»</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="22"/>
        <source>Interface language: en or ru.</source>
        <translation>Язык интерфейса: en или ru.</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="23"/>
        <source>LANG</source>
        <translation>ЯЗЫК</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="25"/>
        <source>Start the bundled demo account (a local sandbox) and sign in to it.</source>
        <translation>Запустить встроенный демо-аккаунт (локальную песочницу) и войти в него.</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="26"/>
        <source>AmoDesk: a desktop client for amoCRM / Kommo account administrators.</source>
        <translation>AmoDesk: настольный клиент для администраторов аккаунтов amoCRM / Kommo.</translation>
    </message>
</context>
</TS>
