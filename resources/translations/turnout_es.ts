<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Backups</name>
    <message>
        <location filename="../../desktop/backups.py" line="+53"/>
        <source>Backups of a team database are made on the server (pg_dump); see docs/team-server.md.</source>
        <translation>Las copias de seguridad de una base de datos de equipo se hacen en el servidor (pg_dump); consulta docs/team-server.md.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{path} already exists; choose another name.</source>
        <translation>{path} ya existe; elige otro nombre.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The backup could not be written to {path}: {error}.</source>
        <translation>No se pudo escribir la copia de seguridad en {path}: {error}.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>{path} does not exist.</source>
        <translation>{path} no existe.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} is a backup protected with a passphrase; open a database protected with the same passphrase to restore it.</source>
        <translation>{path} es una copia de seguridad protegida con frase de contraseña; para restaurarla, abre una base de datos protegida con la misma frase.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{path} is not a Turnout backup (it is not an SQLite database).</source>
        <translation>{path} no es una copia de seguridad de Turnout (no es una base de datos SQLite).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{path} is protected with a different passphrase from this database&apos;s.</source>
        <translation>{path} está protegida con una frase de contraseña distinta de la de esta base de datos.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{path} is an SQLite database, but not one of Turnout&apos;s.</source>
        <translation>{path} es una base de datos SQLite, pero no de Turnout.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} was written by a newer version of Turnout.</source>
        <translation>{path} se escribió con una versión más nueva de Turnout.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>That file is the open database itself.</source>
        <translation>Ese archivo es la misma base de datos que está abierta.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The restore failed and nothing was changed: {error}</source>
        <translation>La restauración falló y no se cambió nada: {error}</translation>
    </message>
</context>
<context>
    <name>CalendarGrid</name>
    <message>
        <location filename="../../ui/calendar_grid.py" line="+101"/>
        <source>Calendar days</source>
        <translation>Días del calendario</translation>
    </message>
    <message numerus="yes">
        <location line="+181"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n más</numerusform>
            <numerusform>+%n más</numerusform>
        </translation>
    </message>
    <message>
        <location line="+95"/>
        <location line="+93"/>
        <source>All day</source>
        <translation>Todo el día</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>no events</source>
        <translation>sin eventos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 event</source>
        <translation>1 evento</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n events</source>
        <translation>
            <numerusform>%n evento</numerusform>
            <numerusform>%n eventos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../../ui/calendar_view.py" line="+152"/>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous month</source>
        <translation>Mes anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous month (Page Up)</source>
        <translation>Mes anterior (Re Pág)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to today</source>
        <translation>Ir a hoy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to today (Home or T)</source>
        <translation>Ir a hoy (Inicio o T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next month</source>
        <translation>Mes siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next month (Page Down)</source>
        <translation>Mes siguiente (Av Pág)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show a month</source>
        <translation>Ver un mes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show a week</source>
        <translation>Ver una semana</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Events of the selected day</source>
        <translation>Eventos del día seleccionado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing planned. Double-click the day to add an event.</source>
        <translation>Nada planificado. Haz doble clic en el día para añadir un evento.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New event on this day…</source>
        <translation>Nuevo evento este día…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New event on the selected day</source>
        <translation>Nuevo evento el día seleccionado</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>month</source>
        <translation>mes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>week</source>
        <translation>semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous %1</source>
        <translation>%1 anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next %1</source>
        <translation>%1 siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous %1 (Page Up)</source>
        <translation>%1 anterior (Re Pág)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next %1 (Page Down)</source>
        <translation>%1 siguiente (Av Pág)</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>MMMM yyyy</source>
        <comment>date format</comment>
        <translation>MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Week of %1 – %2</source>
        <translation>Semana del %1 al %2</translation>
    </message>
</context>
<context>
    <name>CampaignForm</name>
    <message>
        <location filename="../../ui/records_forms.py" line="+417"/>
        <source>&amp;Name *</source>
        <translation>&amp;Nombre *</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the campaign colour</source>
        <translation>Elige el color de la campaña</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Colour</source>
        <translation>&amp;Color</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Colour as #rrggbb</source>
        <translation>Color como #rrggbb</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The calendar tints this campaign&apos;s events with it.</source>
        <translation>El calendario pinta los eventos de esta campaña con este color.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Description</source>
        <translation>&amp;Descripción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Campaign colour</source>
        <translation>Color de la campaña</translation>
    </message>
</context>
<context>
    <name>CampaignsView</name>
    <message>
        <location filename="../../ui/records_views.py" line="+787"/>
        <source>1 event belongs to it.</source>
        <translation>Tiene 1 evento.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n events belong to it.</source>
        <translation>
            <numerusform>Tiene %n evento.</numerusform>
            <numerusform>Tiene %n eventos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <location filename="../../ui/records_forms.py" line="-215"/>
        <source>Contacts are internal. A contact appears on a flyer or in a public feed only where one of their roles is marked “shown publicly”.</source>
        <translation>Los contactos son internos. Un contacto solo aparece en un cartel o en un calendario público donde uno de sus roles está marcado como «visible al público».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name *</source>
        <translation>&amp;Nombre *</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organización</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Email</source>
        <translation>&amp;Correo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>name@example.org</source>
        <translation>nombre@ejemplo.org</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Handle</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signal or other handle</source>
        <translation>Usuario de Signal u otro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signal, …</source>
        <translation>Signal, …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes (internal)</source>
        <translation>Notas (internas)</translation>
    </message>
</context>
<context>
    <name>ContactsFile</name>
    <message>
        <location filename="../../desktop/csvfiles.py" line="+113"/>
        <source>{path} is too large for a contacts file ({megabytes} MB).</source>
        <translation>{path} es demasiado grande para un archivo de contactos ({megabytes} MB).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read {path}: {reason}.</source>
        <translation>No se puede leer {path}: {reason}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} is not a CSV file (it holds binary data).</source>
        <translation>{name} no es un archivo CSV (contiene datos binarios).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Added {added} contacts from {name}; skipped {skipped} rows; ignored the columns {columns}.</source>
        <translation>Contactos añadidos desde {name}: {added}; filas omitidas: {skipped}; columnas ignoradas: {columns}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Added {added} contacts from {name}; skipped {skipped} rows.</source>
        <translation>Contactos añadidos desde {name}: {added}; filas omitidas: {skipped}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Added {added} contacts from {name}; ignored the columns {columns}.</source>
        <translation>Contactos añadidos desde {name}: {added}; columnas ignoradas: {columns}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Added {added} contacts from {name}.</source>
        <translation>Contactos añadidos desde {name}: {added}.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{name} is not a CSV file Turnout can read ({reason}).</source>
        <translation>{name} no es un archivo CSV que Turnout pueda leer ({reason}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is empty; a contacts file starts with a header row.</source>
        <translation>{name} está vacío; un archivo de contactos empieza con una fila de encabezados.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name} has no name column; its first row must be a header such as name,organisation,phone,email,handle,notes.</source>
        <translation>{name} no tiene columna de nombre; su primera fila debe ser de encabezados, por ejemplo name,organisation,phone,email,handle,notes.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name} has more than {limit} rows; split it.</source>
        <translation>{name} tiene más de {limit} filas; divídelo en varios archivos.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{name} is already a contact.</source>
        <translation>{name} ya es un contacto.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name} is not a CSV file Turnout can read (line {line}: {reason}).</source>
        <translation>{name} no es un archivo CSV que Turnout pueda leer (línea {line}: {reason}).</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <location filename="../../ui/records_views.py" line="-111"/>
        <source>Has a role in 1 event.</source>
        <translation>Tiene un rol en 1 evento.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Has a role in %n events.</source>
        <translation>
            <numerusform>Tiene un rol en %n evento.</numerusform>
            <numerusform>Tiene un rol en %n eventos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assigned 1 task.</source>
        <translation>Tiene 1 tarea asignada.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Assigned %n tasks.</source>
        <translation>
            <numerusform>Tiene %n tarea asignada.</numerusform>
            <numerusform>Tiene %n tareas asignadas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../ui/crash.py" line="+34"/>
        <source>Turnout hit a bug</source>
        <translation>Turnout ha encontrado un error</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something went wrong inside Turnout. Your saved work is safe: every change is written to the database when you make it, and a change that failed halfway was not saved at all.

Please copy the details below into a bug report. They contain no event data, only where the program failed.</source>
        <translation>Algo falló dentro de Turnout. Tu trabajo guardado está a salvo: cada cambio se escribe en la base de datos en cuanto lo haces, y un cambio que falló a medias no se guardó en absoluto.

Por favor, copia los detalles de abajo en un informe de error. No contienen datos de eventos, solo dónde falló el programa.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Error details</source>
        <translation>Detalles del error</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Copy details</source>
        <translation>&amp;Copiar detalles</translation>
    </message>
</context>
<context>
    <name>DatabaseErrors</name>
    <message>
        <location filename="../../db/errors.py" line="+28"/>
        <source>{where} is not a Turnout database, or it is protected with a passphrase.</source>
        <translation>{where} no es una base de datos de Turnout, o está protegida con frase de contraseña.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where} is in use by another program; try again in a moment.</source>
        <translation>{where} está en uso por otro programa; vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where} cannot be written (the file or its folder is read-only).</source>
        <translation>No se puede escribir en {where} (el archivo o su carpeta son de solo lectura).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The disk holding {where} is full; free some space and try again.</source>
        <translation>El disco donde está {where} está lleno; libera espacio y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where} could not be read or written (a disk error); check the drive.</source>
        <translation>No se pudo leer ni escribir {where} (un error del disco); revisa la unidad.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where} cannot be opened (check that the folder exists and can be written).</source>
        <translation>No se puede abrir {where} (comprueba que la carpeta existe y que se puede escribir en ella).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The team server {where} cannot be reached; what is on screen stays readable, and changes can be saved when it is back.</source>
        <translation>No se puede conectar con el servidor del equipo {where}; lo que ves en pantalla sigue legible y podrás guardar cambios cuando vuelva.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The team server {where} refused the user name or password.</source>
        <translation>El servidor del equipo {where} rechazó el nombre de usuario o la contraseña.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no database {where} on that server.</source>
        <translation>No hay ninguna base de datos {where} en ese servidor.</translation>
    </message>
</context>
<context>
    <name>DatabaseFiles</name>
    <message>
        <location filename="../../db/sqlite_files.py" line="+92"/>
        <source>Passphrase protection needs the sqlcipher3 package: pip install &apos;turnout[encryption]&apos;.</source>
        <translation>La protección con frase de contraseña necesita el paquete sqlcipher3: pip install &apos;turnout[encryption]&apos;.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The passphrase is empty.</source>
        <translation>La frase de contraseña está vacía.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Wrong passphrase for {path}.</source>
        <translation>Frase de contraseña incorrecta para {path}.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Turnout does not remove a database&apos;s passphrase.</source>
        <translation>Turnout no quita la frase de contraseña de una base de datos.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{path} already exists.</source>
        <translation>{path} ya existe.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{path} is damaged or not a database ({error}).</source>
        <translation>{path} está dañada o no es una base de datos ({error}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} failed SQLite&apos;s integrity check: {reason}.</source>
        <translation>{path} no pasó la comprobación de integridad de SQLite: {reason}.</translation>
    </message>
</context>
<context>
    <name>DayAgendaModel</name>
    <message>
        <location filename="../../ui/calendar_view.py" line="-304"/>
        <source>All day</source>
        <translation>Todo el día</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>repeats</source>
        <translation>se repite</translation>
    </message>
</context>
<context>
    <name>Encryption</name>
    <message>
        <location filename="../../desktop/encryption.py" line="+146"/>
        <source>{path} is open in another program (a Turnout window?); close it and try again.</source>
        <translation>{path} está en uso por otro programa (¿una ventana de Turnout?); ciérralo y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The plain copy of {path} is incomplete; nothing was changed.</source>
        <translation>La copia sin cifrar de {path} está incompleta; no se cambió nada.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Cannot replace {path}: {reason}; nothing was changed.</source>
        <translation>No se puede reemplazar {path}: {reason}; no se cambió nada.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{path} is not protected with a passphrase; there is nothing to remove.</source>
        <translation>{path} no está protegida con una frase de contraseña; no hay nada que quitar.</translation>
    </message>
    <message>
        <location line="-197"/>
        <location line="+218"/>
        <source>{path} does not exist; check the path.</source>
        <translation>{path} no existe; revisa la ruta.</translation>
    </message>
    <message>
        <location line="-240"/>
        <source>The new passphrase is too short; use at least {count} characters.</source>
        <translation>La nueva frase de contraseña es demasiado corta; usa al menos {count} caracteres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The new passphrase starts or ends with a space; remove it.</source>
        <translation>La nueva frase de contraseña empieza o termina con un espacio; quítalo.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+219"/>
        <source>{path} is not a Turnout database (the file is not an SQLite database).</source>
        <translation>{path} no es una base de datos de Turnout (el archivo no es una base de datos SQLite).</translation>
    </message>
    <message>
        <location line="-212"/>
        <source>{path} is already protected; give its current passphrase with --passphrase-file.</source>
        <translation>{path} ya está protegida; indica su frase de contraseña actual con --passphrase-file.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The new passphrase is the same as the current one.</source>
        <translation>La nueva frase de contraseña es igual a la actual.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>The protected copy of {path} is incomplete; nothing was changed.</source>
        <translation>La copia protegida de {path} está incompleta; no se cambió nada.</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Give the current passphrase of {path} to remove it.</source>
        <translation>Escribe la frase de contraseña actual de {path} para quitarla.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The plain copy of {path} was not written; nothing was changed.</source>
        <translation>No se escribió la copia sin cifrar de {path}; no se cambió nada.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>There is not enough free disk space beside {path} for the protected copy; nothing was changed.</source>
        <translation>No hay suficiente espacio libre en el disco junto a {path} para la copia protegida; no se cambió nada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is not enough free disk space beside {path} for the plain copy; nothing was changed.</source>
        <translation>No hay suficiente espacio libre en el disco junto a {path} para la copia sin cifrar; no se cambió nada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{folder} cannot be written (it is read-only); nothing was changed.</source>
        <translation>No se puede escribir en {folder} (es de solo lectura); no se cambió nada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{path} could not be protected ({reason}); nothing was changed.</source>
        <translation>No se pudo proteger {path} ({reason}); no se cambió nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The passphrase of {path} could not be removed ({reason}); nothing was changed.</source>
        <translation>No se pudo quitar la frase de contraseña de {path} ({reason}); no se cambió nada.</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../ui/event_editor.py" line="+92"/>
        <source>not known</source>
        <translation>no se sabe</translation>
    </message>
    <message>
        <location line="+197"/>
        <source>Edit event — %s</source>
        <translation>Editar evento — %s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New event</source>
        <translation>Nuevo evento</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>&amp;Event</source>
        <translation>&amp;Evento</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Repeats</source>
        <translation>&amp;Repetición</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Public details</source>
        <translation>Datos &amp;públicos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Internal (team only)</source>
        <translation>&amp;Interno (solo el equipo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pe&amp;ople</source>
        <translation>Perso&amp;nas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tasks</source>
        <translation>&amp;Tareas</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Picket at the main gate</source>
        <translation>p. ej., Piquete en la entrada principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Status:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Kind:</source>
        <translation>Ti&amp;po:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Visibility</source>
        <translation>Visibilidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Internal — only for the team</source>
        <translation>Interno — solo para el equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public — may go into public feeds, flyers and programs</source>
        <translation>Público — puede ir en calendarios públicos, carteles y programas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Visibility:</source>
        <translation>&amp;Visibilidad:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;All day</source>
        <translation>Todo el &amp;día</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Starts</source>
        <translation>Empieza</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ends</source>
        <translation>Termina</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sta&amp;rts:</source>
        <translation>&amp;Empieza:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+328"/>
        <source>E&amp;nds:</source>
        <translation>Ter&amp;mina:</translation>
    </message>
    <message>
        <location line="-323"/>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no place yet)</source>
        <translation>(todavía sin lugar)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New place…</source>
        <translation>Nuevo lugar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Name of the new place</source>
        <translation>Nombre del nuevo lugar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Place:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no campaign)</source>
        <translation>(sin campaña)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Campaign:</source>
        <translation>C&amp;ampaña:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags, separated by commas</source>
        <translation>Etiquetas, separadas por comas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. strike, warehouse</source>
        <translation>p. ej., huelga, almacén</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ta&amp;gs:</source>
        <translation>Eti&amp;quetas:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Everything here may be published when the event is public.</source>
        <translation>Todo lo que hay aquí se puede publicar cuando el evento es público.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Public description</source>
        <translation>Descripción pública</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demands</source>
        <translation>Demandas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;mands:</source>
        <translation>De&amp;mandas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to bring</source>
        <translation>Qué llevar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to &amp;bring:</source>
        <translation>&amp;Qué llevar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accessibility</source>
        <translation>Accesibilidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accessi&amp;bility:</source>
        <translation>Acce&amp;sibilidad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public web address</source>
        <translation>Dirección web pública</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Web address:</source>
        <translation>Página &amp;web:</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Expected turnout</source>
        <translation>Asistencia esperada</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Second language code</source>
        <translation>Código del segundo idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. es</source>
        <translation>p. ej., en</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title in the second language</source>
        <translation>Título en el segundo idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second &amp;language:</source>
        <translation>Segundo &amp;idioma:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title in it:</source>
        <translation>Título en ese idioma:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description in the second language</source>
        <translation>Descripción en el segundo idioma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description in it:</source>
        <translation>Descripción en ese idioma:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Internal — never printed on flyers or put into public feeds. Only the team&apos;s exports and the marshal&apos;s sheet carry these fields.</source>
        <translation>Interno — nunca se imprime en carteles ni va en calendarios públicos. Solo las exportaciones del equipo y la hoja de acción llevan estos campos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Internal notes</source>
        <translation>Notas internas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes (internal):</source>
        <translation>&amp;Notas (internas):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting point, internal</source>
        <translation>Punto de encuentro, interno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Meeting point (internal):</source>
        <translation>&amp;Punto de encuentro (interno):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Route, internal</source>
        <translation>Recorrido, interno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Route (internal):</source>
        <translation>&amp;Recorrido (interno):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Safety and legal notes, internal</source>
        <translation>Notas de seguridad y legales, internas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Safety and legal (internal):</source>
        <translation>&amp;Seguridad y asuntos legales (interno):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal hotline, internal</source>
        <translation>Teléfono de asistencia legal, interno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal &amp;hotline (internal):</source>
        <translation>&amp;Teléfono legal (interno):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E&amp;xpected turnout (internal):</source>
        <translation>Asistencia espera&amp;da (interna):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Actual turnout</source>
        <translation>Asistencia real</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Actual turnout (internal):</source>
        <translation>&amp;Asistencia real (interna):</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>People are internal unless “Shown publicly” is ticked (for example a press contact printed on a flyer).</source>
        <translation>Las personas son internas, salvo que marques «Visible al público» (por ejemplo, un contacto de prensa impreso en un cartel).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a &amp;person</source>
        <translation>Añadir una &amp;persona</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add contacts in the Contacts view first</source>
        <translation>Primero añade contactos en la vista Contactos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The checklist is internal: only the team sees it.</source>
        <translation>La lista de tareas es interna: solo la ve el equipo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a &amp;task</source>
        <translation>Añadir una &amp;tarea</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Write the name of the new place.</source>
        <translation>Escribe el nombre del nuevo lugar.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Last &amp;day:</source>
        <translation>Últi&amp;mo día:</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>%s (and %d more)</source>
        <translation>%s (y %d más)</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <source>To save: %s</source>
        <translation>Para guardar: %s</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Discard changes?</source>
        <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the editor and lose what you changed in this event?</source>
        <translation>¿Cerrar el editor y perder lo que cambiaste en este evento?</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <location filename="../../ui/event_table_model.py" line="+98"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visibility</source>
        <translation>Visibilidad</translation>
    </message>
    <message>
        <location line="+245"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Past</source>
        <translation>Pasado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeats</source>
        <translation>Se repite</translation>
    </message>
</context>
<context>
    <name>Events</name>
    <message>
        <location filename="../../desktop/events.py" line="+101"/>
        <source>The title is empty.</source>
        <translation>El título está vacío.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The title is longer than {limit} characters.</source>
        <translation>El título tiene más de {limit} caracteres.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“{zone}” is not a time zone; use an IANA name such as America/Chicago.</source>
        <translation>«{zone}» no es una zona horaria; usa un nombre IANA como America/Mexico_City.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The end is before the start.</source>
        <translation>El final es anterior al inicio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The web address must start with https:// or http://.</source>
        <translation>La dirección web debe empezar por https:// o http://.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A turnout cannot be negative.</source>
        <translation>Una asistencia no puede ser negativa.</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>The place name is empty.</source>
        <translation>El nombre del lugar está vacío.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A place name or address is longer than {limit} characters.</source>
        <translation>Un nombre o una dirección de lugar tiene más de {limit} caracteres.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>There is no event “{event}” (give its number or its UID).</source>
        <translation>No hay ningún evento «{event}» (indica su número o su UID).</translation>
    </message>
    <message>
        <location line="+237"/>
        <source>A place name is longer than {limit} characters.</source>
        <translation>Un nombre de lugar tiene más de {limit} caracteres.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The same person is listed twice in the same role.</source>
        <translation>La misma persona aparece dos veces con el mismo rol.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A task has no text; write what needs doing or remove it.</source>
        <translation>Una tarea no tiene texto; escribe lo que hay que hacer o quítala.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>This event was deleted in the meantime; save it as a new one.</source>
        <translation>Este evento se borró mientras tanto; guárdalo como uno nuevo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{title}” was changed by someone else after you opened it.</source>
        <translation>Otra persona cambió «{title}» después de que lo abrieras.</translation>
    </message>
    <message>
        <location line="+65"/>
        <location line="+52"/>
        <source>This event no longer exists.</source>
        <translation>Este evento ya no existe.</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>This event exists again already.</source>
        <translation>Este evento ya existe de nuevo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An event with the same UID was imported in the meantime.</source>
        <translation>Mientras tanto se importó un evento con el mismo UID.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/ical_actions.py" line="+147"/>
        <source>Export calendar</source>
        <translation>Exportar calendario</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Public feed — public events and public details only</source>
        <translation>Calendario &amp;público — solo eventos y datos públicos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Team feed (internal) — everything, do not post</source>
        <translation>Calendario del &amp;equipo (interno) — todo, no publicar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All campaigns</source>
        <translation>Todas las campañas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Campaign:</source>
        <translation>C&amp;ampaña:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only events &amp;between</source>
        <translation>Solo eventos &amp;entre</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Export…</source>
        <translation>E&amp;xportar…</translation>
    </message>
</context>
<context>
    <name>FlyerDialog</name>
    <message>
        <location filename="../../ui/print_actions.py" line="+108"/>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Template:</source>
        <translation>&amp;Plantilla:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This event is internal: posters and handbills are for public events.</source>
        <translation>Este evento es interno: los carteles y volantes son para eventos públicos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second &amp;language:</source>
        <translation>Segundo &amp;idioma:</translation>
    </message>
</context>
<context>
    <name>HelpBrowser</name>
    <message>
        <location filename="../../ui/help_browser.py" line="+30"/>
        <source>Turnout guide</source>
        <translation>Guía de Turnout</translation>
    </message>
</context>
<context>
    <name>IcalActions</name>
    <message>
        <location filename="../../ui/ical_actions.py" line="-138"/>
        <source>Calendar files (*.ics *.ical *.ifb *.icalendar);;All files (*)</source>
        <translation>Archivos de calendario (*.ics *.ical *.ifb *.icalendar);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+508"/>
        <source>%1 public events will be in the feed.</source>
        <translation>%1 eventos públicos estarán en el calendario.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 internal events are left out.</source>
        <translation>%1 eventos internos se dejan fuera.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Left out of every event, and why:</source>
        <translation>Lo que se deja fuera de cada evento, y por qué:</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>No public event matches these choices: nothing to export.</source>
        <translation>Ningún evento público coincide con estas opciones: no hay nada que exportar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 public event will be in the feed.</source>
        <translation>1 evento público estará en el calendario.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>1 internal event is left out.</source>
        <translation>1 evento interno se deja fuera.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No event matches these choices: nothing to export.</source>
        <translation>Ningún evento coincide con estas opciones: no hay nada que exportar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With internal notes, meeting points, routes and contacts. Internal — share it only with the team, never post it.</source>
        <translation>Con notas internas, puntos de encuentro, recorridos y contactos. Interno — compártelo solo con el equipo, nunca lo publiques.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 event.</source>
        <translation>1 evento.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 events.</source>
        <translation>%1 eventos.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Export calendar…</source>
        <translation>E&amp;xportar calendario…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Import calendar…</source>
        <translation>&amp;Importar calendario…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Send &amp;invite…</source>
        <translation>Enviar in&amp;vitación…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Send &amp;cancellation…</source>
        <translation>Enviar &amp;cancelación…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Could not export</source>
        <translation>No se pudo exportar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export calendar</source>
        <translation>Exportar calendario</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Writing the calendar file…</source>
        <translation>Escribiendo el archivo de calendario…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not export the calendar</source>
        <translation>No se pudo exportar el calendario</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved the calendar as %1.</source>
        <translation>Calendario guardado como %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import calendar</source>
        <translation>Importar calendario</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading the calendar file…</source>
        <translation>Leyendo el archivo de calendario…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading %1 calendar files…</source>
        <translation>Leyendo %1 archivos de calendario…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not import</source>
        <translation>No se pudo importar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Importing the calendar…</source>
        <translation>Importando el calendario…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was imported</source>
        <translation>No se importó nada</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No event selected</source>
        <translation>Ningún evento seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the event to invite people to.</source>
        <translation>Selecciona el evento al que quieres invitar.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Could not make the invite</source>
        <translation>No se pudo crear la invitación</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the cancellation</source>
        <translation>Guardar la cancelación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the invite</source>
        <translation>Guardar la invitación</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not save the invite</source>
        <translation>No se pudo guardar la invitación</translation>
    </message>
</context>
<context>
    <name>IcalImport</name>
    <message>
        <location filename="../../desktop/ical/importer.py" line="+170"/>
        <source>Cannot read {path}: {error}.</source>
        <translation>No se puede leer {path}: {error}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} is {size} MB; Turnout imports calendar files of up to {limit} MB.</source>
        <translation>{name} ocupa {size} MB; Turnout importa archivos de calendario de hasta {limit} MB.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} is not a calendar file (it holds binary data).</source>
        <translation>{name} no es un archivo de calendario (contiene datos binarios).</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>{name} has a line of {length} characters; it is not a calendar.</source>
        <translation>{name} tiene una línea de {length} caracteres; no es un calendario.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{name} holds more than {limit} components; Turnout does not import calendars that large.</source>
        <translation>{name} contiene más de {limit} componentes; Turnout no importa calendarios tan grandes.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>It has no END line.</source>
        <translation>Le falta la línea END.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} is not a calendar file (it starts with {what}, not VCALENDAR).</source>
        <translation>{name} no es un archivo de calendario (empieza por {what}, no por VCALENDAR).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} nests components too deeply to be a real calendar.</source>
        <translation>{name} anida componentes a demasiada profundidad para ser un calendario de verdad.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a component</source>
        <translation>un componente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turnout imports events; this is not one.</source>
        <translation>Turnout importa eventos; esto no es un evento.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The file ends in the middle of this component.</source>
        <translation>El archivo termina en medio de este componente.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is not a calendar file (there is no BEGIN:VCALENDAR in it).</source>
        <translation>{name} no es un archivo de calendario (no contiene BEGIN:VCALENDAR).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name} is not a calendar file (it does not begin with BEGIN:VCALENDAR).</source>
        <translation>{name} no es un archivo de calendario (no empieza por BEGIN:VCALENDAR).</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>This time zone cannot be read ({reason}).</source>
        <translation>No se puede leer esta zona horaria ({reason}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An event</source>
        <translation>Un evento</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>It cannot be read ({reason}).</source>
        <translation>No se puede leer ({reason}).</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Event #{number} (no title)</source>
        <translation>Evento n.º {number} (sin título)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Its {name} cannot be read ({value}).</source>
        <translation>No se puede leer su {name} ({value}).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Its {name} is not a date or time.</source>
        <translation>Su {name} no es una fecha ni una hora.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>It has a time where a date or date-time belongs.</source>
        <translation>Tiene una hora donde va una fecha o una fecha con hora.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>unknown time zone “{zone}”, read as {fallback}</source>
        <translation>zona horaria desconocida «{zone}», leída como {fallback}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Its UID is longer than 255 characters.</source>
        <translation>Su UID tiene más de 255 caracteres.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It has no start (DTSTART).</source>
        <translation>No tiene fecha de inicio (DTSTART).</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{event}: {count} attendees</source>
        <translation>{event}: {count} asistentes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Turnout takes the first {limit} attendees of an event.</source>
        <translation>Turnout toma los primeros {limit} asistentes de cada evento.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The file holds too many repetitions to check; import it in parts.</source>
        <translation>El archivo tiene demasiadas repeticiones para comprobarlas; impórtalo por partes.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Its recurrence repeats more than {limit} times; Turnout keeps series of up to that many.</source>
        <translation>Se repite más de {limit} veces; Turnout guarda series de hasta esa cantidad.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>its end could not be read; read as ending when it starts</source>
        <translation>no se pudo leer su final; se lee como si terminara al empezar</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>its end was before its start; read as ending when it starts</source>
        <translation>terminaba antes de empezar; se lee como si terminara al empezar</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>it had no title</source>
        <translation>no tenía título</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its title was shortened</source>
        <translation>se acortó su título</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>its extra dates (RDATE) were left out</source>
        <translation>se dejaron fuera sus fechas adicionales (RDATE)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>its URL was not a web address and was left out</source>
        <translation>su URL no era una dirección web y se dejó fuera</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>its GEO position could not be read</source>
        <translation>no se pudo leer su posición GEO</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>only its first recurrence rule was kept</source>
        <translation>solo se conservó su primera regla de repetición</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Its recurrence rule (RRULE) cannot be read.</source>
        <translation>No se puede leer su regla de repetición (RRULE).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Its recurrence repeats {count} times; Turnout keeps series of up to {limit}.</source>
        <translation>Se repite {count} veces; Turnout guarda series de hasta {limit}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>an excluded date (EXDATE) could not be read</source>
        <translation>no se pudo leer una fecha excluida (EXDATE)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>It changes an instance and all later ones (RANGE=THISANDFUTURE).</source>
        <translation>Cambia una repetición y todas las siguientes (RANGE=THISANDFUTURE).</translation>
    </message>
    <message>
        <location line="+345"/>
        <source>A newer copy of it is in the import.</source>
        <translation>En la importación hay una copia más reciente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Turnout has a newer version (SEQUENCE {ours}, the file has {theirs}).</source>
        <translation>Turnout tiene una versión más reciente (SEQUENCE {ours}; el archivo tiene {theirs}).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{first}; {then}</source>
        <translation>{first}; {then}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>An event of the file could not be saved; nothing was imported.</source>
        <translation>No se pudo guardar un evento del archivo; no se importó nada.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>It changes instances of a recurring event that is neither in the file nor in Turnout.</source>
        <translation>Cambia repeticiones de un evento que se repite y que no está ni en el archivo ni en Turnout.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>changed instances of it were left out (it does not repeat)</source>
        <translation>se dejaron fuera sus repeticiones cambiadas (no se repite)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>“{title}” from {source} could not be saved; nothing was imported.</source>
        <translation>No se pudo guardar «{title}» de {source}; no se importó nada.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>It does not repeat in Turnout.</source>
        <translation>En Turnout no se repite.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>changed instances</source>
        <translation>repeticiones cambiadas</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <location filename="../../ui/ical_actions.py" line="-406"/>
        <source>Who sends the invite?</source>
        <translation>¿Quién envía la invitación?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This event has no organizer with an email address. Invites are sent in your name: replies come back to this address.</source>
        <translation>Este evento no tiene a nadie de la organización con correo. Las invitaciones se envían a tu nombre: las respuestas llegan a esta dirección.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your &amp;name:</source>
        <translation>Tu &amp;nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your &amp;email:</source>
        <translation>Tu &amp;correo:</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location line="-183"/>
        <source>Import calendar</source>
        <translation>Importar calendario</translation>
    </message>
    <message numerus="yes">
        <location line="+71"/>
        <source>%n to create</source>
        <translation>
            <numerusform>%n por crear</numerusform>
            <numerusform>%n por crear</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n to update</source>
        <translation>
            <numerusform>%n por actualizar</numerusform>
            <numerusform>%n por actualizar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n sin cambios</numerusform>
            <numerusform>%n sin cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n skipped</source>
        <translation>
            <numerusform>%n omitido</numerusform>
            <numerusform>%n omitidos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Events: %1.</source>
        <translation>Eventos: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 new contact, from the organizers and attendees in the files.</source>
        <translation>1 contacto nuevo, de quienes organizan y asisten según los archivos.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n new contacts, from the organizers and attendees in the files.</source>
        <translation>
            <numerusform>%n contacto nuevo, de quienes organizan y asisten según los archivos.</numerusform>
            <numerusform>%n contactos nuevos, de quienes organizan y asisten según los archivos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing would change.</source>
        <translation>No cambiaría nada.</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
</context>
<context>
    <name>InviteSavedDialog</name>
    <message>
        <location line="+157"/>
        <source>The cancellation is ready</source>
        <translation>La cancelación está lista</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The invite is ready</source>
        <translation>La invitación está lista</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved as %1 in the folder %2.</source>
        <translation>Guardada como %1 en la carpeta %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Attach it to an email from %1 to this person:</source>
        <translation>Adjunta el archivo a un correo de %1 para esta persona:</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Attach it to an email from %1 to these %n people:</source>
        <translation>
            <numerusform>Adjunta el archivo a un correo de %1 para %n persona:</numerusform>
            <numerusform>Adjunta el archivo a un correo de %1 para estas %n personas:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attach it to an email from %1. None of the event&apos;s people has an email address: add the recipients yourself.</source>
        <translation>Adjunta el archivo a un correo de %1. Ninguna de las personas del evento tiene dirección de correo: añade tú a los destinatarios.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open &amp;folder</source>
        <translation>Abrir car&amp;peta</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Copied 1 address: paste it into the email&apos;s To: field.</source>
        <translation>1 dirección copiada: pégala en el campo «Para:» del correo.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Copied %n addresses: paste them into the email&apos;s To: field.</source>
        <translation>
            <numerusform>%n dirección copiada: pégala en el campo «Para:» del correo.</numerusform>
            <numerusform>%n direcciones copiadas: pégalas en el campo «Para:» del correo.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-27"/>
        <source>&amp;Copy addresses</source>
        <translation>&amp;Copiar direcciones</translation>
    </message>
</context>
<context>
    <name>LiveUpdates</name>
    <message>
        <location filename="../../ui/live_updates.py" line="+29"/>
        <source>Connection to the database</source>
        <translation>Conexión con la base de datos</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Offline: the database cannot be reached. What you see stays readable.</source>
        <translation>Sin conexión: no se puede llegar a la base de datos. Lo que ves sigue a la vista.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../ui/safety_actions.py" line="+106"/>
        <source>Turnout is locked</source>
        <translation>Turnout está bloqueado</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Type the database&apos;s passphrase to show your data again.</source>
        <translation>Escribe la frase de contraseña de la base de datos para volver a ver tus datos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This database has no passphrase, so anyone at this computer can unlock it. Protect it with File › Protect with passphrase…</source>
        <translation>Esta base de datos no tiene frase de contraseña, así que cualquiera en esta computadora puede desbloquearla. Protégela con Archivo › Proteger con frase de contraseña…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+130"/>
        <source>Turnout</source>
        <translation>Turnout</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The database this window works on</source>
        <translation>La base de datos con la que trabaja esta ventana</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+111"/>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Places</source>
        <translation>Lugares</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%s (Ctrl+%d)</source>
        <translation>%s (Ctrl+%d)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Search events</source>
        <translation>Buscar eventos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search titles, places, descriptions, tags and people  (Ctrl+F)</source>
        <translation>Buscar en títulos, lugares, descripciones, etiquetas y personas  (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Kind filter</source>
        <translation>Filtro por tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any kind</source>
        <translation>Cualquier tipo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status filter</source>
        <translation>Filtro por estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Campaign filter</source>
        <translation>Filtro por campaña</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Any campaign</source>
        <translation>Cualquier campaña</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Visibility filter</source>
        <translation>Filtro por visibilidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public and internal</source>
        <translation>Públicos e internos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public only</source>
        <translation>Solo públicos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal only</source>
        <translation>Solo internos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date range</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All dates</source>
        <translation>Todas las fechas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upcoming</source>
        <translation>Próximos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past</source>
        <translation>Pasado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Between dates…</source>
        <translation>Entre fechas…</translation>
    </message>
    <message>
        <location line="+456"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location line="-456"/>
        <source>C&amp;lear</source>
        <translation>&amp;Limpiar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show all events again</source>
        <translation>Volver a mostrar todos los eventos</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>No event matches the search and filters.</source>
        <translation>Ningún evento coincide con la búsqueda y los filtros.</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>&amp;New event…</source>
        <translation>&amp;Nuevo evento…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plan a new action</source>
        <translation>Planificar una nueva acción</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open event…</source>
        <translation>&amp;Abrir evento…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit the selected event</source>
        <translation>Editar el evento seleccionado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>D&amp;uplicate event</source>
        <translation>D&amp;uplicar evento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy the selected event one week later, for the next action in a series</source>
        <translation>Copiar el evento seleccionado una semana después, para la siguiente acción de una serie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete event</source>
        <translation>&amp;Borrar evento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete the selected event (Undo brings it back)</source>
        <translation>Borrar el evento seleccionado (Deshacer lo recupera)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Undone: %s</source>
        <translation>Deshecho: %s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Redone: %s</source>
        <translation>Rehecho: %s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Find events</source>
        <translation>&amp;Buscar eventos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Turnout &amp;help</source>
        <translation>&amp;Ayuda de Turnout</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Turnout</source>
        <translation>Acerca &amp;de Turnout</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Events</source>
        <translation>&amp;Eventos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Calendar</source>
        <translation>&amp;Calendario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ontacts</source>
        <translation>C&amp;ontactos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Places</source>
        <translation>&amp;Lugares</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ca&amp;mpaigns</source>
        <translation>Ca&amp;mpañas</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;vent</source>
        <translation>Even&amp;to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <location line="-408"/>
        <location line="+455"/>
        <location line="+150"/>
        <location line="+10"/>
        <location line="+104"/>
        <source>Could not read the database</source>
        <translation>No se pudo leer la base de datos</translation>
    </message>
    <message>
        <location line="-366"/>
        <source>Load the e&amp;xample campaign</source>
        <translation>Cargar la campaña de &amp;ejemplo</translation>
    </message>
    <message>
        <location line="+330"/>
        <source>%d+ events shown (counting…)</source>
        <translation>%d+ eventos mostrados (contando…)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%d events</source>
        <translation>%d eventos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 event</source>
        <translation>1 evento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%d events shown (filtered)</source>
        <translation>%d eventos mostrados (filtrados)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 event shown (filtered)</source>
        <translation>1 evento mostrado (filtrado)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Could not open the event</source>
        <translation>No se pudo abrir el evento</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+61"/>
        <source>Could not save the event</source>
        <translation>No se pudo guardar el evento</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Create “%s”</source>
        <translation>Crear «%s»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit “%s”</source>
        <translation>Editar «%s»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved “%s”.</source>
        <translation>Guardado «%s».</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>New event</source>
        <translation>Nuevo evento</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Someone else changed this event</source>
        <translation>Otra persona cambió este evento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep mine: your version replaces theirs.
Take theirs: your changes are dropped.
Save mine as a copy: theirs stays, yours becomes a new event.</source>
        <translation>Conservar la mía: tu versión reemplaza la suya.
Quedarme con la suya: tus cambios se descartan.
Guardar la mía como copia: la suya se queda y la tuya se convierte en un evento nuevo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep mine</source>
        <translation>Conservar la mía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take theirs</source>
        <translation>Quedarme con la suya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save mine as a copy</source>
        <translation>Guardar la mía como copia</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Kept the version saved by someone else.</source>
        <translation>Se conservó la versión que guardó otra persona.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not duplicate the event</source>
        <translation>No se pudo duplicar el evento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate “%s”</source>
        <translation>Duplicar «%s»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copied “%s” one week later; Ctrl+Z takes it back.</source>
        <translation>Copiado «%s» una semana después; Ctrl+Z lo deshace.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not delete the event</source>
        <translation>No se pudo borrar el evento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete “%s”</source>
        <translation>Borrar «%s»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted “%s”; Ctrl+Z brings it back.</source>
        <translation>Borrado «%s»; Ctrl+Z lo recupera.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not load the example campaign</source>
        <translation>No se pudo cargar la campaña de ejemplo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loaded the example campaign: %d events.</source>
        <translation>Campaña de ejemplo cargada: %d eventos.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not undo or redo</source>
        <translation>No se pudo deshacer ni rehacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This step was taken out of the undo history.</source>
        <translation>Este paso se quitó del historial de deshacer.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>About Turnout</source>
        <translation>Acerca de Turnout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turnout %1</source>
        <translation>Turnout %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Turnout plans, publishes and prints protests, strikes, walkouts and pickets — offline.
Database: %s</source>
        <translation>Turnout planifica, publica e imprime protestas, huelgas, paros y piquetes, sin conexión.
Base de datos: %s</translation>
    </message>
    <message>
        <location filename="../../ui/team_actions.py" line="+173"/>
        <source>Open &amp;team database…</source>
        <translation>Abrir la base de datos del e&amp;quipo…</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="+66"/>
        <source>&amp;Current passphrase:</source>
        <translation>Frase &amp;actual:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nueva frase:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Again:</source>
        <translation>&amp;Repítela:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Type the current passphrase.</source>
        <translation>Escribe la frase actual.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases no coinciden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the passphrase.</source>
        <translation>Escribe la frase de contraseña.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Protected database</source>
        <translation>Base de datos protegida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is protected with a passphrase. Type it to open the database.</source>
        <translation>%1 está protegida con una frase de contraseña. Escríbela para abrir la base de datos.</translation>
    </message>
</context>
<context>
    <name>PlaceForm</name>
    <message>
        <location filename="../../ui/records_forms.py" line="+34"/>
        <source>&amp;Name *</source>
        <translation>&amp;Nombre *</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;City</source>
        <translation>&amp;Ciudad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Region</source>
        <translation>&amp;Región</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Region or state</source>
        <translation>Región o estado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Post&amp;code</source>
        <translation>Código &amp;postal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Postcode</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countr&amp;y</source>
        <translation>&amp;País</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Latitude</source>
        <translation>La&amp;titud</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 47.6163</source>
        <translation>p. ej., 47.6163</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Lon&amp;gitude</source>
        <translation>Lon&amp;gitud</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. -122.3393</source>
        <translation>p. ej., -122.3393</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paste “latitude, longitude” from a map to fill both.</source>
        <translation>Pega «latitud, longitud» desde un mapa para llenar las dos.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New events here start in this zone.</source>
        <translation>Los eventos nuevos aquí empiezan en esta zona.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Time zone</source>
        <translation>&amp;Zona horaria</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Public sees</source>
        <translation>Lo que ve el &amp;público</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the public sees</source>
        <translation>Lo que ve el público</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Access &amp;notes</source>
        <translation>&amp;Notas de acceso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Access notes</source>
        <translation>Notas de acceso</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>latitude</source>
        <translation>latitud</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>longitude</source>
        <translation>longitud</translation>
    </message>
</context>
<context>
    <name>PlacesView</name>
    <message>
        <location filename="../../ui/records_views.py" line="+55"/>
        <source>Used by 1 event.</source>
        <translation>Lo usa 1 evento.</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Used by %n events.</source>
        <translation>
            <numerusform>Lo usa %n evento.</numerusform>
            <numerusform>Lo usan %n eventos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <location filename="../../ui/print_actions.py" line="-89"/>
        <source>Poster (public)</source>
        <translation>Cartel (público)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handbill, two per page (public)</source>
        <translation>Volante, dos por página (público)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event sheet for marshals (internal)</source>
        <translation>Hoja de acción para el equipo de orden (interna)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Letter (8.5 × 11 in)</source>
        <translation>Carta (8,5 × 11 pulg.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Print event</source>
        <translation>Imprimir evento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save event as PDF</source>
        <translation>Guardar evento como PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved the poster to %s</source>
        <translation>Cartel guardado en %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved the handbills to %s</source>
        <translation>Volantes guardados en %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved the event sheet to %s</source>
        <translation>Hoja de acción guardada en %s</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sa&amp;ve as PDF…</source>
        <translation>Guardar como P&amp;DF…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Print pro&amp;gram…</source>
        <translation>Imprimir pro&amp;grama…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not save the PDF</source>
        <translation>No se pudo guardar el PDF</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not print the program</source>
        <translation>No se pudo imprimir el programa</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select an event to print first.</source>
        <translation>Primero selecciona un evento para imprimir.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Could not print</source>
        <translation>No se pudo imprimir</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Print — %s</source>
        <translation>Imprimir — %s</translation>
    </message>
</context>
<context>
    <name>ProgramDialog</name>
    <message>
        <location line="-187"/>
        <source>Print program</source>
        <translation>Imprimir programa</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Public program (public events and details only)</source>
        <translation>Programa público (solo eventos y datos públicos)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Papel:</translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <location filename="../../ui/safety_actions.py" line="+111"/>
        <source>Purge old personal data</source>
        <translation>Purgar datos personales antiguos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Events that ended more than</source>
        <translation>Eventos que terminaron hace más de</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> days ago</source>
        <translation> días</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Remove for good</source>
        <translation>&amp;Eliminar para siempre</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>, and %n more</source>
        <translation>
            <numerusform>, y %n más</numerusform>
            <numerusform>, y %n más</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts removed: %s</source>
        <translation>Contactos eliminados: %s</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing to remove: no event that ended before %1 holds contacts, roles, tasks or internal notes.</source>
        <translation>Nada que eliminar: ningún evento que terminó antes del %1 tiene contactos, roles, tareas ni notas internas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Events that ended before %1: %2</source>
        <translation>Eventos que terminaron antes del %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Turnout will remove from them:</source>
        <translation>Turnout eliminará de ellos:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>roles</source>
        <translation>roles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tasks</source>
        <translation>tareas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>events&apos; internal notes</source>
        <translation>notas internas de los eventos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contacts who appear only in these events</source>
        <translation>contactos que solo aparecen en estos eventos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The events themselves stay.</source>
        <translation>Los eventos en sí se conservan.</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <location filename="../../ui/records_views.py" line="-97"/>
        <location line="+63"/>
        <location line="+54"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="-116"/>
        <location line="+63"/>
        <location line="+54"/>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handle</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public sees</source>
        <translation>Lo que ve el público</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <location filename="../../desktop/records.py" line="+182"/>
        <source>The {what} “{text}” is not a number.</source>
        <translation>La {what} «{text}» no es un número.</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>The contact was deleted meanwhile (perhaps in another window).</source>
        <translation>El contacto se borró mientras tanto (quizá en otra ventana).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The place was deleted meanwhile (perhaps in another window).</source>
        <translation>El lugar se borró mientras tanto (quizá en otra ventana).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The campaign was deleted meanwhile (perhaps in another window).</source>
        <translation>La campaña se borró mientras tanto (quizá en otra ventana).</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>There is already a contact called “{name}”; open it instead, or add what tells them apart.</source>
        <translation>Ya hay un contacto llamado «{name}»; ábrelo en su lugar, o añade lo que los distingue.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is already a contact called “{name}” with that email or phone; open it instead, or add what tells them apart.</source>
        <translation>Ya hay un contacto llamado «{name}» con ese correo o teléfono; ábrelo en su lugar, o añade lo que los distingue.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>There is already a place called “{name}” at {where}.</source>
        <translation>Ya hay un lugar llamado «{name}» en {where}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is already a place called “{name}” with no address.</source>
        <translation>Ya hay un lugar llamado «{name}» sin dirección.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is already a place called “{name}” (someone saved it just now).</source>
        <translation>Ya hay un lugar llamado «{name}» (alguien acaba de guardarlo).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>There is already a campaign called “{name}”.</source>
        <translation>Ya hay una campaña llamada «{name}».</translation>
    </message>
</context>
<context>
    <name>RecurrenceEditor</name>
    <message>
        <location filename="../../ui/recurrence_editor.py" line="+51"/>
        <location line="+7"/>
        <source>%dth</source>
        <comment>day of the month</comment>
        <translation>día %d</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>%dst</source>
        <comment>day of the month</comment>
        <translation>día %d</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%dnd</source>
        <comment>day of the month</comment>
        <translation>día %d</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%drd</source>
        <comment>day of the month</comment>
        <translation>día %d</translation>
    </message>
    <message>
        <location line="+17"/>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Does not repeat</source>
        <translation>No se repite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily</source>
        <translation>Cada día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly</source>
        <translation>Cada semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly, on the same date</source>
        <translation>Cada mes, en la misma fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly, on the same weekday</source>
        <translation>Cada mes, en el mismo día de la semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yearly</source>
        <translation>Cada año</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom rule</source>
        <translation>Regla personalizada</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+419"/>
        <location line="+1"/>
        <source>Repeats</source>
        <translation>Se repite</translation>
    </message>
    <message>
        <location line="-415"/>
        <source>Repeat every how many</source>
        <translation>Repetir cada cuántos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Repeat on %s</source>
        <translation>Repetir el %s</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On a date</source>
        <translation>En una fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a number of times</source>
        <translation>Tras un número de veces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat ends</source>
        <translation>Fin de la repetición</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last day of the series</source>
        <translation>Último día de la serie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> times</source>
        <translation> veces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of times</source>
        <translation>Número de veces</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Custom recurrence rule (RRULE)</source>
        <translation>Regla de repetición personalizada (RRULE)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Excluded dates</source>
        <translation>Fechas excluidas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date to leave out</source>
        <translation>Fecha que se salta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave out this date</source>
        <translation>Saltar esta fecha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected excluded date</source>
        <translation>Quitar la fecha excluida seleccionada</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Summary of the recurrence</source>
        <translation>Resumen de la repetición</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Repeats:</source>
        <translation>&amp;Se repite:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every:</source>
        <translation>Cada:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On:</source>
        <translation>Los días:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule:</source>
        <translation>Regla:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends:</source>
        <translation>Termina:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave out:</source>
        <translation>Saltar:</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>Happens once.</source>
        <translation>Ocurre una sola vez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write a rule.</source>
        <translation>Escribe una regla.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+143"/>
        <source>Every day</source>
        <translation>Cada día</translation>
    </message>
    <message>
        <location line="-143"/>
        <location line="+144"/>
        <source>Every %d days</source>
        <translation>Cada %d días</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>Every %s</source>
        <translation>Cada %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every %d weeks on %s</source>
        <translation>Cada %d semanas, el %s</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+15"/>
        <source>Every month on the %s</source>
        <translation>Cada mes, el %s</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+15"/>
        <source>Every %d months on the %s</source>
        <translation>Cada %d meses, el %s</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>last</source>
        <translation>último</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first</source>
        <translation>primer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>second</source>
        <translation>segundo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>third</source>
        <translation>tercer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>fourth</source>
        <translation>cuarto</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Every year on %s</source>
        <translation>Cada año, el %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every %d years on %s</source>
        <translation>Cada %d años, el %s</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+136"/>
        <source> until %s</source>
        <translation> hasta el %s</translation>
    </message>
    <message>
        <location line="-134"/>
        <location line="+128"/>
        <source>, %d times</source>
        <translation>, %d veces</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>, except 1 date</source>
        <translation>, salvo 1 fecha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, except %d dates</source>
        <translation>, salvo %d fechas</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>day</source>
        <translation>día</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>week</source>
        <translation>semana</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>weeks</source>
        <translation>semanas</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>month</source>
        <translation>mes</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>months</source>
        <translation>meses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year</source>
        <translation>año</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>years</source>
        <translation>años</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Every week</source>
        <translation>Cada semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every %d weeks</source>
        <translation>Cada %d semanas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every month</source>
        <translation>Cada mes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every %d months</source>
        <translation>Cada %d meses</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every year</source>
        <translation>Cada año</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every %d years</source>
        <translation>Cada %d años</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> on %s</source>
        <translation>, el %s</translation>
    </message>
</context>
<context>
    <name>RemovePassphraseDialog</name>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="+25"/>
        <source>Remove passphrase</source>
        <translation>Quitar la frase de contraseña</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Turnout will decrypt the database and keep it as a plain file. Anyone who has this laptop, or a copy of the file, will be able to read every event, contact, phone number and note in it.</source>
        <translation>Turnout descifrará la base de datos y la guardará como un archivo sin cifrar. Cualquiera que tenga esta laptop, o una copia del archivo, podrá leer todos sus eventos, contactos, teléfonos y notas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backups made while it was protected stay protected with the current passphrase. If the laptop&apos;s whole disk is encrypted, that protects the file when the laptop is lost or seized.</source>
        <translation>Las copias de seguridad hechas mientras estaba protegida siguen protegidas con la frase actual. Si todo el disco de la laptop está cifrado, eso protege el archivo cuando la laptop se pierde o es incautada.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Current passphrase:</source>
        <translation>Frase &amp;actual:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I understand that anyone who has this laptop can read the database.</source>
        <translation>Entiendo que cualquiera que tenga esta laptop podrá leer la base de datos.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Remove passphrase</source>
        <translation>&amp;Quitar la frase de contraseña</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/safety_actions.py" line="-164"/>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restoring replaces everything in the database with the backup. What the database holds now is kept as a backup first.</source>
        <translation>Restaurar reemplaza todo lo que hay en la base de datos por la copia. Antes, lo que tiene ahora la base de datos se guarda como copia de seguridad.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Made</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>daily</source>
        <translation>diaria</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>before a restore</source>
        <translation>antes de restaurar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>made by hand</source>
        <translation>hecha a mano</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, protected</source>
        <translation>, protegida</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Folder: %s</source>
        <translation>Carpeta: %s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Other file…</source>
        <translation>&amp;Otro archivo…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore from</source>
        <translation>Restaurar desde</translation>
    </message>
</context>
<context>
    <name>RoleRow</name>
    <message>
        <location filename="../../ui/event_editor.py" line="-747"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shown publicly</source>
        <translation>Visible al público</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print this person on flyers and public feeds</source>
        <translation>Imprimir a esta persona en carteles y calendarios públicos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this person from the event</source>
        <translation>Quitar a esta persona del evento</translation>
    </message>
</context>
<context>
    <name>SafetyActions</name>
    <message>
        <location filename="../../ui/safety_actions.py" line="+132"/>
        <source>Import &amp;contacts from CSV…</source>
        <translation>Importar co&amp;ntactos desde CSV…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export contact&amp;s as CSV…</source>
        <translation>Exportar c&amp;ontactos como CSV…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export e&amp;vents as CSV…</source>
        <translation>Exportar e&amp;ventos como CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Backup…</source>
        <translation>&amp;Copia de seguridad…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore…</source>
        <translation>Res&amp;taurar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;move passphrase…</source>
        <translation>Quit&amp;ar la frase de contraseña…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;urge old personal data…</source>
        <translation>P&amp;urgar datos personales antiguos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Change &amp;passphrase…</source>
        <translation>Cambiar la &amp;frase de contraseña…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Protect with passphrase…</source>
        <translation>&amp;Proteger con frase de contraseña…</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Wrong passphrase.</source>
        <translation>Frase de contraseña incorrecta.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The daily backup failed: %s</source>
        <translation>La copia de seguridad diaria falló: %s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Daily backup saved to %s</source>
        <translation>Copia de seguridad diaria guardada en %s</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not back up</source>
        <translation>No se pudo hacer la copia de seguridad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backup</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backed up to %1 (%2).</source>
        <translation>Copia guardada en %1 (%2).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not restore</source>
        <translation>No se pudo restaurar</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+21"/>
        <source>Cannot restore</source>
        <translation>No se puede restaurar</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace everything in %1 with %2? What the database holds now is kept as a backup first.</source>
        <translation>¿Reemplazar todo lo que hay en %1 por %2? Antes, lo que tiene ahora la base de datos se guarda como copia de seguridad.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Restoring the backup…</source>
        <translation>Restaurando la copia de seguridad…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Restored %1; the replaced content was kept at %2</source>
        <translation>Restaurada %1; el contenido reemplazado se guardó en %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Change passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Protect with passphrase</source>
        <translation>Proteger con frase de contraseña</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the current passphrase, then the new one twice. Backups are protected with the new passphrase too.</source>
        <translation>Escribe la frase actual y luego la nueva dos veces. Las copias de seguridad también quedan protegidas con la nueva frase.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Turnout will encrypt the database and its backups with this passphrase. Without it nobody, you included, can read them: keep it somewhere safe.</source>
        <translation>Turnout cifrará la base de datos y sus copias de seguridad con esta frase. Sin ella nadie, ni siquiera tú, podrá leerlas: guárdala en un lugar seguro.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Protecting the database and its backups…</source>
        <translation>Protegiendo la base de datos y sus copias de seguridad…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not protect the database</source>
        <translation>No se pudo proteger la base de datos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The passphrase was changed</source>
        <translation>La frase de contraseña se cambió</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database is protected</source>
        <translation>La base de datos está protegida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; %d backups too</source>
        <translation>; también %d copias de seguridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Removing the passphrase…</source>
        <translation>Quitando la frase de contraseña…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wrong passphrase; nothing was changed.</source>
        <translation>Frase de contraseña incorrecta; no se cambió nada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not remove the passphrase</source>
        <translation>No se pudo quitar la frase de contraseña</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The passphrase was removed. Anyone who has this laptop can now read the database.</source>
        <translation>Se quitó la frase de contraseña. Ahora cualquiera que tenga esta laptop puede leer la base de datos.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Backups made while it was protected (%n) keep the old passphrase.</source>
        <translation>
            <numerusform>La copia de seguridad hecha mientras estaba protegida (%n) conserva la frase anterior.</numerusform>
            <numerusform>Las copias de seguridad hechas mientras estaba protegida (%n) conservan la frase anterior.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passphrase removed</source>
        <translation>Frase de contraseña quitada</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export contacts as CSV</source>
        <translation>Exportar contactos como CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export events as CSV</source>
        <translation>Exportar eventos como CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not export</source>
        <translation>No se pudo exportar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exported contacts to %s</source>
        <translation>Contactos exportados a %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported events to %s</source>
        <translation>Eventos exportados a %s</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import contacts from CSV</source>
        <translation>Importar contactos desde CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Archivos CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not import contacts</source>
        <translation>No se pudieron importar los contactos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import contacts</source>
        <translation>Importar contactos</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Could not purge</source>
        <translation>No se pudo purgar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Removed %1 roles, %2 tasks, the notes of %3 events and %4 contacts.</source>
        <translation>Se eliminaron %1 roles, %2 tareas, las notas de %3 eventos y %4 contactos.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="+49"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You (the organizer of your invites)</source>
        <translation>Tú (quien organiza en tus invitaciones)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. Ana Reyes</source>
        <translation>p. ej., Ana Reyes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. ana@example.org</source>
        <translation>p. ej., ana@ejemplo.org</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email:</source>
        <translation>&amp;Correo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language and defaults</source>
        <translation>Idioma y valores predeterminados</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Same as this computer</source>
        <translation>El de esta computadora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer&apos;s (%s)</source>
        <translation>La de esta computadora (%s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time &amp;zone of new events:</source>
        <translation>&amp;Zona horaria de los eventos nuevos:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From this computer&apos;s region</source>
        <translation>Según la región de esta computadora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter (8.5 × 11 in)</source>
        <translation>Carta (8,5 × 11 pulg.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backups and lock</source>
        <translation>Copias de seguridad y bloqueo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> backups</source>
        <translation> copias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep the last:</source>
        <translation>&amp;Guardar las últimas:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> minutes without use</source>
        <translation> minutos sin uso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loc&amp;k after:</source>
        <translation>&amp;Bloquear tras:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new language is used the next time Turnout starts.</source>
        <translation>El nuevo idioma se usa la próxima vez que se inicie Turnout.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>“%s” is not an email address.</source>
        <translation>«%s» no es una dirección de correo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+6"/>
        <source>Cannot save the preferences</source>
        <translation>No se pueden guardar las preferencias</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot open the preferences</source>
        <translation>No se pueden abrir las preferencias</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
</context>
<context>
    <name>TaskRow</name>
    <message>
        <location filename="../../ui/event_editor.py" line="+33"/>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What needs doing</source>
        <translation>Qué hay que hacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Para el</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assigned to</source>
        <translation>Asignada a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(nobody yet)</source>
        <translation>(nadie todavía)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this task</source>
        <translation>Quitar esta tarea</translation>
    </message>
</context>
<context>
    <name>TeamServerDialog</name>
    <message>
        <location filename="../../ui/team_actions.py" line="-138"/>
        <source>Open team database</source>
        <translation>Abrir la base de datos del equipo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect to the PostgreSQL server your team shares. The address is remembered; the password is not.</source>
        <translation>Conéctate al servidor PostgreSQL que comparte tu equipo. La dirección se recuerda; la contraseña, no.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Encrypted (TLS required)</source>
        <translation>Cifrada (TLS obligatorio)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted, server certificate checked</source>
        <translation>Cifrada, con el certificado del servidor verificado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted when the server offers it</source>
        <translation>Cifrada cuando el servidor lo ofrece</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not encrypted (only on this computer or a trusted network)</source>
        <translation>Sin cifrar (solo en esta computadora o en una red de confianza)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not stored; empty to use ~/.pgpass</source>
        <translation>no se guarda; vacía para usar ~/.pgpass</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;uerto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Connection:</source>
        <translation>Co&amp;nexión:</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>server</source>
        <translation>servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>database</source>
        <translation>base de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>user name</source>
        <translation>usuario</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fill in: </source>
        <translation>Falta: </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot open the team database</source>
        <translation>No se puede abrir la base de datos del equipo</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../ui/vocabulary.py" line="+16"/>
        <source>protest</source>
        <translation>protesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>march</source>
        <translation>marcha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rally</source>
        <translation>mitin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>strike</source>
        <translation>huelga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>walkout</source>
        <translation>paro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>picket</source>
        <translation>piquete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sit-in</source>
        <translation>plantón</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vigil</source>
        <translation>vigilia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>boycott</source>
        <translation>boicot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>petition</source>
        <translation>petición</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meeting</source>
        <translation>reunión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>training</source>
        <translation>capacitación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>press conference</source>
        <translation>conferencia de prensa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>planned</source>
        <translation>planificado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>confirmed</source>
        <translation>confirmado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tentative</source>
        <translation>provisional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>postponed</source>
        <translation>pospuesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>realizado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>public</source>
        <translation>público</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>internal</source>
        <translation>interno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>organizer</source>
        <translation>organizador(a)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>marshal</source>
        <translation>monitor(a) de orden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>legal observer</source>
        <translation>observador(a) legal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>medic</source>
        <translation>médico(a)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>press liaison</source>
        <translation>enlace de prensa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>speaker</source>
        <translation>orador(a)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>driver</source>
        <translation>conductor(a)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attendee</source>
        <translation>asistente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exact address</source>
        <translation>Dirección exacta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area only</source>
        <translation>Solo la zona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hidden until announced</source>
        <translation>Oculto hasta anunciarlo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The public sees the full address and the map point.</source>
        <translation>El público ve la dirección completa y el punto en el mapa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The public sees only the city and region; the address stays internal.</source>
        <translation>El público solo ve la ciudad y la región; la dirección queda interna.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The public sees nothing of the place until you change this (a secret meeting point).</source>
        <translation>El público no ve nada del lugar hasta que cambies esto (un punto de encuentro secreto).</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/welcome.py" line="+17"/>
        <source>Welcome to Turnout</source>
        <translation>Te damos la bienvenida a Turnout</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Plan every action of a campaign — protests, strikes, walkouts, pickets, meetings — with their places, people and tasks. Everything stays on this computer and works without a network.

There are no events yet. Start with the example campaign to look around, or create your first event.</source>
        <translation>Planifica cada acción de una campaña —protestas, huelgas, paros, piquetes, reuniones— con sus lugares, personas y tareas. Todo se queda en esta computadora y funciona sin red.

Todavía no hay eventos. Empieza con la campaña de ejemplo para echar un vistazo o crea tu primer evento.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Load the example campaign</source>
        <translation>&amp;Cargar la campaña de ejemplo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adds the “We Won&apos;t Build It” campaign of 2018–2019: 8 events, 6 places</source>
        <translation>Añade la campaña «We Won&apos;t Build It» de 2018–2019: 8 eventos, 6 lugares</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Create your first event</source>
        <translation>C&amp;rear tu primer evento</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tip: Ctrl+N creates an event from anywhere; F1 lists every shortcut.</source>
        <translation>Consejo: Ctrl+N crea un evento desde cualquier lugar; F1 abre la guía con todos los atajos.</translation>
    </message>
</context>
<context>
    <name>ZoneBox</name>
    <message>
        <location filename="../../ui/zone_box.py" line="+29"/>
        <source>Type a city, e.g. Chicago</source>
        <translation>Escribe una ciudad, p. ej., Chicago</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>“%s” is in more than one time zone: %s. Pick one.</source>
        <translation>«%s» está en más de una zona horaria: %s. Elige una.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%s” is not a time zone; type a city, e.g. Chicago, or a name such as America/Chicago.</source>
        <translation>«%s» no es una zona horaria; escribe una ciudad, p. ej., Chicago, o un nombre como America/Chicago.</translation>
    </message>
</context>
<context>
    <name>_RecordsView</name>
    <message>
        <location filename="../../ui/records_views.py" line="-545"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Borrar…</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Revert</source>
        <translation>&amp;Revertir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the changes not saved yet</source>
        <translation>Deshacer los cambios aún no guardados</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>%1 of them match the search</source>
        <translation>%1 coinciden con la búsqueda</translation>
    </message>
    <message>
        <location line="+211"/>
        <source>Search contacts…</source>
        <translation>Buscar contactos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search contacts</source>
        <translation>Buscar contactos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New contact</source>
        <translation>&amp;Nuevo contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New contact</source>
        <translation>Nuevo contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected contact</source>
        <translation>Borrar el contacto seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the contact</source>
        <translation>Guardar el contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete contact</source>
        <translation>Borrar contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the new contact</source>
        <translation>el nuevo contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 contact</source>
        <translation>1 contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n contacts</source>
        <translation>%n contactos</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Search places…</source>
        <translation>Buscar lugares…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search places</source>
        <translation>Buscar lugares</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New place</source>
        <translation>&amp;Nuevo lugar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New place</source>
        <translation>Nuevo lugar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected place</source>
        <translation>Borrar el lugar seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the place</source>
        <translation>Guardar el lugar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete place</source>
        <translation>Borrar lugar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the new place</source>
        <translation>el nuevo lugar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 place</source>
        <translation>1 lugar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n places</source>
        <translation>%n lugares</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Search campaigns…</source>
        <translation>Buscar campañas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search campaigns</source>
        <translation>Buscar campañas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New campaign</source>
        <translation>&amp;Nueva campaña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New campaign</source>
        <translation>Nueva campaña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected campaign</source>
        <translation>Borrar la campaña seleccionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the campaign</source>
        <translation>Guardar la campaña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete campaign</source>
        <translation>Borrar campaña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the new campaign</source>
        <translation>la nueva campaña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 campaign</source>
        <translation>1 campaña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n campaigns</source>
        <translation>%n campañas</translation>
    </message>
    <message>
        <location line="-207"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to “%1”?</source>
        <translation>¿Guardar los cambios en «%1»?</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Not saved yet.</source>
        <translation>Aún no se ha guardado.</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../../ui/crash.py" line="+36"/>
        <source>Turnout</source>
        <translation>Turnout</translation>
    </message>
</context>
</TS>
