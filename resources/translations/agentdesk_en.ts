<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AddonsModel</name>
    <message>
        <location filename="../../agentdesk/views/customer/addons_model.py" line="18"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/addons_model.py" line="20"/>
        <source>not usable yet</source>
        <translation>not usable yet</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/addons_model.py" line="20"/>
        <source>usable</source>
        <translation>usable</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/addons_model.py" line="43"/>
        <source>Add-on product</source>
        <translation>Add-on product</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/addons_model.py" line="48"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/addons_model.py" line="50"/>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/addons_model.py" line="55"/>
        <source>Network (HLR)</source>
        <translation>Network (HLR)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/addons_model.py" line="61"/>
        <source>Usable</source>
        <translation>Usable</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/addons_model.py" line="67"/>
        <source>Monthly fee</source>
        <translation>Monthly fee</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/addons_model.py" line="73"/>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/addons_model.py" line="75"/>
        <source>Attributes</source>
        <translation>Attributes</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/addons_model.py" line="81"/>
        <source>Explanation</source>
        <translation>Explanation</translation>
    </message>
</context>
<context>
    <name>AddonsTab</name>
    <message>
        <location filename="../../agentdesk/views/customer/addons_tab.py" line="30"/>
        <source>Activate in the network</source>
        <translation>Activate in the network</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/addons_tab.py" line="33"/>
        <source>Sync the network from CRM</source>
        <translation>Sync the network from CRM</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/addons_tab.py" line="20"/>
        <source>Add-ons</source>
        <translation>Add-ons</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/addons_tab.py" line="50"/>
        <source>The customer has no number.</source>
        <translation>The customer has no number.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/addons_tab.py" line="51"/>
        <source>%1 has no add-on products.</source>
        <translation>%1 has no add-on products.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/addons_tab.py" line="63"/>
        <source>Add-ons of %1 (broadband) are not held in the HLR: CRM&apos;s view only.</source>
        <translation>Add-ons of %1 (broadband) are not held in the HLR: CRM&apos;s view only.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/addons_tab.py" line="68"/>
        <source>The network&apos;s side is unknown: %1</source>
        <translation>The network&apos;s side is unknown: %1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/addons_tab.py" line="73"/>
        <source>Add-ons of %1 in CRM and in the network (HLR). The network decides whether it works.</source>
        <translation>Add-ons of %1 in CRM and in the network (HLR). The network decides whether it works.</translation>
    </message>
</context>
<context>
    <name>AgentPage</name>
    <message>
        <location filename="../../agentdesk/views/dashboard/chart_pages.py" line="178"/>
        <source>Tickets by agent</source>
        <translation>Tickets by agent</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/chart_pages.py" line="178"/>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/chart_pages.py" line="182"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/chart_pages.py" line="183"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
</context>
<context>
    <name>AnnouncementEditor</name>
    <message>
        <location filename="../../agentdesk/views/knowledge/announcement_editor.py" line="40"/>
        <source>New announcement</source>
        <translation>New announcement</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/announcement_editor.py" line="47"/>
        <source>What agents see in the list</source>
        <translation>What agents see in the list</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/announcement_editor.py" line="49"/>
        <source>The announcement&apos;s text</source>
        <translation>The announcement&apos;s text</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/announcement_editor.py" line="54"/>
        <source>Publish later</source>
        <translation>Publish later</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/announcement_editor.py" line="60"/>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/announcement_editor.py" line="68"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/announcement_editor.py" line="69"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/announcement_editor.py" line="70"/>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/announcement_editor.py" line="79"/>
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/announcement_editor.py" line="117"/>
        <source>Give the announcement a title (at most %1 characters).</source>
        <translation>Give the announcement a title (at most %1 characters).</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/announcement_editor.py" line="120"/>
        <source>Write the announcement&apos;s text (at most %1 characters).</source>
        <translation>Write the announcement&apos;s text (at most %1 characters).</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/announcement_editor.py" line="123"/>
        <source>Choose a priority.</source>
        <translation>Choose a priority.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/announcement_editor.py" line="124"/>
        <source>The expiry must be later than the publication time.</source>
        <translation>The expiry must be later than the publication time.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/announcement_editor.py" line="130"/>
        <source>Publishing…</source>
        <translation>Publishing…</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/announcement_editor.py" line="142"/>
        <source>Press Publish to try again.</source>
        <translation>Press Publish to try again.</translation>
    </message>
</context>
<context>
    <name>AnnouncementList</name>
    <message>
        <location filename="../../agentdesk/views/knowledge/announcement_list.py" line="25"/>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/announcement_list.py" line="26"/>
        <source>Important</source>
        <translation>Important</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/announcement_list.py" line="27"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/announcement_list.py" line="104"/>
        <source>Mark all read</source>
        <translation>Mark all read</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/announcement_list.py" line="106"/>
        <source>New announcement…</source>
        <translation>New announcement…</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/announcement_list.py" line="150"/>
        <source>Expires %1</source>
        <translation>Expires %1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/announcement_list.py" line="153"/>
        <source>Does not expire</source>
        <translation>Does not expire</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/announcement_list.py" line="156"/>
        <source>Published %1 by %2</source>
        <translation>Published %1 by %2</translation>
    </message>
</context>
<context>
    <name>AnnouncementModel</name>
    <message>
        <location filename="../../agentdesk/views/knowledge/announcement_list.py" line="58"/>
        <source>scheduled for %1</source>
        <translation>scheduled for %1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/announcement_list.py" line="70"/>
        <source>Published %1 by %2</source>
        <translation>Published %1 by %2</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <location filename="../../agentdesk/views/knowledge/article_view.py" line="22"/>
        <source>Billing dispute</source>
        <translation>Billing dispute</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/article_view.py" line="23"/>
        <source>Still barred after payment</source>
        <translation>Still barred after payment</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/article_view.py" line="24"/>
        <source>Broadband cannot log in</source>
        <translation>Broadband cannot log in</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/article_view.py" line="25"/>
        <source>Wireless data (1X/EVDO/WLAN) not working</source>
        <translation>Wireless data (1X/EVDO/WLAN) not working</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/article_view.py" line="26"/>
        <source>Value-added service dispute</source>
        <translation>Value-added service dispute</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/article_view.py" line="27"/>
        <source>Add-on service not working</source>
        <translation>Add-on service not working</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/article_view.py" line="28"/>
        <source>Mobile VPN</source>
        <translation>Mobile VPN</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/article_view.py" line="29"/>
        <source>Order not completed</source>
        <translation>Order not completed</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/article_view.py" line="76"/>
        <location filename="../../agentdesk/views/knowledge/article_view.py" line="159"/>
        <source>☆ Favourite</source>
        <translation>☆ Favourite</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/article_view.py" line="76"/>
        <source>Keep this article in your favourites</source>
        <translation>Keep this article in your favourites</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/article_view.py" line="79"/>
        <source>Copy paragraph</source>
        <translation>Copy paragraph</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/article_view.py" line="80"/>
        <source>Copy the selected text, or the paragraph at the cursor</source>
        <translation>Copy the selected text, or the paragraph at the cursor</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/article_view.py" line="82"/>
        <source>Copy article</source>
        <translation>Copy article</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/article_view.py" line="84"/>
        <source>To note</source>
        <translation>To note</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/article_view.py" line="85"/>
        <source>Add the paragraph (or selection) to the notepad</source>
        <translation>Add the paragraph (or selection) to the notepad</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/article_view.py" line="87"/>
        <source>To ticket</source>
        <translation>To ticket</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/article_view.py" line="88"/>
        <source>Add the paragraph (or selection) to the ticket being written</source>
        <translation>Add the paragraph (or selection) to the ticket being written</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/article_view.py" line="103"/>
        <source>Choose an article to read it here.</source>
        <translation>Choose an article to read it here.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/article_view.py" line="138"/>
        <source>Keywords: %1</source>
        <translation>Keywords: %1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/article_view.py" line="140"/>
        <source>Updated %1</source>
        <translation>Updated %1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/article_view.py" line="143"/>
        <source>[image not shown: %1]</source>
        <translation>[image not shown: %1]</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/article_view.py" line="143"/>
        <source>[image not shown]</source>
        <translation>[image not shown]</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/article_view.py" line="148"/>
        <source>Related pretreatment flow: %1 — &lt;a href=&apos;#flow&apos;&gt;start it&lt;/a&gt;</source>
        <translation>Related pretreatment flow: %1 — &lt;a href=&apos;#flow&apos;&gt;start it&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/article_view.py" line="159"/>
        <source>★ Favourite</source>
        <translation>★ Favourite</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/article_view.py" line="177"/>
        <source>(Knowledge base: %1, %2)</source>
        <translation>(Knowledge base: %1, %2)</translation>
    </message>
</context>
<context>
    <name>AskPage</name>
    <message>
        <location filename="../../agentdesk/wizards/pages/ask_page.py" line="33"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../agentdesk/wizards/pages/ask_page.py" line="35"/>
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
    <message>
        <location filename="../../agentdesk/wizards/pages/ask_page.py" line="37"/>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message>
        <location filename="../../agentdesk/views/audit_panel.py" line="28"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/audit_panel.py" line="31"/>
        <source>Back-office changes made from this desk</source>
        <translation>Back-office changes made from this desk</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/audit_panel.py" line="65"/>
        <source>Could not read the audit trail: %1</source>
        <translation>Could not read the audit trail: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agentdesk/views/audit_panel.py" line="69"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agentdesk/views/audit_panel.py" line="71"/>
        <source>%n waiting to send</source>
        <translation>
            <numerusform>%n waiting to send</numerusform>
            <numerusform>%n waiting to send</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../agentdesk/views/audit_table_model.py" line="31"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/audit_table_model.py" line="32"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/audit_table_model.py" line="33"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/audit_table_model.py" line="34"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/audit_table_model.py" line="35"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/audit_table_model.py" line="36"/>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/audit_table_model.py" line="37"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/audit_table_model.py" line="38"/>
        <source>Idempotency key</source>
        <translation>Idempotency key</translation>
    </message>
</context>
<context>
    <name>AuditWording</name>
    <message>
        <location filename="../../agentdesk/views/audit_wording.py" line="20"/>
        <source>confirmed</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/audit_wording.py" line="21"/>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/audit_wording.py" line="22"/>
        <source>waiting to send</source>
        <translation>waiting to send</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/audit_wording.py" line="30"/>
        <source>the desk paused calls to this system after repeated failures</source>
        <translation>the desk paused calls to this system after repeated failures</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/audit_wording.py" line="34"/>
        <source>the system did not answer in time</source>
        <translation>the system did not answer in time</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/audit_wording.py" line="42"/>
        <source>the system could not be reached</source>
        <translation>the system could not be reached</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/audit_wording.py" line="46"/>
        <source>the sign-in had expired</source>
        <translation>the sign-in had expired</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/audit_wording.py" line="50"/>
        <source>not allowed for this sign-in</source>
        <translation>not allowed for this sign-in</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/audit_wording.py" line="57"/>
        <source>the system&apos;s answer could not be read</source>
        <translation>the system&apos;s answer could not be read</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/audit_wording.py" line="68"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/audit_wording.py" line="69"/>
        <source>network state</source>
        <translation>network state</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/audit_wording.py" line="70"/>
        <source>password</source>
        <translation>password</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/audit_wording.py" line="71"/>
        <source>bound MAC</source>
        <translation>bound MAC</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/audit_wording.py" line="72"/>
        <source>online sessions</source>
        <translation>online sessions</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/audit_wording.py" line="73"/>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/audit_wording.py" line="74"/>
        <source>line</source>
        <translation>line</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/audit_wording.py" line="78"/>
        <source>ID card number</source>
        <translation>ID card number</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/audit_wording.py" line="79"/>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/audit_wording.py" line="80"/>
        <source>contact phone</source>
        <translation>contact phone</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/audit_wording.py" line="81"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/audit_wording.py" line="82"/>
        <source>account manager&apos;s phone</source>
        <translation>account manager&apos;s phone</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/audit_wording.py" line="101"/>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/audit_wording.py" line="119"/>
        <source>%1 changed</source>
        <translation>%1 changed</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/audit_wording.py" line="122"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/audit_wording.py" line="147"/>
        <source>nothing needed changing</source>
        <translation>nothing needed changing</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/audit_wording.py" line="150"/>
        <source>ticket %1 (%2)</source>
        <translation>ticket %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/audit_wording.py" line="155"/>
        <source>shown: %1</source>
        <translation>shown: %1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/audit_wording.py" line="161"/>
        <source>dial test: %1 in %2 ms</source>
        <translation>dial test: %1 in %2 ms</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/audit_wording.py" line="167"/>
        <source>line test: %1, attenuation %2 dB, SNR %3 dB</source>
        <translation>line test: %1, attenuation %2 dB, SNR %3 dB</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/audit_wording.py" line="175"/>
        <source>already done by an earlier attempt</source>
        <translation>already done by an earlier attempt</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/audit_wording.py" line="187"/>
        <source>the desk keeps trying</source>
        <translation>the desk keeps trying</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/audit_wording.py" line="192"/>
        <source>confirmed on a later attempt</source>
        <translation>confirmed on a later attempt</translation>
    </message>
</context>
<context>
    <name>BalanceModel</name>
    <message>
        <location filename="../../agentdesk/views/customer/balance_model.py" line="16"/>
        <source>open-ended</source>
        <translation>open-ended</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/balance_model.py" line="26"/>
        <source>Balance book</source>
        <translation>Balance book</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/balance_model.py" line="29"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/balance_model.py" line="32"/>
        <source>shared by the contract</source>
        <translation>shared by the contract</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/balance_model.py" line="37"/>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/balance_model.py" line="44"/>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/balance_model.py" line="55"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/balance_model.py" line="60"/>
        <source>Book</source>
        <translation>Book</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/balance_model.py" line="64"/>
        <source>Income / expense</source>
        <translation>Income / expense</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/balance_model.py" line="68"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/balance_model.py" line="75"/>
        <source>Balance after</source>
        <translation>Balance after</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/balance_model.py" line="81"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>BalanceTab</name>
    <message>
        <location filename="../../agentdesk/views/customer/balance_tab.py" line="33"/>
        <source>By number</source>
        <translation>By number</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/balance_tab.py" line="35"/>
        <source>By contract</source>
        <translation>By contract</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/balance_tab.py" line="53"/>
        <source>Credit control</source>
        <translation>Credit control</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/balance_tab.py" line="57"/>
        <source>Credit class</source>
        <translation>Credit class</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/balance_tab.py" line="58"/>
        <source>Credit limit</source>
        <translation>Credit limit</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/balance_tab.py" line="24"/>
        <location filename="../../agentdesk/views/customer/balance_tab.py" line="59"/>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/balance_tab.py" line="60"/>
        <source>Arrears</source>
        <translation>Arrears</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/balance_tab.py" line="61"/>
        <source>Available credit</source>
        <translation>Available credit</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/balance_tab.py" line="68"/>
        <source>Balance books</source>
        <translation>Balance books</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/balance_tab.py" line="114"/>
        <source>(over the limit)</source>
        <translation>(over the limit)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/balance_tab.py" line="123"/>
        <source>Income and expense %1 – %2: income %3, expense %4, %5 records</source>
        <translation>Income and expense %1 – %2: income %3, expense %4, %5 records</translation>
    </message>
</context>
<context>
    <name>BillHelperWidget</name>
    <message>
        <location filename="../../agentdesk/toolbox/calculator.py" line="309"/>
        <source>Paste amounts here, one per line (¥, commas and labels are fine)</source>
        <translation>Paste amounts here, one per line (¥, commas and labels are fine)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calculator.py" line="322"/>
        <source>Use total in calculator</source>
        <translation>Use total in calculator</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calculator.py" line="324"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agentdesk/toolbox/calculator.py" line="341"/>
        <source>Total: %1 (%n amount(s))</source>
        <translation>
            <numerusform>Total: %1 (%n amount)</numerusform>
            <numerusform>Total: %1 (%n amounts)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agentdesk/toolbox/calculator.py" line="348"/>
        <source>Skipped %n line(s) without a clear amount: line %1</source>
        <translation>
            <numerusform>Skipped %n line without a clear amount: line %1</numerusform>
            <numerusform>Skipped %n lines without a clear amount: line %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BroadbandModel</name>
    <message>
        <location filename="../../agentdesk/views/customer/broadband_model.py" line="21"/>
        <source>Online since</source>
        <translation>Online since</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/broadband_model.py" line="25"/>
        <source>IP address</source>
        <translation>IP address</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/broadband_model.py" line="26"/>
        <location filename="../../agentdesk/views/customer/broadband_model.py" line="61"/>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/broadband_model.py" line="27"/>
        <location filename="../../agentdesk/views/customer/broadband_model.py" line="62"/>
        <source>Access server</source>
        <translation>Access server</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/broadband_model.py" line="42"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/broadband_model.py" line="45"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/broadband_model.py" line="51"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/broadband_model.py" line="56"/>
        <source>What it means</source>
        <translation>What it means</translation>
    </message>
</context>
<context>
    <name>BroadbandTab</name>
    <message>
        <location filename="../../agentdesk/views/customer/broadband_tab.py" line="78"/>
        <source>Account (BIMS)</source>
        <translation>Account (BIMS)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/broadband_tab.py" line="82"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/broadband_tab.py" line="83"/>
        <source>Status (CRM / BIMS)</source>
        <translation>Status (CRM / BIMS)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/broadband_tab.py" line="84"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/broadband_tab.py" line="85"/>
        <source>Access</source>
        <translation>Access</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/broadband_tab.py" line="86"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/broadband_tab.py" line="87"/>
        <source>Bound MAC / dialling MAC</source>
        <translation>Bound MAC / dialling MAC</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/broadband_tab.py" line="88"/>
        <source>Downstream: configured / actual</source>
        <translation>Downstream: configured / actual</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/broadband_tab.py" line="89"/>
        <source>Upstream: configured / actual</source>
        <translation>Upstream: configured / actual</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/broadband_tab.py" line="90"/>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/broadband_tab.py" line="91"/>
        <source>Online sessions / limit</source>
        <translation>Online sessions / limit</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/broadband_tab.py" line="99"/>
        <source>Front-line repairs</source>
        <translation>Front-line repairs</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/broadband_tab.py" line="118"/>
        <source>Online sessions</source>
        <translation>Online sessions</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/broadband_tab.py" line="125"/>
        <source>Login records</source>
        <extracomment>submit(draft, draft_id) -&gt; anything; the ticket desk&apos;s submit, used for the front-line record ``send(draft, idempotency_key)`` -&gt; the created ticket; raises ConnectorError</extracomment>
        <translation>Login records</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/broadband_tab.py" line="76"/>
        <source>Broadband</source>
        <translation>Broadband</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/broadband_tab.py" line="144"/>
        <source>The customer has no broadband account.</source>
        <translation>The customer has no broadband account.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/broadband_tab.py" line="163"/>
        <source>(different router)</source>
        <translation>(different router)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/broadband_tab.py" line="171"/>
        <source>(shortfall: %1% of the configured rate)</source>
        <translation>(shortfall: %1% of the configured rate)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/broadband_tab.py" line="179"/>
        <source>%1 (attenuation %2 dB, SNR %3 dB)</source>
        <translation>%1 (attenuation %2 dB, SNR %3 dB)</translation>
    </message>
</context>
<context>
    <name>CalculatorWidget</name>
    <message>
        <location filename="../../agentdesk/toolbox/calculator.py" line="59"/>
        <source>Calculator</source>
        <translation>Calculator</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calculator.py" line="62"/>
        <source>Bill helper</source>
        <translation>Bill helper</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calculator.py" line="73"/>
        <source>Type an expression, e.g. 19.99*3 + 10%, then Enter</source>
        <translation>Type an expression, e.g. 19.99*3 + 10%, then Enter</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calculator.py" line="106"/>
        <source>Delete the last character (Backspace)</source>
        <translation>Delete the last character (Backspace)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calculator.py" line="112"/>
        <source>Clear the expression (Esc)</source>
        <translation>Clear the expression (Esc)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calculator.py" line="115"/>
        <source>Calculate (Enter)</source>
        <translation>Calculate (Enter)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calculator.py" line="123"/>
        <source>Clear the memory</source>
        <translation>Clear the memory</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calculator.py" line="124"/>
        <source>Insert the memory into the expression</source>
        <translation>Insert the memory into the expression</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calculator.py" line="125"/>
        <source>Add the result to the memory</source>
        <translation>Add the result to the memory</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calculator.py" line="126"/>
        <source>Subtract the result from the memory</source>
        <translation>Subtract the result from the memory</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calculator.py" line="136"/>
        <source>Copy ¥</source>
        <translation>Copy ¥</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calculator.py" line="138"/>
        <source>Copy the result as money</source>
        <translation>Copy the result as money</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calculator.py" line="147"/>
        <source>Double-click or press Enter to reuse a result</source>
        <translation>Double-click or press Enter to reuse a result</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calculator.py" line="149"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calculator.py" line="226"/>
        <source>Type an expression first.</source>
        <translation>Type an expression first.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calculator.py" line="228"/>
        <source>Cannot divide by zero.</source>
        <translation>Cannot divide by zero.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calculator.py" line="230"/>
        <source>The parentheses do not match.</source>
        <translation>The parentheses do not match.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calculator.py" line="233"/>
        <source>Unknown character “%1” at position %2.</source>
        <translation>Unknown character “%1” at position %2.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calculator.py" line="238"/>
        <source>The expression is incomplete.</source>
        <translation>The expression is incomplete.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calculator.py" line="241"/>
        <source>“%1” is not expected at position %2.</source>
        <translation>“%1” is not expected at position %2.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calculator.py" line="246"/>
        <source>The expression is too long.</source>
        <translation>The expression is too long.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calculator.py" line="248"/>
        <source>The number is too large.</source>
        <translation>The number is too large.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calculator.py" line="251"/>
        <source>There is no previous result yet.</source>
        <translation>There is no previous result yet.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calculator.py" line="280"/>
        <source>Memory: %1</source>
        <translation>Memory: %1</translation>
    </message>
</context>
<context>
    <name>CalendarWidget</name>
    <message>
        <location filename="../../agentdesk/toolbox/calendar_view.py" line="58"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calendar_view.py" line="62"/>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calendar_view.py" line="66"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calendar_view.py" line="73"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calendar_view.py" line="73"/>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calendar_view.py" line="73"/>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calendar_view.py" line="81"/>
        <source>New event</source>
        <translation>New event</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calendar_view.py" line="83"/>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calendar_view.py" line="84"/>
        <source>Import events from an iCalendar (.ics) file</source>
        <translation>Import events from an iCalendar (.ics) file</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calendar_view.py" line="86"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calendar_view.py" line="87"/>
        <source>Save all events as an iCalendar (.ics) file for Outlook</source>
        <translation>Save all events as an iCalendar (.ics) file for Outlook</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calendar_view.py" line="224"/>
        <source>%1-%2</source>
        <translation>%1-%2</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calendar_view.py" line="240"/>
        <source>Public holidays for %1 are not published in this version yet; Monday to Friday is assumed.</source>
        <translation>Public holidays for %1 are not published in this version yet; Monday to Friday is assumed.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calendar_view.py" line="297"/>
        <source>Could not save the event: %1</source>
        <translation>Could not save the event: %1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calendar_view.py" line="313"/>
        <source>Please give the event a title (at most 200 characters).</source>
        <translation>Please give the event a title (at most 200 characters).</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calendar_view.py" line="314"/>
        <source>The duration must be between 0 minutes and 14 days.</source>
        <translation>The duration must be between 0 minutes and 14 days.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calendar_view.py" line="315"/>
        <source>The repetition must end after the event starts.</source>
        <translation>The repetition must end after the event starts.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calendar_view.py" line="316"/>
        <source>The reminder must be between 0 minutes and 7 days before.</source>
        <translation>The reminder must be between 0 minutes and 7 days before.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calendar_view.py" line="317"/>
        <source>The notes are too long.</source>
        <translation>The notes are too long.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calendar_view.py" line="318"/>
        <source>The customer or ticket link is too long.</source>
        <translation>The customer or ticket link is too long.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calendar_view.py" line="319"/>
        <source>This event was deleted meanwhile.</source>
        <translation>This event was deleted meanwhile.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calendar_view.py" line="324"/>
        <source>Import events</source>
        <translation>Import events</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calendar_view.py" line="326"/>
        <location filename="../../agentdesk/toolbox/calendar_view.py" line="335"/>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar files (*.ics)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calendar_view.py" line="332"/>
        <source>Export events</source>
        <translation>Export events</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calendar_view.py" line="353"/>
        <source>Could not import %1: %2</source>
        <translation>Could not import %1: %2</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calendar_view.py" line="357"/>
        <source>Imported %1 and %2.</source>
        <translation>Imported %1 and %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agentdesk/toolbox/calendar_view.py" line="357"/>
        <source>%n new event(s)</source>
        <translation>
            <numerusform>%n new event</numerusform>
            <numerusform>%n new events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agentdesk/toolbox/calendar_view.py" line="358"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calendar_view.py" line="362"/>
        <source>Kept only the first date of: %1 (repetition not supported).</source>
        <translation>Kept only the first date of: %1 (repetition not supported).</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calendar_view.py" line="368"/>
        <source>Skipped: %1.</source>
        <translation>Skipped: %1.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calendar_view.py" line="378"/>
        <source>Could not save %1: %2</source>
        <translation>Could not save %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agentdesk/toolbox/calendar_view.py" line="380"/>
        <source>Exported %n event(s) to %1.</source>
        <translation>
            <numerusform>Exported %n event to %1.</numerusform>
            <numerusform>Exported %n events to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallBar</name>
    <message>
        <location filename="../../agentdesk/views/workbench/call_bar.py" line="41"/>
        <source>Call bar</source>
        <translation>Call bar</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/call_bar.py" line="49"/>
        <source>Reconnect</source>
        <translation>Reconnect</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/call_bar.py" line="65"/>
        <source>&amp;Answer</source>
        <translation>&amp;Answer</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/call_bar.py" line="68"/>
        <location filename="../../agentdesk/views/workbench/call_bar.py" line="165"/>
        <source>&amp;Hang up</source>
        <translation>&amp;Hang up</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/call_bar.py" line="71"/>
        <source>&amp;Wrap up…</source>
        <translation>&amp;Wrap up…</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/call_bar.py" line="119"/>
        <source>● Phone line up</source>
        <translation>● Phone line up</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/call_bar.py" line="120"/>
        <source>Incoming calls pop up here.</source>
        <translation>Incoming calls pop up here.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/call_bar.py" line="121"/>
        <source>◌ Connecting the phone line…</source>
        <translation>◌ Connecting the phone line…</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/call_bar.py" line="125"/>
        <source>○ Phone line down: sign in again</source>
        <translation>○ Phone line down: sign in again</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/call_bar.py" line="128"/>
        <source>○ Phone line down — trying again in %1 s (attempt %2)</source>
        <translation>○ Phone line down — trying again in %1 s (attempt %2)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/call_bar.py" line="133"/>
        <source>○ Phone line down — reconnecting…</source>
        <translation>○ Phone line down — reconnecting…</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/call_bar.py" line="135"/>
        <source>Incoming calls will not pop up.</source>
        <translation>Incoming calls will not pop up.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/call_bar.py" line="136"/>
        <source>Phone line off</source>
        <translation>Phone line off</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/call_bar.py" line="152"/>
        <source>(+%1 more ringing)</source>
        <translation>(+%1 more ringing)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/call_bar.py" line="156"/>
        <source>Wrap-up: %1 — talked %2</source>
        <translation>Wrap-up: %1 — talked %2</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/call_bar.py" line="161"/>
        <source>No call</source>
        <translation>No call</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/call_bar.py" line="165"/>
        <source>&amp;Reject</source>
        <translation>&amp;Reject</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/call_bar.py" line="188"/>
        <source>Incoming call</source>
        <translation>Incoming call</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/call_bar.py" line="189"/>
        <source>On the phone</source>
        <translation>On the phone</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/call_bar.py" line="191"/>
        <source>looking up the caller…</source>
        <translation>looking up the caller…</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/call_bar.py" line="196"/>
        <source>%1 customer</source>
        <translation>%1 customer</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/call_bar.py" line="199"/>
        <source>caller not looked up</source>
        <translation>caller not looked up</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/call_bar.py" line="201"/>
        <source>unknown caller</source>
        <translation>unknown caller</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/call_bar.py" line="208"/>
        <source>Ringing %1</source>
        <translation>Ringing %1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/call_bar.py" line="210"/>
        <source>Talking %1</source>
        <translation>Talking %1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/call_bar.py" line="212"/>
        <source>Wrap-up %1</source>
        <translation>Wrap-up %1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/call_bar.py" line="244"/>
        <source>Could not answer: %1</source>
        <translation>Could not answer: %1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/call_bar.py" line="248"/>
        <source>Could not hang up: %1</source>
        <translation>Could not hang up: %1</translation>
    </message>
</context>
<context>
    <name>CallHistoryCounts</name>
    <message numerus="yes">
        <location filename="../../agentdesk/views/workbench/call_history.py" line="108"/>
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n call</numerusform>
            <numerusform>%n calls</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallHistoryModel</name>
    <message>
        <location filename="../../agentdesk/views/workbench/call_history_model.py" line="15"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/call_history_model.py" line="16"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/call_history_model.py" line="17"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/call_history_model.py" line="18"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/call_history_model.py" line="19"/>
        <source>Waited</source>
        <translation>Waited</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/call_history_model.py" line="20"/>
        <source>Talked</source>
        <translation>Talked</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/call_history_model.py" line="21"/>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/call_history_model.py" line="22"/>
        <source>Wrap-up</source>
        <translation>Wrap-up</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/call_history_model.py" line="25"/>
        <source>You hung up</source>
        <translation>You hung up</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/call_history_model.py" line="26"/>
        <source>Caller hung up</source>
        <translation>Caller hung up</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/call_history_model.py" line="27"/>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/call_history_model.py" line="28"/>
        <source>Missed (caller gave up)</source>
        <translation>Missed (caller gave up)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/call_history_model.py" line="31"/>
        <source>Ringing</source>
        <translation>Ringing</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/call_history_model.py" line="32"/>
        <source>On the phone</source>
        <translation>On the phone</translation>
    </message>
</context>
<context>
    <name>CallHistoryPanel</name>
    <message>
        <location filename="../../agentdesk/views/workbench/call_history.py" line="138"/>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
</context>
<context>
    <name>CallHistoryView</name>
    <message>
        <location filename="../../agentdesk/views/workbench/call_history.py" line="84"/>
        <source>Calls of this shift</source>
        <translation>Calls of this shift</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/call_history.py" line="105"/>
        <source>No calls yet in this shift.</source>
        <translation>No calls yet in this shift.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/call_history.py" line="109"/>
        <source>%1 answered</source>
        <translation>%1 answered</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/call_history.py" line="110"/>
        <source>%1 missed</source>
        <translation>%1 missed</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/call_history.py" line="114"/>
        <source>average talk %1</source>
        <translation>average talk %1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/call_history.py" line="120"/>
        <source>average wrap-up %1</source>
        <translation>average wrap-up %1</translation>
    </message>
</context>
<context>
    <name>CallRecordsModel</name>
    <message>
        <location filename="../../agentdesk/views/customer/call_records_tab.py" line="29"/>
        <source>All types</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/call_records_tab.py" line="31"/>
        <location filename="../../agentdesk/views/customer/call_records_model.py" line="66"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/call_records_tab.py" line="34"/>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/call_records_tab.py" line="40"/>
        <location filename="../../agentdesk/views/customer/call_records_model.py" line="76"/>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/call_records_tab.py" line="46"/>
        <location filename="../../agentdesk/views/customer/call_records_model.py" line="81"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/call_records_tab.py" line="52"/>
        <location filename="../../agentdesk/views/customer/call_records_model.py" line="91"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/call_records_model.py" line="61"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/call_records_model.py" line="71"/>
        <source>Other party</source>
        <translation>Other party</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/call_records_model.py" line="86"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/call_records_model.py" line="96"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>CallRecordsTab</name>
    <message>
        <location filename="../../agentdesk/views/customer/call_records_tab.py" line="92"/>
        <source>Filter: number, place or description</source>
        <translation>Filter: number, place or description</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/call_records_tab.py" line="66"/>
        <source>Call records</source>
        <translation>Call records</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/call_records_tab.py" line="143"/>
        <source>The customer has no mobile or fixed number: there are no call records.</source>
        <translation>The customer has no mobile or fixed number: there are no call records.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/call_records_tab.py" line="167"/>
        <source>%1: %2 records in %3 – %4; %5 loaded, %6 shown</source>
        <translation>%1: %2 records in %3 – %4; %5 loaded, %6 shown</translation>
    </message>
</context>
<context>
    <name>CallbackListWidget</name>
    <message>
        <location filename="../../agentdesk/toolbox/callback_list.py" line="125"/>
        <source>Open customer</source>
        <translation>Open customer</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/callback_list.py" line="127"/>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/callback_list.py" line="129"/>
        <source>Mark done</source>
        <translation>Mark done</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agentdesk/toolbox/callback_list.py" line="184"/>
        <source>%n callback(s)</source>
        <translation>
            <numerusform>%n callback</numerusform>
            <numerusform>%n callbacks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agentdesk/toolbox/callback_list.py" line="185"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallbackModel</name>
    <message>
        <location filename="../../agentdesk/toolbox/callback_list.py" line="30"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/callback_list.py" line="31"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/callback_list.py" line="32"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/callback_list.py" line="33"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/callback_list.py" line="34"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agentdesk/toolbox/callback_list.py" line="61"/>
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agentdesk/toolbox/callback_list.py" line="63"/>
        <source>Overdue by %n hour(s)</source>
        <translation>
            <numerusform>Overdue by %n hour</numerusform>
            <numerusform>Overdue by %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agentdesk/toolbox/callback_list.py" line="64"/>
        <source>Overdue by %n minute(s)</source>
        <translation>
            <numerusform>Overdue by %n minute</numerusform>
            <numerusform>Overdue by %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agentdesk/toolbox/callback_list.py" line="66"/>
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Due in %n day</numerusform>
            <numerusform>Due in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agentdesk/toolbox/callback_list.py" line="68"/>
        <source>Due in %n hour(s)</source>
        <translation>
            <numerusform>Due in %n hour</numerusform>
            <numerusform>Due in %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agentdesk/toolbox/callback_list.py" line="69"/>
        <source>Due in %n minute(s)</source>
        <translation>
            <numerusform>Due in %n minute</numerusform>
            <numerusform>Due in %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CategoryPage</name>
    <message>
        <location filename="../../agentdesk/views/dashboard/chart_pages.py" line="135"/>
        <source>Complaints by category</source>
        <translation>Complaints by category</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/chart_pages.py" line="135"/>
        <location filename="../../agentdesk/views/dashboard/chart_pages.py" line="142"/>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/chart_pages.py" line="140"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/chart_pages.py" line="145"/>
        <source>Per 10,000 subscribers</source>
        <translation>Per 10,000 subscribers</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/chart_pages.py" line="162"/>
        <source>Subscribers in service: %1. Click a bar to list its tickets.</source>
        <translation>Subscribers in service: %1. Click a bar to list its tickets.</translation>
    </message>
</context>
<context>
    <name>ChargesModel</name>
    <message>
        <location filename="../../agentdesk/views/customer/charges_model.py" line="28"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/charges_model.py" line="29"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/charges_model.py" line="31"/>
        <location filename="../../agentdesk/views/customer/charges_model.py" line="61"/>
        <source>Account-item type</source>
        <translation>Account-item type</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/charges_model.py" line="36"/>
        <source>Charge type</source>
        <translation>Charge type</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/charges_model.py" line="40"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/charges_model.py" line="48"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/charges_model.py" line="66"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>ChargesTab</name>
    <message>
        <location filename="../../agentdesk/views/customer/charges_tab.py" line="39"/>
        <source>By number</source>
        <translation>By number</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/charges_tab.py" line="41"/>
        <source>By contract</source>
        <translation>By contract</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/charges_tab.py" line="63"/>
        <source>Month:</source>
        <translation>Month:</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/charges_tab.py" line="105"/>
        <source>Item types: %1</source>
        <translation>Item types: %1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/charges_tab.py" line="105"/>
        <location filename="../../agentdesk/views/customer/charges_tab.py" line="107"/>
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/charges_tab.py" line="107"/>
        <source>Charge types: %1</source>
        <translation>Charge types: %1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/charges_tab.py" line="33"/>
        <source>Charges</source>
        <translation>Charges</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/charges_tab.py" line="150"/>
        <source>%1, %2: %3 charge lines, total %4</source>
        <translation>%1, %2: %3 charge lines, total %4</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/charges_tab.py" line="151"/>
        <source>no bill yet</source>
        <translation>no bill yet</translation>
    </message>
</context>
<context>
    <name>ChartPage</name>
    <message>
        <location filename="../../agentdesk/views/dashboard/chart_pages.py" line="59"/>
        <source>Export chart as PNG…</source>
        <translation>Export chart as PNG…</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/chart_pages.py" line="62"/>
        <source>Export table as CSV…</source>
        <translation>Export table as CSV…</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <location filename="../../agentdesk/views/workbench/command_palette.py" line="118"/>
        <source>Command palette</source>
        <translation>Command palette</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/command_palette.py" line="127"/>
        <source>Type a command, a tab, a tool, a flow or a customer…</source>
        <translation>Type a command, a tab, a tool, a flow or a customer…</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/command_palette.py" line="128"/>
        <source>Command</source>
        <translation>Command</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/command_palette.py" line="132"/>
        <source>Matching commands</source>
        <translation>Matching commands</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/command_palette.py" line="140"/>
        <source>No command matches.</source>
        <translation>No command matches.</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../../agentdesk/views/widgets/confirm_dialog.py" line="37"/>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/widgets/confirm_dialog.py" line="41"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <location filename="../../agentdesk/wizards/pages/confirm_page.py" line="30"/>
        <source>Confirm and do it</source>
        <translation>Confirm and do it</translation>
    </message>
    <message>
        <location filename="../../agentdesk/wizards/pages/confirm_page.py" line="32"/>
        <source>Do not change it</source>
        <translation>Do not change it</translation>
    </message>
    <message>
        <location filename="../../agentdesk/wizards/pages/confirm_page.py" line="52"/>
        <source>Customer: %1 — number %2</source>
        <translation>Customer: %1 — number %2</translation>
    </message>
    <message>
        <location filename="../../agentdesk/wizards/pages/confirm_page.py" line="58"/>
        <source>This changes %1: %2. It is recorded in the audit trail.</source>
        <translation>This changes %1: %2. It is recorded in the audit trail.</translation>
    </message>
</context>
<context>
    <name>CountCall</name>
    <message>
        <location filename="../../agentdesk/views/events/count_call.py" line="34"/>
        <source>Count the call against the event</source>
        <translation>Count the call against the event</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/count_call.py" line="38"/>
        <source>Register this call from &lt;b&gt;%1&lt;/b&gt; (%2) against the known event &lt;b&gt;%3&lt;/b&gt;?</source>
        <translation>Register this call from &lt;b&gt;%1&lt;/b&gt; (%2) against the known event &lt;b&gt;%3&lt;/b&gt;?</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/count_call.py" line="46"/>
        <source>The call is counted for the event. Nothing of the customer&apos;s service is changed and no ticket is sent.</source>
        <translation>The call is counted for the event. Nothing of the customer&apos;s service is changed and no ticket is sent.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/count_call.py" line="50"/>
        <source>Count the call</source>
        <translation>Count the call</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/count_call.py" line="55"/>
        <source>Not counted: nothing was sent.</source>
        <translation>Not counted: nothing was sent.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/count_call.py" line="67"/>
        <source>The call could not be counted</source>
        <translation>The call could not be counted</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/count_call.py" line="71"/>
        <source>Retrying sends the same request again; the call is never counted twice.</source>
        <translation>Retrying sends the same request again; the call is never counted twice.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/count_call.py" line="72"/>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/count_call.py" line="73"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/count_call.py" line="83"/>
        <source>Call counted against %1: %2 calls from %3 numbers so far.</source>
        <translation>Call counted against %1: %2 calls from %3 numbers so far.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/count_call.py" line="90"/>
        <source>Warning: the audit trail could not record it (%1).</source>
        <translation>Warning: the audit trail could not record it (%1).</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <location filename="../../agentdesk/services/secrets.py" line="42"/>
        <source>Windows Credential Manager</source>
        <translation>Windows Credential Manager</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/secrets.py" line="43"/>
        <source>macOS Keychain</source>
        <translation>macOS Keychain</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/secrets.py" line="46"/>
        <source>Secret Service (desktop keyring)</source>
        <translation>Secret Service (desktop keyring)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/secrets.py" line="47"/>
        <source>libsecret (desktop keyring)</source>
        <translation>libsecret (desktop keyring)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/secrets.py" line="48"/>
        <source>KDE Wallet</source>
        <translation>KDE Wallet</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/secrets.py" line="49"/>
        <source>no credential store available</source>
        <translation>no credential store available</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/secrets.py" line="50"/>
        <source>credential storage switched off</source>
        <translation>credential storage switched off</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/secrets.py" line="207"/>
        <source>The password cannot be remembered: no secure credential store is available (%1).</source>
        <translation>The password cannot be remembered: no secure credential store is available (%1).</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/secrets.py" line="272"/>
        <source>The credential store (%1) failed: %2.</source>
        <translation>The credential store (%1) failed: %2.</translation>
    </message>
</context>
<context>
    <name>CustomerInfoTab</name>
    <message>
        <location filename="../../agentdesk/views/customer/customer_tab.py" line="34"/>
        <source>Customer (CRM)</source>
        <translation>Customer (CRM)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_tab.py" line="38"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_tab.py" line="39"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_tab.py" line="40"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_tab.py" line="41"/>
        <source>Credit class</source>
        <translation>Credit class</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_tab.py" line="42"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_tab.py" line="43"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_tab.py" line="44"/>
        <source>Customer since</source>
        <translation>Customer since</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_tab.py" line="45"/>
        <source>Account manager</source>
        <translation>Account manager</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_tab.py" line="53"/>
        <source>ID card</source>
        <translation>ID card</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_tab.py" line="54"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_tab.py" line="55"/>
        <source>Contact phone</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_tab.py" line="56"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_tab.py" line="57"/>
        <source>Manager&apos;s phone</source>
        <translation>Manager&apos;s phone</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_tab.py" line="66"/>
        <source>Billing (contract)</source>
        <translation>Billing (contract)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_tab.py" line="70"/>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_tab.py" line="71"/>
        <source>Payment method</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_tab.py" line="72"/>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_tab.py" line="73"/>
        <source>Arrears</source>
        <translation>Arrears</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_tab.py" line="74"/>
        <source>Credit limit</source>
        <translation>Credit limit</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_tab.py" line="75"/>
        <source>Available credit</source>
        <translation>Available credit</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_tab.py" line="76"/>
        <source>Last bill</source>
        <translation>Last bill</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_tab.py" line="92"/>
        <source>Broadband now (BIMS)</source>
        <translation>Broadband now (BIMS)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_tab.py" line="97"/>
        <source>Marketing hints</source>
        <translation>Marketing hints</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_tab.py" line="26"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_tab.py" line="122"/>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_tab.py" line="123"/>
        <source>individual</source>
        <translation>individual</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_tab.py" line="156"/>
        <source>The customer has no contract.</source>
        <translation>The customer has no contract.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_tab.py" line="169"/>
        <source>%1 (%2 unpaid bills)</source>
        <translation>%1 (%2 unpaid bills)</translation>
    </message>
</context>
<context>
    <name>CustomerLookup</name>
    <message>
        <location filename="../../agentdesk/services/customer_lookup.py" line="24"/>
        <source>Type a service number, contract number, ID card or name.</source>
        <translation>Type a service number, contract number, ID card or name.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/customer_lookup.py" line="27"/>
        <source>The search text is too long (at most 64 characters).</source>
        <translation>The search text is too long (at most 64 characters).</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/customer_lookup.py" line="30"/>
        <source>%1 is not one of our mobile numbers (another operator&apos;s range).</source>
        <translation>%1 is not one of our mobile numbers (another operator&apos;s range).</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/customer_lookup.py" line="34"/>
        <source>%1 is not a valid ID card number: the last character does not match. Check for a typo.</source>
        <translation>%1 is not a valid ID card number: the last character does not match. Check for a typo.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/customer_lookup.py" line="37"/>
        <source>%1 is not a valid ID card number: the birth date in it is impossible.</source>
        <translation>%1 is not a valid ID card number: the birth date in it is impossible.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/customer_lookup.py" line="40"/>
        <source>%1 is not a service number, contract number or ID card number we know the form of.</source>
        <translation>%1 is not a service number, contract number or ID card number we know the form of.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/customer_lookup.py" line="43"/>
        <source>%1 is not a broadband account (the form is xx12345678@adsl).</source>
        <translation>%1 is not a broadband account (the form is xx12345678@adsl).</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/customer_lookup.py" line="46"/>
        <source>%1 is not a contract number (HT followed by 8 to 12 digits).</source>
        <translation>%1 is not a contract number (HT followed by 8 to 12 digits).</translation>
    </message>
</context>
<context>
    <name>CustomerModel</name>
    <message>
        <location filename="../../agentdesk/views/customer/customer_model.py" line="38"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_model.py" line="40"/>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_model.py" line="43"/>
        <source>BIMS</source>
        <translation>BIMS</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_model.py" line="47"/>
        <source>Online / limit</source>
        <translation>Online / limit</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_model.py" line="49"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_model.py" line="52"/>
        <source>Last login</source>
        <translation>Last login</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_model.py" line="60"/>
        <source>Offer to the customer</source>
        <translation>Offer to the customer</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_model.py" line="63"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_model.py" line="69"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
</context>
<context>
    <name>CustomerSearchBox</name>
    <message>
        <location filename="../../agentdesk/views/widgets/search_box.py" line="16"/>
        <source>Service number, contract number, ID card or name — Enter to search</source>
        <translation>Service number, contract number, ID card or name — Enter to search</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/widgets/search_box.py" line="17"/>
        <source>Customer search</source>
        <translation>Customer search</translation>
    </message>
</context>
<context>
    <name>CustomerView</name>
    <message>
        <location filename="../../agentdesk/services/customer_view/billing_tabs.py" line="266"/>
        <source>The period ends before it starts.</source>
        <translation>The period ends before it starts.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/customer_view/billing_tabs.py" line="271"/>
        <source>Call records cover at most %1 days per query.</source>
        <translation>Call records cover at most %1 days per query.</translation>
    </message>
</context>
<context>
    <name>CustomerWording</name>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="19"/>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="20"/>
        <source>suspended (arrears)</source>
        <translation>suspended (arrears)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="21"/>
        <source>suspended (on request)</source>
        <translation>suspended (on request)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="22"/>
        <source>terminated</source>
        <translation>terminated</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="23"/>
        <source>barred (arrears)</source>
        <translation>barred (arrears)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="24"/>
        <source>barred (on request)</source>
        <translation>barred (on request)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="25"/>
        <source>barred (other reason)</source>
        <translation>barred (other reason)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="26"/>
        <source>suspended</source>
        <translation>suspended</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="27"/>
        <source>no record</source>
        <translation>no record</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="28"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="29"/>
        <source>unsubscribed</source>
        <translation>unsubscribed</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="30"/>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="31"/>
        <source>not activated</source>
        <translation>not activated</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="32"/>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="33"/>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="34"/>
        <source>enabled</source>
        <translation>enabled</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="35"/>
        <source>completed</source>
        <translation>completed</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="36"/>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="37"/>
        <source>held</source>
        <translation>held</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="38"/>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="39"/>
        <source>current</source>
        <translation>current</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="40"/>
        <source>stuck</source>
        <translation>stuck</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="41"/>
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="42"/>
        <source>up</source>
        <translation>up</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="43"/>
        <source>down</source>
        <translation>down</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="44"/>
        <source>fault</source>
        <translation>fault</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="45"/>
        <source>good</source>
        <translation>good</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="46"/>
        <source>poor</source>
        <translation>poor</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="47"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="48"/>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="49"/>
        <source>reset, not yet used</source>
        <translation>reset, not yet used</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="50"/>
        <source>success</source>
        <translation>success</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="51"/>
        <source>failure</source>
        <translation>failure</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="52"/>
        <source>settled</source>
        <translation>settled</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="53"/>
        <source>unpaid</source>
        <translation>unpaid</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="54"/>
        <source>partly paid</source>
        <translation>partly paid</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="55"/>
        <source>paid</source>
        <translation>paid</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="56"/>
        <source>waived</source>
        <translation>waived</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="60"/>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="61"/>
        <source>Fixed line</source>
        <translation>Fixed line</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="62"/>
        <source>Broadband</source>
        <translation>Broadband</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="66"/>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="67"/>
        <source>silver</source>
        <translation>silver</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="68"/>
        <source>gold</source>
        <translation>gold</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="69"/>
        <source>platinum</source>
        <translation>platinum</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="70"/>
        <source>diamond</source>
        <translation>diamond</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="74"/>
        <source>Guangzhou</source>
        <translation>Guangzhou</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="75"/>
        <source>Shenzhen</source>
        <translation>Shenzhen</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="76"/>
        <source>Foshan</source>
        <translation>Foshan</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="77"/>
        <source>Dongguan</source>
        <translation>Dongguan</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="78"/>
        <source>Zhuhai</source>
        <translation>Zhuhai</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="79"/>
        <source>Shantou</source>
        <translation>Shantou</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="80"/>
        <source>Huizhou</source>
        <translation>Huizhou</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="81"/>
        <source>Jiangmen</source>
        <translation>Jiangmen</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="85"/>
        <source>CDMA 1X</source>
        <translation>CDMA 1X</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="86"/>
        <source>EVDO</source>
        <translation>EVDO</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="87"/>
        <source>WLAN</source>
        <translation>WLAN</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="91"/>
        <source>monthly fee</source>
        <translation>monthly fee</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="92"/>
        <source>local calls</source>
        <translation>local calls</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="93"/>
        <location filename="../../agentdesk/views/customer/wording.py" line="111"/>
        <source>long distance</source>
        <translation>long distance</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="94"/>
        <location filename="../../agentdesk/views/customer/wording.py" line="112"/>
        <source>roaming</source>
        <translation>roaming</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="95"/>
        <location filename="../../agentdesk/views/customer/wording.py" line="113"/>
        <source>data</source>
        <translation>data</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="96"/>
        <location filename="../../agentdesk/views/customer/wording.py" line="114"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="97"/>
        <source>value-added services</source>
        <translation>value-added services</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="98"/>
        <source>add-on products</source>
        <translation>add-on products</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="99"/>
        <location filename="../../agentdesk/views/customer/wording.py" line="123"/>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="103"/>
        <source>recurring</source>
        <translation>recurring</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="104"/>
        <source>usage</source>
        <translation>usage</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="105"/>
        <source>one-time</source>
        <translation>one-time</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="106"/>
        <source>discount</source>
        <translation>discount</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="110"/>
        <source>local</source>
        <translation>local</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="115"/>
        <source>value-added</source>
        <translation>value-added</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="119"/>
        <source>arrears</source>
        <translation>arrears</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="120"/>
        <source>credit limit exceeded</source>
        <translation>credit limit exceeded</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="121"/>
        <source>payment received</source>
        <translation>payment received</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="122"/>
        <source>customer&apos;s request</source>
        <translation>customer&apos;s request</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="124"/>
        <source>suspension</source>
        <translation>suspension</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="125"/>
        <source>resumption</source>
        <translation>resumption</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="126"/>
        <source>income</source>
        <translation>income</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="127"/>
        <source>expense</source>
        <translation>expense</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="128"/>
        <source>cash</source>
        <translation>cash</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="129"/>
        <source>gift</source>
        <translation>gift</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="130"/>
        <source>deposit</source>
        <translation>deposit</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="131"/>
        <source>special purpose</source>
        <translation>special purpose</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="132"/>
        <source>prepaid</source>
        <translation>prepaid</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="133"/>
        <source>bank transfer</source>
        <translation>bank transfer</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="134"/>
        <source>base product</source>
        <translation>base product</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="135"/>
        <source>bundle</source>
        <translation>bundle</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="136"/>
        <source>percent off</source>
        <translation>percent off</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="137"/>
        <source>amount off</source>
        <translation>amount off</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="138"/>
        <source>free minutes</source>
        <translation>free minutes</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="139"/>
        <source>free data</source>
        <translation>free data</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="146"/>
        <source>%1: billing has it %3 although CRM says %2 — calls are cut off wrongly. Sync billing from CRM.</source>
        <translation>%1: billing has it %3 although CRM says %2 — calls are cut off wrongly. Sync billing from CRM.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="150"/>
        <source>%1: CRM says %2 but billing has it %3 — billing should follow CRM. Sync billing from CRM.</source>
        <translation>%1: CRM says %2 but billing has it %3 — billing should follow CRM. Sync billing from CRM.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="153"/>
        <source>%1: CRM says %2, billing says %3 — different reasons. Sync billing from CRM.</source>
        <translation>%1: CRM says %2, billing says %3 — different reasons. Sync billing from CRM.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="156"/>
        <source>%1: CRM says %2, billing says %3. Sync billing from CRM.</source>
        <translation>%1: CRM says %2, billing says %3. Sync billing from CRM.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="159"/>
        <source>%1: billing has no record of this number.</source>
        <translation>%1: billing has no record of this number.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="164"/>
        <source>%1: CRM and billing say %2, but the network still has it %3 — the customer paid and is still cut off. Restore the network state.</source>
        <translation>%1: CRM and billing say %2, but the network still has it %3 — the customer paid and is still cut off. Restore the network state.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="168"/>
        <source>%1: CRM says %2, but the network has it %3 — an abnormal suspension. Restore the network state.</source>
        <translation>%1: CRM says %2, but the network has it %3 — an abnormal suspension. Restore the network state.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="172"/>
        <source>%1: CRM says %2, but the network still lets it work (%3). Sync the network from CRM.</source>
        <translation>%1: CRM says %2, but the network still lets it work (%3). Sync the network from CRM.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="175"/>
        <source>%1: CRM says %2, the network %3 — different reasons. Sync the network from CRM.</source>
        <translation>%1: CRM says %2, the network %3 — different reasons. Sync the network from CRM.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="178"/>
        <source>%1: the network has no record although CRM says %2. Sync the network from CRM.</source>
        <translation>%1: the network has no record although CRM says %2. Sync the network from CRM.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="182"/>
        <source>%1 is suspended for arrears and owes %3: a normal suspension. It resumes when the customer pays.</source>
        <translation>%1 is suspended for arrears and owes %3: a normal suspension. It resumes when the customer pays.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="185"/>
        <source>%1 is suspended at the customer&apos;s request: a normal suspension.</source>
        <translation>%1 is suspended at the customer&apos;s request: a normal suspension.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="189"/>
        <source>%1 is suspended for arrears but nothing is owed: resume it (sync the network from CRM).</source>
        <translation>%1 is suspended for arrears but nothing is owed: resume it (sync the network from CRM).</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="193"/>
        <source>%1 is active in CRM but %3 in the network: not usable yet. Activate it in the network.</source>
        <translation>%1 is active in CRM but %3 in the network: not usable yet. Activate it in the network.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="196"/>
        <source>%1 is %2 in CRM but still active in the network. Sync the network from CRM.</source>
        <translation>%1 is %2 in CRM but still active in the network. Sync the network from CRM.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="200"/>
        <source>VPN group %2 is sold in CRM but missing in the network: short numbers fail. Sync the VPN.</source>
        <translation>VPN group %2 is sold in CRM but missing in the network: short numbers fail. Sync the VPN.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="203"/>
        <source>VPN short number differs: CRM %2, network %3. Sync the VPN.</source>
        <translation>VPN short number differs: CRM %2, network %3. Sync the VPN.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="206"/>
        <source>VPN group differs: CRM %2, network %3. Sync the VPN.</source>
        <translation>VPN group differs: CRM %2, network %3. Sync the VPN.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="209"/>
        <source>The network has VPN membership %3 that CRM does not. Sync the VPN.</source>
        <translation>The network has VPN membership %3 that CRM does not. Sync the VPN.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="212"/>
        <source>%1 is sold in CRM but AAA has no account: logins fail. Sync AAA from CRM.</source>
        <translation>%1 is sold in CRM but AAA has no account: logins fail. Sync AAA from CRM.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="215"/>
        <source>%1 is sold in CRM but the AAA account is %3: logins fail. Sync AAA from CRM.</source>
        <translation>%1 is sold in CRM but the AAA account is %3: logins fail. Sync AAA from CRM.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="218"/>
        <source>%1: AAA has profile %3 instead of %2. Sync AAA from CRM.</source>
        <translation>%1: AAA has profile %3 instead of %2. Sync AAA from CRM.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="221"/>
        <source>%1: the AAA password is not the one CRM provisioned. Sync AAA from CRM.</source>
        <translation>%1: the AAA password is not the one CRM provisioned. Sync AAA from CRM.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="224"/>
        <source>%1 is active in AAA although CRM has not sold it. Sync AAA from CRM.</source>
        <translation>%1 is active in AAA although CRM has not sold it. Sync AAA from CRM.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="228"/>
        <source>%1 data is %3 in the HLR although CRM sold it: data fails. Sync the network from CRM.</source>
        <translation>%1 data is %3 in the HLR although CRM sold it: data fails. Sync the network from CRM.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="232"/>
        <source>%1 was unsubscribed in CRM but is still active in ISMP, so it is still billed. Sync ISMP from CRM.</source>
        <translation>%1 was unsubscribed in CRM but is still active in ISMP, so it is still billed. Sync ISMP from CRM.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="236"/>
        <source>%1 is active in ISMP but CRM has no record of it. Sync ISMP from CRM or unsubscribe it.</source>
        <translation>%1 is active in ISMP but CRM has no record of it. Sync ISMP from CRM or unsubscribe it.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="239"/>
        <source>%1 is active in CRM but %3 in ISMP: not delivered. Sync ISMP from CRM.</source>
        <translation>%1 is active in CRM but %3 in ISMP: not delivered. Sync ISMP from CRM.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="242"/>
        <source>%1: CRM says %2 but BIMS has the account %3: logins are refused.</source>
        <translation>%1: CRM says %2 but BIMS has the account %3: logins are refused.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="245"/>
        <source>%1: CRM says %2 but BIMS still has the account active.</source>
        <translation>%1: CRM says %2 but BIMS still has the account active.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="249"/>
        <source>Actual rate %3 kbit/s is far below the configured %2 kbit/s (%1): a line or port problem.</source>
        <translation>Actual rate %3 kbit/s is far below the configured %2 kbit/s (%1): a line or port problem.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="252"/>
        <source>The modem dials with MAC %3 but %2 is bound: a new router. Unbind the MAC.</source>
        <translation>The modem dials with MAC %3 but %2 is bound: a new router. Unbind the MAC.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="256"/>
        <source>%3 of %2 online sessions are in use: new logins are refused. Clear the online sessions.</source>
        <translation>%3 of %2 online sessions are in use: new logins are refused. Clear the online sessions.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="257"/>
        <source>The access port is %3. Restart the port.</source>
        <translation>The access port is %3. Restart the port.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="261"/>
        <source>The line quality is %3: a port restart does not help. Run a line test and dispatch a fault.</source>
        <translation>The line quality is %3: a port restart does not help. Run a line test and dispatch a fault.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="264"/>
        <source>The broadband password is %3. Reset it if logins fail.</source>
        <translation>The broadband password is %3. Reset it if logins fail.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="267"/>
        <source>The last login failed with code %3: see the login records below.</source>
        <translation>The last login failed with code %3: see the login records below.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="271"/>
        <source>Order %1 is held at step “%3” with %4: explain to the customer and dispatch to that unit.</source>
        <translation>Order %1 is held at step “%3” with %4: explain to the customer and dispatch to that unit.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="275"/>
        <source>Sync billing from CRM</source>
        <translation>Sync billing from CRM</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="276"/>
        <source>Sync the network from CRM</source>
        <translation>Sync the network from CRM</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="277"/>
        <source>Restore the network state</source>
        <translation>Restore the network state</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="278"/>
        <source>Activate in the network</source>
        <translation>Activate in the network</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="279"/>
        <source>Sync the VPN</source>
        <translation>Sync the VPN</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="280"/>
        <source>Sync AAA from CRM</source>
        <translation>Sync AAA from CRM</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="281"/>
        <source>Sync ISMP from CRM</source>
        <translation>Sync ISMP from CRM</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="282"/>
        <source>Unsubscribe</source>
        <translation>Unsubscribe</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="283"/>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="284"/>
        <source>Clear online sessions</source>
        <translation>Clear online sessions</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="285"/>
        <source>Unbind MAC</source>
        <translation>Unbind MAC</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="286"/>
        <source>Restart port</source>
        <translation>Restart port</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="287"/>
        <source>The customer pays the arrears</source>
        <translation>The customer pays the arrears</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="288"/>
        <source>Dispatch a line fault</source>
        <translation>Dispatch a line fault</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="289"/>
        <source>Dispatch to the owning unit</source>
        <translation>Dispatch to the owning unit</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="361"/>
        <source>downstream</source>
        <translation>downstream</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="363"/>
        <source>upstream</source>
        <translation>upstream</translation>
    </message>
</context>
<context>
    <name>CustomerWorkspace</name>
    <message>
        <location filename="../../agentdesk/views/customer/customer_workspace.py" line="96"/>
        <source>Number in view</source>
        <translation>Number in view</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_workspace.py" line="100"/>
        <source>Go to</source>
        <translation>Go to</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_workspace.py" line="126"/>
        <source>Number:</source>
        <translation>Number:</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_workspace.py" line="151"/>
        <source>Next section</source>
        <translation>Next section</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_workspace.py" line="152"/>
        <source>Previous section</source>
        <translation>Previous section</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_workspace.py" line="154"/>
        <source>Refresh this section</source>
        <translation>Refresh this section</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_workspace.py" line="158"/>
        <source>Refresh the customer</source>
        <translation>Refresh the customer</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_workspace.py" line="193"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_workspace.py" line="280"/>
        <source>The customer could not be loaded.</source>
        <translation>The customer could not be loaded.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_workspace.py" line="294"/>
        <source>Level: %1 · Credit class: %2 · %3</source>
        <translation>Level: %1 · Credit class: %2 · %3</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_workspace.py" line="338"/>
        <location filename="../../agentdesk/views/customer/customer_workspace.py" line="354"/>
        <source>This section could not be shown (%1).</source>
        <translation>This section could not be shown (%1).</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_workspace.py" line="479"/>
        <source>%1: cancelled, nothing was changed.</source>
        <translation>%1: cancelled, nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_workspace.py" line="485"/>
        <source>%1 for %2…</source>
        <translation>%1 for %2…</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_workspace.py" line="501"/>
        <source>%1 failed</source>
        <translation>%1 failed</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_workspace.py" line="504"/>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_workspace.py" line="505"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_workspace.py" line="514"/>
        <source>Warning: the audit trail could not record it (%1).</source>
        <translation>Warning: the audit trail could not record it (%1).</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_workspace.py" line="546"/>
        <source>The value stays hidden: the audit trail could not record the reveal.</source>
        <translation>The value stays hidden: the audit trail could not record the reveal.</translation>
    </message>
</context>
<context>
    <name>DashboardCounts</name>
    <message numerus="yes">
        <location filename="../../agentdesk/views/dashboard/labels.py" line="250"/>
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n complaint</numerusform>
            <numerusform>%n complaints</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardLabels</name>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="33"/>
        <source>Pretreatment rate</source>
        <translation>Pretreatment rate</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="34"/>
        <source>Front-line resolution rate</source>
        <translation>Front-line resolution rate</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="35"/>
        <source>Pretreatment runs resolved</source>
        <translation>Pretreatment runs resolved</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="36"/>
        <source>Tickets dispatched</source>
        <translation>Tickets dispatched</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="37"/>
        <source>Overdue tickets</source>
        <translation>Overdue tickets</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="38"/>
        <source>Escalated tickets</source>
        <translation>Escalated tickets</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="39"/>
        <source>Stuck tickets</source>
        <translation>Stuck tickets</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="40"/>
        <source>Average handling time</source>
        <translation>Average handling time</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="41"/>
        <source>Complaints per 10,000 subscribers</source>
        <translation>Complaints per 10,000 subscribers</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="42"/>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="47"/>
        <source>Complaint and fault tickets that went through a pretreatment flow first.</source>
        <translation>Complaint and fault tickets that went through a pretreatment flow first.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="50"/>
        <source>Tickets closed by the agent without handing them to the back office.</source>
        <translation>Tickets closed by the agent without handing them to the back office.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="53"/>
        <source>Pretreatment runs that solved the problem while the customer was on the line.</source>
        <translation>Pretreatment runs that solved the problem while the customer was on the line.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="54"/>
        <source>Tickets handed to the back office (target per day).</source>
        <translation>Tickets handed to the back office (target per day).</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="55"/>
        <source>Open tickets past their due time, as of now.</source>
        <translation>Open tickets past their due time, as of now.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="58"/>
        <source>Tickets the customer escalated over the hotline&apos;s head (target per day).</source>
        <translation>Tickets the customer escalated over the hotline&apos;s head (target per day).</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="59"/>
        <source>Open tickets without a status change for 48 hours.</source>
        <translation>Open tickets without a status change for 48 hours.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="62"/>
        <source>From creation to resolution, over the dispatched tickets that are resolved.</source>
        <translation>From creation to resolution, over the dispatched tickets that are resolved.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="65"/>
        <source>Complaint tickets per 10,000 subscribers in service (target per day).</source>
        <translation>Complaint tickets per 10,000 subscribers in service (target per day).</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="68"/>
        <source>Mean score (1 to 5) of the callback surveys, where the back end has one.</source>
        <translation>Mean score (1 to 5) of the callback surveys, where the back end has one.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="71"/>
        <source>On target</source>
        <translation>On target</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="72"/>
        <source>Watch</source>
        <translation>Watch</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="73"/>
        <source>Off target</source>
        <translation>Off target</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="74"/>
        <source>No data</source>
        <translation>No data</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="79"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="80"/>
        <source>Yesterday</source>
        <translation>Yesterday</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="81"/>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="82"/>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="83"/>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="84"/>
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="85"/>
        <source>Chosen days</source>
        <translation>Chosen days</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="88"/>
        <source>All tickets</source>
        <translation>All tickets</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="89"/>
        <source>Consultations</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="90"/>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="91"/>
        <source>Faults</source>
        <translation>Faults</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="92"/>
        <source>Pretreated</source>
        <translation>Pretreated</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="93"/>
        <source>Closed at the front line</source>
        <translation>Closed at the front line</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="94"/>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="108"/>
        <source>Dispatched</source>
        <translation>Dispatched</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="95"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="96"/>
        <source>Escalated</source>
        <translation>Escalated</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="97"/>
        <source>Stuck</source>
        <translation>Stuck</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="106"/>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="107"/>
        <source>Customer to act</source>
        <translation>Customer to act</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="109"/>
        <source>All runs</source>
        <translation>All runs</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="112"/>
        <source>Billing dispute</source>
        <translation>Billing dispute</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="113"/>
        <source>Barred after payment</source>
        <translation>Barred after payment</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="114"/>
        <source>Broadband login</source>
        <translation>Broadband login</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="115"/>
        <source>Wireless data</source>
        <translation>Wireless data</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="116"/>
        <source>Value-added service dispute</source>
        <translation>Value-added service dispute</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="117"/>
        <source>Add-on not working</source>
        <translation>Add-on not working</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="118"/>
        <source>Group VPN</source>
        <translation>Group VPN</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="119"/>
        <source>Order not completed</source>
        <translation>Order not completed</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="122"/>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="123"/>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="124"/>
        <source>Past promised end</source>
        <translation>Past promised end</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="125"/>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="126"/>
        <source>Breached</source>
        <translation>Breached</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="127"/>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="138"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="131"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="132"/>
        <source>Planned cutover</source>
        <translation>Planned cutover</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="135"/>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="136"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="137"/>
        <source>Restored</source>
        <translation>Restored</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="202"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="210"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="232"/>
        <source>%1 / 5</source>
        <translation>%1 / 5</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="246"/>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="252"/>
        <source>%1 rated</source>
        <translation>%1 rated</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="269"/>
        <source>%1 %2 (watch %1 %3)</source>
        <translation>%1 %2 (watch %1 %3)</translation>
    </message>
</context>
<context>
    <name>DashboardOpener</name>
    <message>
        <location filename="../../agentdesk/views/dashboard/opener.py" line="25"/>
        <source>Team &amp;dashboard</source>
        <translation>Team &amp;dashboard</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/opener.py" line="29"/>
        <source>Indicators, trends and targets of the team (team leads)</source>
        <translation>Indicators, trends and targets of the team (team leads)</translation>
    </message>
</context>
<context>
    <name>DashboardSummaryPanel</name>
    <message>
        <location filename="../../agentdesk/views/dashboard/summary_panel.py" line="56"/>
        <source>Not loaded yet</source>
        <translation>Not loaded yet</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/summary_panel.py" line="59"/>
        <source>Open dashboard</source>
        <translation>Open dashboard</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/summary_panel.py" line="62"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/summary_panel.py" line="94"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/summary_panel.py" line="100"/>
        <source>The dashboard is for team leads.</source>
        <translation>The dashboard is for team leads.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/summary_panel.py" line="109"/>
        <source>Data taken at %1</source>
        <translation>Data taken at %1</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../agentdesk/views/dashboard/dashboard_view.py" line="90"/>
        <source>My team (%1)</source>
        <translation>My team (%1)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/dashboard_view.py" line="91"/>
        <source>All teams</source>
        <translation>All teams</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/dashboard_view.py" line="94"/>
        <source>All agents</source>
        <translation>All agents</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/dashboard_view.py" line="95"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/dashboard_view.py" line="97"/>
        <source>Fetch the figures again (F5)</source>
        <translation>Fetch the figures again (F5)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/dashboard_view.py" line="98"/>
        <source>Targets…</source>
        <translation>Targets…</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/dashboard_view.py" line="100"/>
        <source>Export indicators as CSV…</source>
        <translation>Export indicators as CSV…</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/dashboard_view.py" line="106"/>
        <source>Not loaded yet</source>
        <translation>Not loaded yet</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/dashboard_view.py" line="113"/>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/dashboard_view.py" line="260"/>
        <source>This period cannot be shown: %1</source>
        <translation>This period cannot be shown: %1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/dashboard_view.py" line="262"/>
        <source>The dashboard is for team leads.</source>
        <translation>The dashboard is for team leads.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/dashboard_view.py" line="281"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/dashboard_view.py" line="282"/>
        <source>No data yet</source>
        <translation>No data yet</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/dashboard_view.py" line="283"/>
        <source>Data taken at %1</source>
        <translation>Data taken at %1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/dashboard_view.py" line="284"/>
        <source>refreshing…</source>
        <translation>refreshing…</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/dashboard_view.py" line="345"/>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/dashboard_view.py" line="346"/>
        <source>Complaints by category</source>
        <translation>Complaints by category</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/dashboard_view.py" line="347"/>
        <source>By agent</source>
        <translation>By agent</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/dashboard_view.py" line="348"/>
        <source>Pretreatment runs</source>
        <translation>Pretreatment runs</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/dashboard_view.py" line="354"/>
        <source>Service events</source>
        <translation>Service events</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/dashboard_view.py" line="431"/>
        <source>Export table as CSV</source>
        <translation>Export table as CSV</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/dashboard_view.py" line="431"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agentdesk/views/dashboard/dashboard_view.py" line="441"/>
        <source>%n row(s) saved to %1</source>
        <translation>
            <numerusform>%n row saved to %1</numerusform>
            <numerusform>%n rows saved to %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/dashboard_view.py" line="450"/>
        <source>The chart could not be saved: %1</source>
        <translation>The chart could not be saved: %1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/dashboard_view.py" line="452"/>
        <source>Chart saved to %1</source>
        <translation>Chart saved to %1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/dashboard_view.py" line="456"/>
        <source>Export chart as PNG</source>
        <translation>Export chart as PNG</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/dashboard_view.py" line="456"/>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <location filename="../../agentdesk/views/dashboard/dashboard_window.py" line="17"/>
        <source>Team dashboard — service process monitoring</source>
        <translation>Team dashboard — service process monitoring</translation>
    </message>
</context>
<context>
    <name>DayCell</name>
    <message>
        <location filename="../../agentdesk/toolbox/month_view.py" line="123"/>
        <source>Work</source>
        <translation>Work</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/month_view.py" line="125"/>
        <location filename="../../agentdesk/toolbox/month_view.py" line="126"/>
        <source>Adjusted working day</source>
        <translation>Adjusted working day</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/month_view.py" line="128"/>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/month_view.py" line="130"/>
        <source>Public holiday</source>
        <translation>Public holiday</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agentdesk/toolbox/month_view.py" line="138"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DayColumn</name>
    <message>
        <location filename="../../agentdesk/toolbox/agenda_view.py" line="76"/>
        <source>Work</source>
        <translation>Work</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/agenda_view.py" line="78"/>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/agenda_view.py" line="94"/>
        <source>No events</source>
        <translation>No events</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/agenda_view.py" line="112"/>
        <source>Double-click to add an event at this hour</source>
        <translation>Double-click to add an event at this hour</translation>
    </message>
</context>
<context>
    <name>DrillDownPanel</name>
    <message>
        <location filename="../../agentdesk/views/dashboard/drilldown_panel.py" line="34"/>
        <source>Click a bar, a point or an indicator to list the tickets behind it.</source>
        <translation>Click a bar, a point or an indicator to list the tickets behind it.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/drilldown_panel.py" line="40"/>
        <source>Export list as CSV…</source>
        <translation>Export list as CSV…</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/drilldown_panel.py" line="54"/>
        <source>Nothing selected yet.</source>
        <translation>Nothing selected yet.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/drilldown_panel.py" line="88"/>
        <location filename="../../agentdesk/views/dashboard/drilldown_panel.py" line="112"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/drilldown_panel.py" line="89"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/drilldown_panel.py" line="90"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/drilldown_panel.py" line="91"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/drilldown_panel.py" line="92"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/drilldown_panel.py" line="93"/>
        <location filename="../../agentdesk/views/dashboard/drilldown_panel.py" line="108"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/drilldown_panel.py" line="94"/>
        <location filename="../../agentdesk/views/dashboard/drilldown_panel.py" line="109"/>
        <source>Service number</source>
        <translation>Service number</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/drilldown_panel.py" line="95"/>
        <source>Handling time</source>
        <translation>Handling time</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/drilldown_panel.py" line="97"/>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/drilldown_panel.py" line="99"/>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/drilldown_panel.py" line="104"/>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/drilldown_panel.py" line="105"/>
        <source>Flow</source>
        <translation>Flow</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/drilldown_panel.py" line="106"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/drilldown_panel.py" line="107"/>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/drilldown_panel.py" line="110"/>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/drilldown_panel.py" line="113"/>
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/drilldown_panel.py" line="113"/>
        <source>not yet (this desk)</source>
        <translation>not yet (this desk)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/drilldown_panel.py" line="113"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/drilldown_panel.py" line="121"/>
        <source>Listing…</source>
        <translation>Listing…</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/drilldown_panel.py" line="142"/>
        <source>%1 listed</source>
        <translation>%1 listed</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/drilldown_panel.py" line="145"/>
        <source>(only the first ones)</source>
        <translation>(only the first ones)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/drilldown_panel.py" line="151"/>
        <source>No tickets or runs behind this number.</source>
        <translation>No tickets or runs behind this number.</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../../agentdesk/views/error_text.py" line="15"/>
        <source>The desk</source>
        <translation>The desk</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/error_text.py" line="18"/>
        <source>%1 is not available right now. Other systems keep working; try again shortly.</source>
        <translation>%1 is not available right now. Other systems keep working; try again shortly.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/error_text.py" line="21"/>
        <source>%1 failed repeatedly; the desk pauses calls to it for a moment. Try again shortly.</source>
        <translation>%1 failed repeatedly; the desk pauses calls to it for a moment. Try again shortly.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/error_text.py" line="24"/>
        <source>%1 did not answer in time. Try again; nothing was changed twice.</source>
        <translation>%1 did not answer in time. Try again; nothing was changed twice.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/error_text.py" line="27"/>
        <source>%1 sent an answer the desk cannot read. The fault is reported; try again later.</source>
        <translation>%1 sent an answer the desk cannot read. The fault is reported; try again later.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/error_text.py" line="28"/>
        <source>%1 refused the request: %2</source>
        <translation>%1 refused the request: %2</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/error_text.py" line="29"/>
        <source>%1 has no record of this: %2</source>
        <translation>%1 has no record of this: %2</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/error_text.py" line="30"/>
        <source>You are not allowed to do this in %1.</source>
        <translation>You are not allowed to do this in %1.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/error_text.py" line="33"/>
        <source>Your sign-in has expired. Sign in again; your open work is kept.</source>
        <translation>Your sign-in has expired. Sign in again; your open work is kept.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/error_text.py" line="36"/>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
</context>
<context>
    <name>EventBanner</name>
    <message>
        <location filename="../../agentdesk/views/events/banner.py" line="111"/>
        <source>Known outages could not be checked: %1</source>
        <translation>Known outages could not be checked: %1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/banner.py" line="138"/>
        <source>%1: %2 — %3 out on %4</source>
        <translation>%1: %2 — %3 out on %4</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/banner.py" line="145"/>
        <source>Since %1, expected back %2.</source>
        <translation>Since %1, expected back %2.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/banner.py" line="149"/>
        <source>Overdue by %1.</source>
        <translation>Overdue by %1.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/banner.py" line="152"/>
        <source>Tell the customer:</source>
        <translation>Tell the customer:</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/banner.py" line="155"/>
        <source>Known event: no repair and no ticket are needed.</source>
        <translation>Known event: no repair and no ticket are needed.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/banner.py" line="159"/>
        <source>Count this call against the event</source>
        <translation>Count this call against the event</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agentdesk/views/events/banner.py" line="160"/>
        <source>%n call(s) linked so far</source>
        <translation>
            <numerusform>%n call linked so far</numerusform>
            <numerusform>%n calls linked so far</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/banner.py" line="168"/>
        <source>Upcoming %1: %2 — %3 on %4, from %5 to %6.</source>
        <translation>Upcoming %1: %2 — %3 on %4, from %5 to %6.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/banner.py" line="185"/>
        <source>Known event: %1 out (see the banner above).</source>
        <translation>Known event: %1 out (see the banner above).</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/banner.py" line="211"/>
        <source>counted from the customer view</source>
        <translation>counted from the customer view</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/banner.py" line="234"/>
        <source>This call is counted against %1 (%2 calls from %3 numbers so far).</source>
        <translation>This call is counted against %1 (%2 calls from %3 numbers so far).</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../agentdesk/toolbox/event_dialog.py" line="64"/>
        <source>Edit event</source>
        <translation>Edit event</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/event_dialog.py" line="64"/>
        <source>New event</source>
        <translation>New event</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/event_dialog.py" line="69"/>
        <source>e.g. Call back about the broadband fault</source>
        <translation>e.g. Call back about the broadband fault</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/event_dialog.py" line="78"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/event_dialog.py" line="81"/>
        <source>Does not repeat</source>
        <translation>Does not repeat</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/event_dialog.py" line="82"/>
        <source>Every day</source>
        <translation>Every day</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/event_dialog.py" line="83"/>
        <source>Every working day</source>
        <translation>Every working day</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/event_dialog.py" line="84"/>
        <source>Every week</source>
        <translation>Every week</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/event_dialog.py" line="85"/>
        <source>Every month</source>
        <translation>Every month</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/event_dialog.py" line="88"/>
        <source>Ends on</source>
        <translation>Ends on</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/event_dialog.py" line="96"/>
        <source>Service number</source>
        <translation>Service number</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/event_dialog.py" line="99"/>
        <source>Customer name</source>
        <translation>Customer name</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/event_dialog.py" line="101"/>
        <source>Current customer</source>
        <translation>Current customer</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/event_dialog.py" line="105"/>
        <source>Ticket number</source>
        <translation>Ticket number</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/event_dialog.py" line="114"/>
        <source>Only this occurrence</source>
        <translation>Only this occurrence</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/event_dialog.py" line="115"/>
        <source>All occurrences</source>
        <translation>All occurrences</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/event_dialog.py" line="127"/>
        <source>for</source>
        <translation>for</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/event_dialog.py" line="139"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/event_dialog.py" line="140"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/event_dialog.py" line="141"/>
        <source>Repeat</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/event_dialog.py" line="142"/>
        <source>Reminder</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/event_dialog.py" line="143"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/event_dialog.py" line="144"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/event_dialog.py" line="145"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/event_dialog.py" line="150"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/event_dialog.py" line="151"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/event_dialog.py" line="153"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/event_dialog.py" line="264"/>
        <source>No reminder</source>
        <translation>No reminder</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/event_dialog.py" line="266"/>
        <source>At the start</source>
        <translation>At the start</translation>
    </message>
</context>
<context>
    <name>EventWording</name>
    <message>
        <location filename="../../agentdesk/views/events/wording.py" line="19"/>
        <source>Major incident</source>
        <translation>Major incident</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/wording.py" line="20"/>
        <source>Planned cutover</source>
        <translation>Planned cutover</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/wording.py" line="23"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/wording.py" line="24"/>
        <source>Upcoming</source>
        <translation>Upcoming</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/wording.py" line="25"/>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/wording.py" line="26"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/wording.py" line="29"/>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/wording.py" line="30"/>
        <source>Major</source>
        <translation>Major</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/wording.py" line="31"/>
        <source>Minor</source>
        <translation>Minor</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/wording.py" line="34"/>
        <source>Broadband</source>
        <translation>Broadband</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/wording.py" line="35"/>
        <source>IPTV</source>
        <translation>IPTV</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/wording.py" line="36"/>
        <source>Fixed voice</source>
        <translation>Fixed voice</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/wording.py" line="37"/>
        <source>Mobile voice</source>
        <translation>Mobile voice</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/wording.py" line="38"/>
        <source>Mobile data</source>
        <translation>Mobile data</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/wording.py" line="39"/>
        <source>Value-added services</source>
        <translation>Value-added services</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/wording.py" line="42"/>
        <source>not started</source>
        <translation>not started</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/wording.py" line="43"/>
        <source>on time</source>
        <translation>on time</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/wording.py" line="44"/>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/wording.py" line="45"/>
        <source>restored on time</source>
        <translation>restored on time</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/wording.py" line="46"/>
        <source>restored late</source>
        <translation>restored late</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/wording.py" line="47"/>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/wording.py" line="76"/>
        <location filename="../../agentdesk/views/events/wording.py" line="87"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/wording.py" line="87"/>
        <source>Whole province</source>
        <translation>Whole province</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/wording.py" line="98"/>
        <source>today %1</source>
        <translation>today %1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/wording.py" line="100"/>
        <source>tomorrow %1</source>
        <translation>tomorrow %1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/wording.py" line="102"/>
        <source>yesterday %1</source>
        <translation>yesterday %1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/wording.py" line="114"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/wording.py" line="117"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
</context>
<context>
    <name>EventsModel</name>
    <message>
        <location filename="../../agentdesk/views/events/events_model.py" line="18"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/events_model.py" line="25"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/events_model.py" line="19"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/events_model.py" line="20"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/events_model.py" line="26"/>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/events_model.py" line="21"/>
        <source>Since / starts</source>
        <translation>Since / starts</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/events_model.py" line="22"/>
        <source>Expected end</source>
        <translation>Expected end</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/events_model.py" line="23"/>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/events_model.py" line="24"/>
        <source>Subscribers</source>
        <translation>Subscribers</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/events_model.py" line="41"/>
        <source>%1 calls from %2 numbers linked to this event</source>
        <translation>%1 calls from %2 numbers linked to this event</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <location filename="../../agentdesk/views/dashboard/events_page.py" line="30"/>
        <source>Calls linked to service events, per hour</source>
        <translation>Calls linked to service events, per hour</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/events_page.py" line="30"/>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/events_page.py" line="32"/>
        <source>Time to restore against the promise</source>
        <translation>Time to restore against the promise</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/events_page.py" line="32"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/events_page.py" line="43"/>
        <source>Export chart as PNG…</source>
        <translation>Export chart as PNG…</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/events_page.py" line="46"/>
        <source>Export table as CSV…</source>
        <translation>Export table as CSV…</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/events_page.py" line="77"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/events_page.py" line="78"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/events_page.py" line="79"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/events_page.py" line="80"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/events_page.py" line="81"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/events_page.py" line="82"/>
        <location filename="../../agentdesk/views/dashboard/events_page.py" line="115"/>
        <source>Promised</source>
        <translation>Promised</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/events_page.py" line="84"/>
        <source>Restored after</source>
        <translation>Restored after</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/events_page.py" line="86"/>
        <source>Over the promise</source>
        <translation>Over the promise</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/events_page.py" line="88"/>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/events_page.py" line="90"/>
        <source>Calls in period</source>
        <translation>Calls in period</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/events_page.py" line="92"/>
        <source>Calls in all</source>
        <translation>Calls in all</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/events_page.py" line="101"/>
        <source>No service-event figures.</source>
        <translation>No service-event figures.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/events_page.py" line="117"/>
        <source>Time to restore</source>
        <translation>Time to restore</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/events_page.py" line="127"/>
        <source>Events: %1 · calls linked: %2 · active: %3 · SLA met: %4 · breached: %5 · past promise: %6</source>
        <translation>Events: %1 · calls linked: %2 · active: %3 · SLA met: %4 · breached: %5 · past promise: %6</translation>
    </message>
</context>
<context>
    <name>EventsPanel</name>
    <message>
        <location filename="../../agentdesk/views/events/events_panel.py" line="52"/>
        <source>Service events</source>
        <translation>Service events</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/events_panel.py" line="61"/>
        <source>Events of</source>
        <translation>Events of</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/events_panel.py" line="64"/>
        <source>My region (%1)</source>
        <translation>My region (%1)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/events_panel.py" line="66"/>
        <source>My region</source>
        <translation>My region</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/events_panel.py" line="69"/>
        <source>Whole province</source>
        <translation>Whole province</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/events_panel.py" line="71"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/events_panel.py" line="103"/>
        <source>Count a call of the customer in view</source>
        <translation>Count a call of the customer in view</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/events_panel.py" line="109"/>
        <source>Register the call against the chosen event instead of repairing or dispatching a ticket.</source>
        <translation>Register the call against the chosen event instead of repairing or dispatching a ticket.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/events_panel.py" line="135"/>
        <source>No service-events system is configured for this desk.</source>
        <translation>No service-events system is configured for this desk.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/events_panel.py" line="158"/>
        <source>Service &amp;events</source>
        <translation>Service &amp;events</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/events_panel.py" line="211"/>
        <source>Not refreshed: %1</source>
        <translation>Not refreshed: %1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/events_panel.py" line="224"/>
        <source>No active or upcoming service events.</source>
        <translation>No active or upcoming service events.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/events_panel.py" line="227"/>
        <source>%1 active, %2 upcoming · updated %3</source>
        <translation>%1 active, %2 upcoming · updated %3</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/events_panel.py" line="256"/>
        <source>Services: %1 · Area: %2</source>
        <translation>Services: %1 · Area: %2</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/events_panel.py" line="261"/>
        <source>From %1 to %2 (SLA: %3)</source>
        <translation>From %1 to %2 (SLA: %3)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/events_panel.py" line="268"/>
        <source>Where: %1</source>
        <translation>Where: %1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/events_panel.py" line="272"/>
        <source>%1 calls from %2 numbers linked; %3 subscribers touched</source>
        <translation>%1 calls from %2 numbers linked; %3 subscribers touched</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/events_panel.py" line="278"/>
        <source>Tell the customer:</source>
        <translation>Tell the customer:</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/events_panel.py" line="282"/>
        <source>Internal note: %1</source>
        <translation>Internal note: %1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/events_panel.py" line="301"/>
        <source>Checking whether %1 is inside this event…</source>
        <translation>Checking whether %1 is inside this event…</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/events_panel.py" line="314"/>
        <source>%1 is not inside %2: no call was counted.</source>
        <translation>%1 is not inside %2: no call was counted.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/events_panel.py" line="326"/>
        <source>counted from the service-events panel</source>
        <translation>counted from the service-events panel</translation>
    </message>
</context>
<context>
    <name>FailurePage</name>
    <message>
        <location filename="../../agentdesk/wizards/pages/failure_page.py" line="24"/>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../../agentdesk/wizards/pages/failure_page.py" line="43"/>
        <source>Finish without the ticket</source>
        <translation>Finish without the ticket</translation>
    </message>
    <message>
        <location filename="../../agentdesk/wizards/pages/failure_page.py" line="45"/>
        <source>Continue without it</source>
        <translation>Continue without it</translation>
    </message>
    <message>
        <location filename="../../agentdesk/wizards/pages/failure_page.py" line="47"/>
        <source>Stop the flow</source>
        <translation>Stop the flow</translation>
    </message>
</context>
<context>
    <name>FlowPage</name>
    <message>
        <location filename="../../agentdesk/views/dashboard/chart_pages.py" line="233"/>
        <source>Pretreatment runs by flow</source>
        <translation>Pretreatment runs by flow</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/chart_pages.py" line="233"/>
        <source>Runs</source>
        <translation>Runs</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/chart_pages.py" line="238"/>
        <source>Flow</source>
        <translation>Flow</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/chart_pages.py" line="281"/>
        <source>Runs reported to the ticket system: %1.</source>
        <translation>Runs reported to the ticket system: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agentdesk/views/dashboard/chart_pages.py" line="285"/>
        <source>Includes %n run(s) of this desk not reported yet.</source>
        <translation>
            <numerusform>Includes %n run of this desk not reported yet.</numerusform>
            <numerusform>Includes %n runs of this desk not reported yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlowWizard</name>
    <message>
        <location filename="../../agentdesk/wizards/runner.py" line="60"/>
        <source>Pretreatment</source>
        <translation>Pretreatment</translation>
    </message>
    <message>
        <location filename="../../agentdesk/wizards/runner.py" line="91"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../agentdesk/wizards/runner.py" line="116"/>
        <source>Choose a flow and a number</source>
        <translation>Choose a flow and a number</translation>
    </message>
    <message>
        <location filename="../../agentdesk/wizards/runner.py" line="159"/>
        <source>Looking up the subscriber</source>
        <translation>Looking up the subscriber</translation>
    </message>
    <message>
        <location filename="../../agentdesk/wizards/wording.py" line="11"/>
        <source>Resolved at the front line</source>
        <translation>Resolved at the front line</translation>
    </message>
    <message>
        <location filename="../../agentdesk/wizards/wording.py" line="12"/>
        <source>The customer needs to act</source>
        <translation>The customer needs to act</translation>
    </message>
    <message>
        <location filename="../../agentdesk/wizards/wording.py" line="13"/>
        <source>Handed to the back office</source>
        <translation>Handed to the back office</translation>
    </message>
    <message>
        <location filename="../../agentdesk/wizards/wording.py" line="14"/>
        <source>Stopped: a system could not be reached</source>
        <translation>Stopped: a system could not be reached</translation>
    </message>
    <message>
        <location filename="../../agentdesk/wizards/wording.py" line="15"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>HolidayNames</name>
    <message>
        <location filename="../../agentdesk/toolbox/month_view.py" line="37"/>
        <source>New Year&apos;s Day</source>
        <translation>New Year&apos;s Day</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/month_view.py" line="38"/>
        <source>Spring Festival</source>
        <translation>Spring Festival</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/month_view.py" line="39"/>
        <source>Tomb-sweeping Day</source>
        <translation>Tomb-sweeping Day</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/month_view.py" line="40"/>
        <source>Labour Day</source>
        <translation>Labour Day</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/month_view.py" line="41"/>
        <source>Dragon Boat Festival</source>
        <translation>Dragon Boat Festival</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/month_view.py" line="42"/>
        <source>National Day</source>
        <translation>National Day</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/month_view.py" line="43"/>
        <source>Mid-autumn Festival</source>
        <translation>Mid-autumn Festival</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/month_view.py" line="44"/>
        <source>Anti-Fascist 70th Day</source>
        <translation>Anti-Fascist 70th Day</translation>
    </message>
</context>
<context>
    <name>IndicatorTableModel</name>
    <message>
        <location filename="../../agentdesk/views/dashboard/indicator_model.py" line="28"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/indicator_model.py" line="29"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/indicator_model.py" line="30"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/indicator_model.py" line="31"/>
        <source>Target (period)</source>
        <translation>Target (period)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/indicator_model.py" line="32"/>
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>KnowledgePanel</name>
    <message>
        <location filename="../../agentdesk/views/knowledge/knowledge_panel.py" line="90"/>
        <source>Search the knowledge base (Ctrl+Shift+K)</source>
        <translation>Search the knowledge base (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/knowledge_panel.py" line="94"/>
        <source>Everywhere</source>
        <translation>Everywhere</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/knowledge_panel.py" line="95"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/knowledge_panel.py" line="96"/>
        <source>Keywords only</source>
        <translation>Keywords only</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/knowledge_panel.py" line="97"/>
        <location filename="../../agentdesk/views/knowledge/knowledge_panel.py" line="133"/>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/knowledge_panel.py" line="104"/>
        <source>Search the whole knowledge base again</source>
        <translation>Search the whole knowledge base again</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/knowledge_panel.py" line="117"/>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/knowledge_panel.py" line="132"/>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/knowledge_panel.py" line="134"/>
        <source>Favourites</source>
        <translation>Favourites</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/knowledge_panel.py" line="135"/>
        <source>Recent</source>
        <translation>Recent</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/knowledge_panel.py" line="136"/>
        <location filename="../../agentdesk/views/knowledge/knowledge_panel.py" line="482"/>
        <source>Announcements</source>
        <translation>Announcements</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/knowledge_panel.py" line="241"/>
        <source>Search the &amp;knowledge base</source>
        <translation>Search the &amp;knowledge base</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/knowledge_panel.py" line="244"/>
        <source>Knowledge &amp;announcements</source>
        <translation>Knowledge &amp;announcements</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/knowledge_panel.py" line="247"/>
        <source>S&amp;ync knowledge base now</source>
        <translation>S&amp;ync knowledge base now</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/knowledge_panel.py" line="255"/>
        <source>Urgent announcements</source>
        <translation>Urgent announcements</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/knowledge_panel.py" line="349"/>
        <source>%1 with the phrase, more with all its words</source>
        <translation>%1 with the phrase, more with all its words</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/knowledge_panel.py" line="354"/>
        <source>No article found</source>
        <translation>No article found</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/knowledge_panel.py" line="357"/>
        <source>%1 with the phrase, %2 with all its words</source>
        <translation>%1 with the phrase, %2 with all its words</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agentdesk/views/knowledge/knowledge_panel.py" line="360"/>
        <location filename="../../agentdesk/views/knowledge/knowledge_panel.py" line="368"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/knowledge_panel.py" line="383"/>
        <source>In: %1</source>
        <translation>In: %1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/knowledge_panel.py" line="445"/>
        <source>Downloading the knowledge base for offline use…</source>
        <translation>Downloading the knowledge base for offline use…</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/knowledge_panel.py" line="449"/>
        <source>Downloading the knowledge base: %1 of %2 articles. You can search what is here already.</source>
        <translation>Downloading the knowledge base: %1 of %2 articles. You can search what is here already.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/knowledge_panel.py" line="454"/>
        <source>Updating the knowledge base…</source>
        <translation>Updating the knowledge base…</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/knowledge_panel.py" line="459"/>
        <source>Knowledge base offline and not downloaded yet; it will be when it is reachable.</source>
        <translation>Knowledge base offline and not downloaded yet; it will be when it is reachable.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/knowledge_panel.py" line="460"/>
        <source>Offline — searching the local copy (last synced %1).</source>
        <translation>Offline — searching the local copy (last synced %1).</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/knowledge_panel.py" line="463"/>
        <source>Sync failed — searching the local copy (last synced %1).</source>
        <translation>Sync failed — searching the local copy (last synced %1).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agentdesk/views/knowledge/knowledge_panel.py" line="467"/>
        <source>%n article(s) offline, not synced yet</source>
        <translation>
            <numerusform>%n article offline, not synced yet</numerusform>
            <numerusform>%n articles offline, not synced yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agentdesk/views/knowledge/knowledge_panel.py" line="468"/>
        <source>%n article(s) offline · last synced %1</source>
        <translation>
            <numerusform>%n article offline · last synced %1</numerusform>
            <numerusform>%n articles offline · last synced %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/knowledge_panel.py" line="522"/>
        <source>Announcement published: %1</source>
        <translation>Announcement published: %1</translation>
    </message>
</context>
<context>
    <name>KnownEventBox</name>
    <message>
        <location filename="../../agentdesk/views/tickets/known_event_box.py" line="42"/>
        <source>C&amp;ount the call against the event</source>
        <translation>C&amp;ount the call against the event</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/known_event_box.py" line="46"/>
        <source>File as a co&amp;mplaint instead</source>
        <translation>File as a co&amp;mplaint instead</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/known_event_box.py" line="73"/>
        <source>%1: %2 — %3 out on %4</source>
        <translation>%1: %2 — %3 out on %4</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/known_event_box.py" line="80"/>
        <source>Since %1, expected back %2.</source>
        <translation>Since %1, expected back %2.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/known_event_box.py" line="84"/>
        <source>Tell the customer:</source>
        <translation>Tell the customer:</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/known_event_box.py" line="93"/>
        <source>No fault ticket is sent for a known event: the outage is already being repaired. Count the call against the event instead. If the customer insists, file a complaint; it carries the event.</source>
        <translation>No fault ticket is sent for a known event: the outage is already being repaired. Count the call against the event instead. If the customer insists, file a complaint; it carries the event.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/known_event_box.py" line="96"/>
        <source>This complaint goes out carrying the event, so the back office sees it belongs to the outage.</source>
        <translation>This complaint goes out carrying the event, so the back office sees it belongs to the outage.</translation>
    </message>
</context>
<context>
    <name>LoadStateStack</name>
    <message>
        <location filename="../../agentdesk/views/widgets/load_state.py" line="21"/>
        <location filename="../../agentdesk/views/widgets/load_state.py" line="70"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/widgets/load_state.py" line="41"/>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../agentdesk/views/login_dialog.py" line="23"/>
        <source>AgentDesk — sign in</source>
        <translation>AgentDesk — sign in</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/login_dialog.py" line="31"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/login_dialog.py" line="35"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/login_dialog.py" line="36"/>
        <source>Remember my password on this computer</source>
        <translation>Remember my password on this computer</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/login_dialog.py" line="48"/>
        <source>Back end:</source>
        <translation>Back end:</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/login_dialog.py" line="49"/>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/login_dialog.py" line="50"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/login_dialog.py" line="53"/>
        <location filename="../../agentdesk/views/login_dialog.py" line="90"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/login_dialog.py" line="57"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/login_dialog.py" line="90"/>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/login_dialog.py" line="101"/>
        <source>Enter your user name and password.</source>
        <translation>Enter your user name and password.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/startup.py" line="185"/>
        <source>This computer has no secure credential store (%1), so the desk will not remember your password.</source>
        <translation>This computer has no secure credential store (%1), so the desk will not remember your password.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/startup.py" line="200"/>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../agentdesk/views/main_window.py" line="74"/>
        <source>AgentDesk — service front workbench</source>
        <translation>AgentDesk — service front workbench</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/main_window.py" line="80"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/main_window.py" line="83"/>
        <source>Customer: </source>
        <translation>Customer: </translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/main_window.py" line="98"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/main_window.py" line="106"/>
        <location filename="../../agentdesk/views/main_window.py" line="118"/>
        <source>Toolbox</source>
        <translation>Toolbox</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/main_window.py" line="107"/>
        <source>Notepad, calculator and calendar will appear here.</source>
        <translation>Notepad, calculator and calendar will appear here.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/main_window.py" line="110"/>
        <source>Knowledge base</source>
        <translation>Knowledge base</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/main_window.py" line="111"/>
        <source>The offline knowledge base with full-text search will appear here.</source>
        <translation>The offline knowledge base with full-text search will appear here.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/main_window.py" line="115"/>
        <source>Ticket desk</source>
        <translation>Ticket desk</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/main_window.py" line="116"/>
        <source>Consult, complaint and fault tickets of the customer in view will appear here.</source>
        <translation>Consult, complaint and fault tickets of the customer in view will appear here.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/main_window.py" line="119"/>
        <source>Knowledge</source>
        <translation>Knowledge</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/main_window.py" line="120"/>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/main_window.py" line="121"/>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/main_window.py" line="196"/>
        <source>This panel could not be opened; the log says why.</source>
        <translation>This panel could not be opened; the log says why.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/main_window.py" line="211"/>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/main_window.py" line="212"/>
        <source>Pretreatment</source>
        <translation>Pretreatment</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/main_window.py" line="213"/>
        <source>Team dashboard</source>
        <translation>Team dashboard</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/main_window.py" line="243"/>
        <source>&amp;Desk</source>
        <translation>&amp;Desk</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/main_window.py" line="244"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/main_window.py" line="246"/>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/main_window.py" line="248"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/main_window.py" line="250"/>
        <source>&amp;Customer</source>
        <translation>&amp;Customer</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/main_window.py" line="251"/>
        <source>&amp;Find customer</source>
        <translation>&amp;Find customer</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/main_window.py" line="253"/>
        <source>&amp;Next customer</source>
        <translation>&amp;Next customer</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/main_window.py" line="255"/>
        <source>&amp;Previous customer</source>
        <translation>&amp;Previous customer</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/main_window.py" line="257"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/main_window.py" line="261"/>
        <source>&amp;Close customer</source>
        <translation>&amp;Close customer</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/main_window.py" line="266"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/main_window.py" line="267"/>
        <source>Command &amp;palette…</source>
        <translation>Command &amp;palette…</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/main_window.py" line="268"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/main_window.py" line="269"/>
        <source>&amp;Start page</source>
        <translation>&amp;Start page</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/main_window.py" line="274"/>
        <source>&amp;Larger text</source>
        <translation>&amp;Larger text</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/main_window.py" line="275"/>
        <source>S&amp;maller text</source>
        <translation>S&amp;maller text</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/main_window.py" line="276"/>
        <source>&amp;Normal text size</source>
        <translation>&amp;Normal text size</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/main_window.py" line="277"/>
        <source>Light/&amp;dark theme</source>
        <translation>Light/&amp;dark theme</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/main_window.py" line="279"/>
        <source>&amp;Reset layout</source>
        <translation>&amp;Reset layout</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/main_window.py" line="282"/>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/main_window.py" line="310"/>
        <source>team lead</source>
        <translation>team lead</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/main_window.py" line="311"/>
        <source>agent</source>
        <translation>agent</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/main_window.py" line="313"/>
        <source>Signed in: %1 (%2, %3)</source>
        <translation>Signed in: %1 (%2, %3)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/main_window.py" line="323"/>
        <source>Unavailable: %1</source>
        <translation>Unavailable: %1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/main_window.py" line="326"/>
        <source>Offline — working from local data</source>
        <translation>Offline — working from local data</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/main_window.py" line="348"/>
        <source>Searching for %1…</source>
        <translation>Searching for %1…</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/main_window.py" line="360"/>
        <source>No customer found for %1</source>
        <translation>No customer found for %1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/startup.py" line="241"/>
        <source>Signed in again; retry what failed.</source>
        <translation>Signed in again; retry what failed.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/features/toolbox.py" line="20"/>
        <source>AgentDesk</source>
        <translation>AgentDesk</translation>
    </message>
</context>
<context>
    <name>MaskedField</name>
    <message>
        <location filename="../../agentdesk/views/widgets/masked_field.py" line="18"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/widgets/masked_field.py" line="19"/>
        <source>Show the full value (recorded in the audit trail)</source>
        <translation>Show the full value (recorded in the audit trail)</translation>
    </message>
</context>
<context>
    <name>MatchChooser</name>
    <message>
        <location filename="../../agentdesk/views/customer/match_chooser.py" line="23"/>
        <source>Several customers found</source>
        <translation>Several customers found</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/match_chooser.py" line="38"/>
        <source>Choose the customer on the line:</source>
        <translation>Choose the customer on the line:</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <location filename="../../agentdesk/toolbox/month_view.py" line="58"/>
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/month_view.py" line="59"/>
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/month_view.py" line="60"/>
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/month_view.py" line="61"/>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/month_view.py" line="62"/>
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/month_view.py" line="63"/>
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/month_view.py" line="64"/>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
</context>
<context>
    <name>NetworkModel</name>
    <message>
        <location filename="../../agentdesk/views/customer/network_model.py" line="39"/>
        <source>works</source>
        <translation>works</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/network_model.py" line="41"/>
        <source>does not work</source>
        <translation>does not work</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/network_model.py" line="49"/>
        <source>Aspect</source>
        <translation>Aspect</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/network_model.py" line="54"/>
        <source>CRM (sold)</source>
        <translation>CRM (sold)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/network_model.py" line="56"/>
        <source>Network (the truth)</source>
        <translation>Network (the truth)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/network_model.py" line="62"/>
        <source>In the network</source>
        <translation>In the network</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/network_model.py" line="68"/>
        <source>Explanation</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/network_model.py" line="76"/>
        <source>Service in the HLR</source>
        <translation>Service in the HLR</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/network_model.py" line="77"/>
        <location filename="../../agentdesk/views/customer/network_model.py" line="102"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/network_model.py" line="79"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/network_model.py" line="91"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/network_model.py" line="95"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/network_model.py" line="97"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/network_model.py" line="105"/>
        <source>What it means</source>
        <translation>What it means</translation>
    </message>
</context>
<context>
    <name>NetworkTab</name>
    <message>
        <location filename="../../agentdesk/views/customer/network_tab.py" line="33"/>
        <source>The network is the truth for whether it works: CRM says what was sold, the HLR and AAA decide whether calls and data get through.</source>
        <translation>The network is the truth for whether it works: CRM says what was sold, the HLR and AAA decide whether calls and data get through.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/network_tab.py" line="49"/>
        <source>Restore the network state</source>
        <translation>Restore the network state</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/network_tab.py" line="52"/>
        <source>Sync the network from CRM</source>
        <translation>Sync the network from CRM</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/network_tab.py" line="55"/>
        <source>Sync the VPN</source>
        <translation>Sync the VPN</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/network_tab.py" line="58"/>
        <location filename="../../agentdesk/views/customer/network_tab.py" line="189"/>
        <source>Sync AAA from CRM</source>
        <translation>Sync AAA from CRM</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/network_tab.py" line="69"/>
        <source>Services in the HLR</source>
        <translation>Services in the HLR</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/network_tab.py" line="76"/>
        <source>Wireless data access records (AAA)</source>
        <translation>Wireless data access records (AAA)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/network_tab.py" line="28"/>
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/network_tab.py" line="97"/>
        <source>The customer has no mobile or fixed number in the network.</source>
        <translation>The customer has no mobile or fixed number in the network.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/network_tab.py" line="103"/>
        <source>Switch state (HLR)</source>
        <translation>Switch state (HLR)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/network_tab.py" line="124"/>
        <source>Mobile VPN (group / short number)</source>
        <translation>Mobile VPN (group / short number)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/network_tab.py" line="133"/>
        <source>AAA: %1</source>
        <translation>AAA: %1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/network_tab.py" line="135"/>
        <source>HLR data: %1</source>
        <translation>HLR data: %1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/network_tab.py" line="138"/>
        <source>%1 data</source>
        <translation>%1 data</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/network_tab.py" line="152"/>
        <source>%1 · IMSI %2 · HLR updated %3</source>
        <translation>%1 · IMSI %2 · HLR updated %3</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/network_tab.py" line="186"/>
        <source>Sync AAA from CRM (%1)</source>
        <translation>Sync AAA from CRM (%1)</translation>
    </message>
</context>
<context>
    <name>NewPasswordDialog</name>
    <message>
        <location filename="../../agentdesk/views/customer/broadband_tab.py" line="49"/>
        <source>Change broadband password</source>
        <translation>Change broadband password</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/broadband_tab.py" line="54"/>
        <source>6 to 32 characters, letters and digits.</source>
        <translation>6 to 32 characters, letters and digits.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/broadband_tab.py" line="66"/>
        <source>New password for %1:</source>
        <translation>New password for %1:</translation>
    </message>
</context>
<context>
    <name>NoteListModel</name>
    <message>
        <location filename="../../agentdesk/toolbox/notepad.py" line="55"/>
        <source>(empty note)</source>
        <translation>(empty note)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/notepad.py" line="61"/>
        <source>Created %1, changed %2</source>
        <translation>Created %1, changed %2</translation>
    </message>
</context>
<context>
    <name>NotepadWidget</name>
    <message>
        <location filename="../../agentdesk/toolbox/notepad.py" line="114"/>
        <source>Search notes</source>
        <translation>Search notes</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/notepad.py" line="122"/>
        <source>New note</source>
        <translation>New note</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/notepad.py" line="123"/>
        <source>Start a new note (Ctrl+N)</source>
        <translation>Start a new note (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/notepad.py" line="125"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/notepad.py" line="130"/>
        <source>Type your note; it is saved as you type.</source>
        <translation>Type your note; it is saved as you type.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/notepad.py" line="134"/>
        <source>Insert customer</source>
        <translation>Insert customer</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/notepad.py" line="135"/>
        <source>Insert the current customer&apos;s number and name</source>
        <translation>Insert the current customer&apos;s number and name</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/notepad.py" line="138"/>
        <source>Insert time</source>
        <translation>Insert time</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/notepad.py" line="139"/>
        <source>Insert the date and time (Ctrl+;)</source>
        <translation>Insert the date and time (Ctrl+;)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/notepad.py" line="141"/>
        <source>Copy to ticket</source>
        <translation>Copy to ticket</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/notepad.py" line="142"/>
        <source>Use this note (or the selected text) as a ticket description</source>
        <translation>Use this note (or the selected text) as a ticket description</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/notepad.py" line="241"/>
        <source>Editing…</source>
        <translation>Editing…</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/notepad.py" line="268"/>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/notepad.py" line="286"/>
        <source>New note: start typing.</source>
        <translation>New note: start typing.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/notepad.py" line="290"/>
        <source>Saved %1 · created %2</source>
        <translation>Saved %1 · created %2</translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <location filename="../../agentdesk/views/tickets/detail_models.py" line="62"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/detail_models.py" line="62"/>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/detail_models.py" line="64"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>OffersModel</name>
    <message>
        <location filename="../../agentdesk/views/customer/offers_model.py" line="39"/>
        <source>open-ended</source>
        <translation>open-ended</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/offers_model.py" line="48"/>
        <source>%1% off</source>
        <translation>%1% off</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/offers_model.py" line="51"/>
        <source>%1 off</source>
        <translation>%1 off</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/offers_model.py" line="57"/>
        <source>%1 free minutes</source>
        <translation>%1 free minutes</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/offers_model.py" line="59"/>
        <source>%1 MB free data</source>
        <translation>%1 MB free data</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/offers_model.py" line="71"/>
        <source>Sales product</source>
        <translation>Sales product</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/offers_model.py" line="77"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/offers_model.py" line="82"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/offers_model.py" line="87"/>
        <source>Monthly fee</source>
        <translation>Monthly fee</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/offers_model.py" line="94"/>
        <source>Offer</source>
        <translation>Offer</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/offers_model.py" line="95"/>
        <source>(no offer)</source>
        <translation>(no offer)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/offers_model.py" line="99"/>
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/offers_model.py" line="104"/>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/offers_model.py" line="109"/>
        <source>In force</source>
        <translation>In force</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/offers_model.py" line="112"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/offers_model.py" line="114"/>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/offers_model.py" line="118"/>
        <source>Attributes</source>
        <translation>Attributes</translation>
    </message>
</context>
<context>
    <name>OffersTab</name>
    <message>
        <location filename="../../agentdesk/views/customer/offers_tab.py" line="18"/>
        <source>Offers</source>
        <translation>Offers</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/offers_tab.py" line="33"/>
        <source>The customer has no sales products.</source>
        <translation>The customer has no sales products.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/offers_tab.py" line="44"/>
        <source>%1 sales products (%2 bundles), %3 offers, %4 expired</source>
        <translation>%1 sales products (%2 bundles), %3 offers, %4 expired</translation>
    </message>
</context>
<context>
    <name>OperationNames</name>
    <message>
        <location filename="../../agentdesk/views/widgets/operation_names.py" line="18"/>
        <source>Sync from CRM</source>
        <translation>Sync from CRM</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/widgets/operation_names.py" line="19"/>
        <source>Show personal data in full</source>
        <translation>Show personal data in full</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/widgets/operation_names.py" line="21"/>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/widgets/operation_names.py" line="23"/>
        <source>Set the network state (bar or restore)</source>
        <translation>Set the network state (bar or restore)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/widgets/operation_names.py" line="24"/>
        <source>Activate add-on product in the network</source>
        <translation>Activate add-on product in the network</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/widgets/operation_names.py" line="25"/>
        <source>Deactivate add-on product in the network</source>
        <translation>Deactivate add-on product in the network</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/widgets/operation_names.py" line="26"/>
        <location filename="../../agentdesk/views/widgets/operation_names.py" line="27"/>
        <source>Sync mobile VPN</source>
        <translation>Sync mobile VPN</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/widgets/operation_names.py" line="29"/>
        <source>Subscribe value-added service</source>
        <translation>Subscribe value-added service</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/widgets/operation_names.py" line="30"/>
        <source>Unsubscribe value-added service</source>
        <translation>Unsubscribe value-added service</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/widgets/operation_names.py" line="32"/>
        <source>Reset broadband password</source>
        <translation>Reset broadband password</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/widgets/operation_names.py" line="33"/>
        <source>Change broadband password</source>
        <translation>Change broadband password</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/widgets/operation_names.py" line="34"/>
        <source>Unbind MAC address</source>
        <translation>Unbind MAC address</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/widgets/operation_names.py" line="35"/>
        <source>Clear online sessions</source>
        <translation>Clear online sessions</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/widgets/operation_names.py" line="36"/>
        <source>Restart port</source>
        <translation>Restart port</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/widgets/operation_names.py" line="37"/>
        <source>Dial test</source>
        <translation>Dial test</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/widgets/operation_names.py" line="38"/>
        <source>Line test</source>
        <translation>Line test</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/widgets/operation_names.py" line="39"/>
        <source>Repair line</source>
        <translation>Repair line</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/widgets/operation_names.py" line="41"/>
        <source>Create ticket</source>
        <translation>Create ticket</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/widgets/operation_names.py" line="42"/>
        <source>Add note to ticket</source>
        <translation>Add note to ticket</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/widgets/operation_names.py" line="43"/>
        <source>Close ticket at the front line</source>
        <translation>Close ticket at the front line</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/widgets/operation_names.py" line="44"/>
        <source>Report pretreatment run</source>
        <translation>Report pretreatment run</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/widgets/operation_names.py" line="46"/>
        <source>Count call against service event</source>
        <translation>Count call against service event</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/widgets/operation_names.py" line="47"/>
        <source>Publish announcement</source>
        <translation>Publish announcement</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/widgets/operation_names.py" line="48"/>
        <source>Answer call</source>
        <translation>Answer call</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/widgets/operation_names.py" line="49"/>
        <source>End call</source>
        <translation>End call</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <location filename="../../agentdesk/views/customer/orders_model.py" line="28"/>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/orders_model.py" line="33"/>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/orders_model.py" line="35"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/orders_model.py" line="40"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/orders_model.py" line="46"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/orders_model.py" line="49"/>
        <location filename="../../agentdesk/views/customer/orders_model.py" line="81"/>
        <location filename="../../agentdesk/views/customer/orders_model.py" line="105"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/orders_model.py" line="55"/>
        <source>Stuck at</source>
        <translation>Stuck at</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/orders_model.py" line="62"/>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/orders_model.py" line="74"/>
        <source>Flow step</source>
        <translation>Flow step</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/orders_model.py" line="79"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/orders_model.py" line="86"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/orders_model.py" line="88"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/orders_model.py" line="98"/>
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/orders_model.py" line="100"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
</context>
<context>
    <name>OrdersTab</name>
    <message>
        <location filename="../../agentdesk/views/customer/orders_tab.py" line="31"/>
        <source>Acceptance and contact</source>
        <translation>Acceptance and contact</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/orders_tab.py" line="35"/>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/orders_tab.py" line="36"/>
        <source>Accepted by</source>
        <translation>Accepted by</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/orders_tab.py" line="37"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/orders_tab.py" line="38"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/orders_tab.py" line="39"/>
        <source>Contact phone</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/orders_tab.py" line="40"/>
        <source>Offers</source>
        <translation>Offers</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/orders_tab.py" line="51"/>
        <source>Flow steps</source>
        <translation>Flow steps</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/orders_tab.py" line="55"/>
        <source>Fees</source>
        <translation>Fees</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/orders_tab.py" line="21"/>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/orders_tab.py" line="73"/>
        <source>The customer has no orders.</source>
        <translation>The customer has no orders.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/orders_tab.py" line="104"/>
        <source>Total fees: %1</source>
        <extracomment>facts the engine itself provides before the first step facts a dispatch end provides to its own script</extracomment>
        <translation>Total fees: %1</translation>
    </message>
</context>
<context>
    <name>OutcomePage</name>
    <message>
        <location filename="../../agentdesk/wizards/pages/outcome_page.py" line="27"/>
        <source>Read to the customer:</source>
        <translation>Read to the customer:</translation>
    </message>
    <message>
        <location filename="../../agentdesk/wizards/pages/outcome_page.py" line="38"/>
        <source>Copy script</source>
        <translation>Copy script</translation>
    </message>
    <message>
        <location filename="../../agentdesk/wizards/pages/outcome_page.py" line="41"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../agentdesk/wizards/pages/outcome_page.py" line="65"/>
        <source>Ticket %1 (system %2) carries what the flow found.</source>
        <translation>Ticket %1 (system %2) carries what the flow found.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/wizards/pages/outcome_page.py" line="70"/>
        <source>It waits in the outbox and is sent as soon as the ticket system answers.</source>
        <translation>It waits in the outbox and is sent as soon as the ticket system answers.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/wizards/pages/outcome_page.py" line="78"/>
        <source>No ticket was sent: the known service event %1 already explains the fault.</source>
        <translation>No ticket was sent: the known service event %1 already explains the fault.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/wizards/pages/outcome_page.py" line="82"/>
        <source>The ticket could not be sent: %1. Create it from the ticket desk.</source>
        <translation>The ticket could not be sent: %1. Create it from the ticket desk.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/wizards/pages/outcome_page.py" line="102"/>
        <source>Changed: %1</source>
        <translation>Changed: %1</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <location filename="../../agentdesk/views/customer/period_picker.py" line="33"/>
        <source>Last %1 days</source>
        <translation>Last %1 days</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/period_picker.py" line="34"/>
        <source>Previous month</source>
        <translation>Previous month</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/period_picker.py" line="35"/>
        <source>Chosen dates</source>
        <translation>Chosen dates</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/period_picker.py" line="46"/>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/period_picker.py" line="48"/>
        <source>to</source>
        <translation>to</translation>
    </message>
</context>
<context>
    <name>PhoneOnWindow</name>
    <message>
        <location filename="../../agentdesk/views/workbench/phone_ui.py" line="40"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/phone_ui.py" line="61"/>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/phone_ui.py" line="62"/>
        <source>&amp;Answer the call</source>
        <translation>&amp;Answer the call</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/phone_ui.py" line="63"/>
        <source>&amp;Hang up / reject</source>
        <translation>&amp;Hang up / reject</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/phone_ui.py" line="64"/>
        <source>&amp;Wrap up the call…</source>
        <translation>&amp;Wrap up the call…</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/phone_ui.py" line="65"/>
        <source>&amp;Calls of this shift</source>
        <translation>&amp;Calls of this shift</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/phone_ui.py" line="67"/>
        <source>&amp;Reconnect the phone line</source>
        <translation>&amp;Reconnect the phone line</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/phone_ui.py" line="100"/>
        <source>Caller: %1 %2</source>
        <translation>Caller: %1 %2</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/phone_ui.py" line="110"/>
        <source>%1 is not a customer number: search by another key, or take the call as a new caller.</source>
        <translation>%1 is not a customer number: search by another key, or take the call as a new caller.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/phone_ui.py" line="164"/>
        <source>Caller: %1 — %2</source>
        <translation>Caller: %1 — %2</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/phone_ui.py" line="166"/>
        <source>Caller: %1 (not a known customer)</source>
        <translation>Caller: %1 (not a known customer)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/phone_ui.py" line="193"/>
        <source>Wrap-up not stored: %1</source>
        <translation>Wrap-up not stored: %1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/phone_ui.py" line="195"/>
        <source>Wrap-up recorded.</source>
        <translation>Wrap-up recorded.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../agentdesk/views/workbench/preferences_dialog.py" line="270"/>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/preferences_dialog.py" line="279"/>
        <source>&amp;Workbench</source>
        <translation>&amp;Workbench</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/preferences_dialog.py" line="280"/>
        <source>&amp;Keyboard</source>
        <translation>&amp;Keyboard</translation>
    </message>
</context>
<context>
    <name>PretreatmentPanel</name>
    <message>
        <location filename="../../agentdesk/wizards/panel.py" line="53"/>
        <source>Start a flow…</source>
        <translation>Start a flow…</translation>
    </message>
    <message>
        <location filename="../../agentdesk/wizards/panel.py" line="71"/>
        <source>Runs for this customer:</source>
        <translation>Runs for this customer:</translation>
    </message>
    <message>
        <location filename="../../agentdesk/features/pretreatment.py" line="45"/>
        <location filename="../../agentdesk/wizards/panel.py" line="73"/>
        <source>&amp;Pretreatment flow…</source>
        <translation>&amp;Pretreatment flow…</translation>
    </message>
    <message>
        <location filename="../../agentdesk/wizards/panel.py" line="97"/>
        <source>Open a customer to run a pretreatment flow for them.</source>
        <translation>Open a customer to run a pretreatment flow for them.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/wizards/panel.py" line="100"/>
        <source>Customer: %1 (%2)</source>
        <translation>Customer: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/wizards/panel.py" line="122"/>
        <source>Suggested: %1</source>
        <translation>Suggested: %1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/wizards/panel.py" line="129"/>
        <source>Unavailable flows: %1</source>
        <translation>Unavailable flows: %1</translation>
    </message>
</context>
<context>
    <name>QuickWrapUpDialog</name>
    <message>
        <location filename="../../agentdesk/views/workbench/quick_wrap_up.py" line="32"/>
        <source>Wrap up the call</source>
        <translation>Wrap up the call</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/quick_wrap_up.py" line="34"/>
        <source>How did the call end?</source>
        <translation>How did the call end?</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/quick_wrap_up.py" line="48"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/quick_wrap_up.py" line="50"/>
        <source>What was agreed with the caller (optional)</source>
        <translation>What was agreed with the caller (optional)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/quick_wrap_up.py" line="52"/>
        <source>Re&amp;cord wrap-up</source>
        <translation>Re&amp;cord wrap-up</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/quick_wrap_up.py" line="54"/>
        <source>Record (Ctrl+Enter)</source>
        <translation>Record (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/quick_wrap_up.py" line="65"/>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <location filename="../../agentdesk/toolbox/reminder_banner.py" line="46"/>
        <source>in %n min</source>
        <translation>in %n min</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/reminder_banner.py" line="48"/>
        <source>in %n h</source>
        <translation>in %n h</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/reminder_banner.py" line="51"/>
        <source>now</source>
        <translation>now</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/reminder_banner.py" line="53"/>
        <source>started %n min ago</source>
        <translation>started %n min ago</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/reminder_banner.py" line="55"/>
        <source>started %n h ago</source>
        <translation>started %n h ago</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/reminder_banner.py" line="121"/>
        <source>Dismiss all</source>
        <translation>Dismiss all</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agentdesk/toolbox/reminder_banner.py" line="147"/>
        <source>Reminders (%n)</source>
        <translation>
            <numerusform>Reminders (%n)</numerusform>
            <numerusform>Reminders (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderNotifier</name>
    <message>
        <location filename="../../agentdesk/toolbox/reminder_banner.py" line="222"/>
        <source>Missed reminder</source>
        <translation>Missed reminder</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/reminder_banner.py" line="223"/>
        <source>Reminder</source>
        <translation>Reminder</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agentdesk/toolbox/reminder_banner.py" line="229"/>
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n reminder</numerusform>
            <numerusform>%n reminders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agentdesk/toolbox/reminder_banner.py" line="232"/>
        <source>%n missed while the desk was closed</source>
        <translation>
            <numerusform>%n missed while the desk was closed</numerusform>
            <numerusform>%n missed while the desk was closed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderOffsets</name>
    <message numerus="yes">
        <location filename="../../agentdesk/toolbox/event_dialog.py" line="268"/>
        <source>%n day(s) before</source>
        <translation>
            <numerusform>%n day before</numerusform>
            <numerusform>%n days before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agentdesk/toolbox/event_dialog.py" line="270"/>
        <source>%n hour(s) before</source>
        <translation>
            <numerusform>%n hour before</numerusform>
            <numerusform>%n hours before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agentdesk/toolbox/event_dialog.py" line="271"/>
        <source>%n minute(s) before</source>
        <translation>
            <numerusform>%n minute before</numerusform>
            <numerusform>%n minutes before</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderRow</name>
    <message numerus="yes">
        <location filename="../../agentdesk/toolbox/reminder_banner.py" line="78"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agentdesk/toolbox/reminder_banner.py" line="79"/>
        <source>Remind me again in %n minute(s)</source>
        <translation>
            <numerusform>Remind me again in %n minute</numerusform>
            <numerusform>Remind me again in %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/reminder_banner.py" line="83"/>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/reminder_banner.py" line="95"/>
        <source>missed while the desk was closed</source>
        <translation>missed while the desk was closed</translation>
    </message>
</context>
<context>
    <name>ResultDelegate</name>
    <message>
        <location filename="../../agentdesk/views/knowledge/result_list.py" line="140"/>
        <source>(all words, not as one phrase)</source>
        <translation>(all words, not as one phrase)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/result_list.py" line="143"/>
        <source>(no longer in the knowledge base)</source>
        <translation>(no longer in the knowledge base)</translation>
    </message>
</context>
<context>
    <name>RunsModel</name>
    <message>
        <location filename="../../agentdesk/wizards/runs_model.py" line="17"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../agentdesk/wizards/runs_model.py" line="17"/>
        <source>Flow</source>
        <translation>Flow</translation>
    </message>
    <message>
        <location filename="../../agentdesk/wizards/runs_model.py" line="17"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../agentdesk/wizards/runs_model.py" line="19"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../agentdesk/wizards/runs_model.py" line="49"/>
        <source>none: known event %1</source>
        <translation>none: known event %1</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../agentdesk/services/settings.py" line="85"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/settings.py" line="87"/>
        <source>Same as the system</source>
        <translation>Same as the system</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/settings.py" line="88"/>
        <source>Chinese (Simplified)</source>
        <translation>Chinese (Simplified)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/settings.py" line="89"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/settings.py" line="96"/>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/settings.py" line="97"/>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/settings.py" line="97"/>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/settings.py" line="100"/>
        <source>Font size (points)</source>
        <translation>Font size (points)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/settings.py" line="104"/>
        <source>Back-office configuration file</source>
        <translation>Back-office configuration file</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/settings.py" line="109"/>
        <source>Base URL override</source>
        <translation>Base URL override</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/settings.py" line="115"/>
        <source>Remember me</source>
        <translation>Remember me</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/settings.py" line="118"/>
        <source>Remembered user name</source>
        <translation>Remembered user name</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/settings.py" line="121"/>
        <source>Window position and size</source>
        <translation>Window position and size</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/settings.py" line="124"/>
        <source>Window layout (docks and toolbars)</source>
        <translation>Window layout (docks and toolbars)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/settings.py" line="129"/>
        <source>Keyboard shortcuts (the agent&apos;s own bindings)</source>
        <translation>Keyboard shortcuts (the agent&apos;s own bindings)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/settings.py" line="134"/>
        <source>Customer view tabs: order and which are shown</source>
        <translation>Customer view tabs: order and which are shown</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/settings.py" line="140"/>
        <source>Start page</source>
        <translation>Start page</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/settings.py" line="142"/>
        <source>Recent customers</source>
        <translation>Recent customers</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/settings.py" line="143"/>
        <source>Calls of this shift</source>
        <translation>Calls of this shift</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/settings.py" line="144"/>
        <source>Customer search only</source>
        <translation>Customer search only</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/dashboard/targets.py" line="19"/>
        <source>Dashboard indicator targets</source>
        <translation>Dashboard indicator targets</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/settings.py" line="152"/>
        <source>Knowledge base: minutes between syncs</source>
        <translation>Knowledge base: minutes between syncs</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/settings.py" line="160"/>
        <source>Service events: seconds between refreshes</source>
        <translation>Service events: seconds between refreshes</translation>
    </message>
</context>
<context>
    <name>ShortcutOverlay</name>
    <message>
        <location filename="../../agentdesk/views/workbench/shortcut_overlay.py" line="24"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/shortcut_overlay.py" line="36"/>
        <source>Press any key to close. Change keys in Desk ▸ Preferences (Ctrl+,).</source>
        <translation>Press any key to close. Change keys in Desk ▸ Preferences (Ctrl+,).</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../agentdesk/services/shortcuts.py" line="48"/>
        <source>Workbench</source>
        <translation>Workbench</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/shortcuts.py" line="56"/>
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/shortcuts.py" line="57"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/shortcuts.py" line="58"/>
        <source>View</source>
        <translation>View</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/shortcuts.py" line="60"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/shortcuts.py" line="61"/>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/shortcuts.py" line="62"/>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/shortcuts.py" line="63"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/shortcuts.py" line="64"/>
        <source>Find customer</source>
        <translation>Find customer</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/shortcuts.py" line="65"/>
        <source>Next customer</source>
        <translation>Next customer</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/shortcuts.py" line="66"/>
        <source>Previous customer</source>
        <translation>Previous customer</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/shortcuts.py" line="67"/>
        <source>Refresh customer</source>
        <translation>Refresh customer</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/shortcuts.py" line="68"/>
        <source>Close customer</source>
        <translation>Close customer</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/shortcuts.py" line="69"/>
        <source>Command palette</source>
        <translation>Command palette</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/shortcuts.py" line="70"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/shortcuts.py" line="71"/>
        <source>Go to the start page</source>
        <translation>Go to the start page</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/shortcuts.py" line="72"/>
        <source>Larger text</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/shortcuts.py" line="73"/>
        <source>Smaller text</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/shortcuts.py" line="74"/>
        <source>Normal text size</source>
        <translation>Normal text size</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/shortcuts.py" line="75"/>
        <source>Switch light/dark theme</source>
        <translation>Switch light/dark theme</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/shortcuts.py" line="76"/>
        <source>Reset layout</source>
        <translation>Reset layout</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/shortcuts.py" line="77"/>
        <source>Answer the call</source>
        <translation>Answer the call</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/shortcuts.py" line="78"/>
        <source>Hang up / reject</source>
        <translation>Hang up / reject</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/shortcuts.py" line="79"/>
        <source>Finish the wrap-up</source>
        <translation>Finish the wrap-up</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/shortcuts.py" line="80"/>
        <source>Calls of this shift</source>
        <translation>Calls of this shift</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/shortcuts.py" line="81"/>
        <source>Reconnect the phone line</source>
        <translation>Reconnect the phone line</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/shortcuts.py" line="98"/>
        <source>%1 is kept by the operating system.</source>
        <extracomment>Keys the operating system (Windows first, also common Linux desktops) keeps for itself. Keys every text field needs: binding them would break typing in the search box and the notepad. Why a binding was refused (English, translated by the view with ``CONTEXT``).</extracomment>
        <translation>%1 is kept by the operating system.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/shortcuts.py" line="99"/>
        <source>%1 is needed for editing text.</source>
        <translation>%1 is needed for editing text.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/shortcuts.py" line="100"/>
        <source>%1 is already used by “%2”.</source>
        <translation>%1 is already used by “%2”.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/shortcuts.py" line="105"/>
        <source>%1 would stop you typing: add Ctrl or Alt, or use a function key.</source>
        <translation>%1 would stop you typing: add Ctrl or Alt, or use a function key.</translation>
    </message>
</context>
<context>
    <name>ShortcutsPage</name>
    <message>
        <location filename="../../agentdesk/views/workbench/preferences_dialog.py" line="50"/>
        <source>Actions and their keys</source>
        <translation>Actions and their keys</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/preferences_dialog.py" line="51"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/preferences_dialog.py" line="51"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/preferences_dialog.py" line="51"/>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/preferences_dialog.py" line="62"/>
        <source>New keys</source>
        <translation>New keys</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/preferences_dialog.py" line="64"/>
        <source>&amp;Assign</source>
        <translation>&amp;Assign</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/preferences_dialog.py" line="66"/>
        <source>&amp;No key</source>
        <translation>&amp;No key</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/preferences_dialog.py" line="68"/>
        <source>&amp;Default</source>
        <translation>&amp;Default</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/preferences_dialog.py" line="70"/>
        <source>All defaults</source>
        <translation>All defaults</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/preferences_dialog.py" line="77"/>
        <source>New keys:</source>
        <translation>New keys:</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/preferences_dialog.py" line="130"/>
        <source>Press the new keys in the key field first.</source>
        <translation>Press the new keys in the key field first.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../agentdesk/views/start_page.py" line="23"/>
        <source>&lt;h2&gt;Welcome to AgentDesk&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Welcome to AgentDesk&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/start_page.py" line="29"/>
        <source>Type a service number, contract number, ID card number or name in the search box (&lt;b&gt;Ctrl+F&lt;/b&gt;) and press &lt;b&gt;Enter&lt;/b&gt;. &lt;b&gt;Ctrl+PgDown&lt;/b&gt;/&lt;b&gt;Ctrl+PgUp&lt;/b&gt; move between open customers, &lt;b&gt;F5&lt;/b&gt; refreshes, &lt;b&gt;Ctrl+W&lt;/b&gt; closes one.</source>
        <translation>Type a service number, contract number, ID card number or name in the search box (&lt;b&gt;Ctrl+F&lt;/b&gt;) and press &lt;b&gt;Enter&lt;/b&gt;. &lt;b&gt;Ctrl+PgDown&lt;/b&gt;/&lt;b&gt;Ctrl+PgUp&lt;/b&gt; move between open customers, &lt;b&gt;F5&lt;/b&gt; refreshes, &lt;b&gt;Ctrl+W&lt;/b&gt; closes one.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/start_page.py" line="36"/>
        <source>&lt;b&gt;Ctrl+K&lt;/b&gt; finds any command, tab, tool or recent customer; &lt;b&gt;F1&lt;/b&gt; lists every key.</source>
        <translation>&lt;b&gt;Ctrl+K&lt;/b&gt; finds any command, tab, tool or recent customer; &lt;b&gt;F1&lt;/b&gt; lists every key.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/start_page.py" line="41"/>
        <source>&lt;b&gt;Recent customers&lt;/b&gt;</source>
        <translation>&lt;b&gt;Recent customers&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/start_page.py" line="44"/>
        <source>Recent customers</source>
        <translation>Recent customers</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/start_page.py" line="47"/>
        <source>No customers yet in this session.</source>
        <translation>No customers yet in this session.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/start_page.py" line="48"/>
        <source>&lt;b&gt;Calls of this shift&lt;/b&gt;</source>
        <translation>&lt;b&gt;Calls of this shift&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../agentdesk/wizards/pages/start_page.py" line="46"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../agentdesk/wizards/pages/start_page.py" line="50"/>
        <source>Number:</source>
        <translation>Number:</translation>
    </message>
    <message>
        <location filename="../../agentdesk/wizards/pages/start_page.py" line="56"/>
        <source>Flow:</source>
        <translation>Flow:</translation>
    </message>
    <message>
        <location filename="../../agentdesk/wizards/pages/start_page.py" line="75"/>
        <source>Suggested: %1</source>
        <translation>Suggested: %1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/wizards/pages/start_page.py" line="86"/>
        <source>Unavailable: %1</source>
        <translation>Unavailable: %1</translation>
    </message>
</context>
<context>
    <name>StatisticsStrip</name>
    <message>
        <location filename="../../agentdesk/views/tickets/statistics_strip.py" line="32"/>
        <source>Today: %1 created</source>
        <translation>Today: %1 created</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/statistics_strip.py" line="33"/>
        <source>%1 pretreated</source>
        <translation>%1 pretreated</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/statistics_strip.py" line="34"/>
        <source>%1 closed at the front line</source>
        <translation>%1 closed at the front line</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/statistics_strip.py" line="35"/>
        <source>%1 dispatched</source>
        <translation>%1 dispatched</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/statistics_strip.py" line="36"/>
        <source>%1 overdue</source>
        <translation>%1 overdue</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/statistics_strip.py" line="37"/>
        <source>pretreatment rate %1</source>
        <translation>pretreatment rate %1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/statistics_strip.py" line="38"/>
        <source>closure rate %1</source>
        <translation>closure rate %1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/statistics_strip.py" line="40"/>
        <source>calls resolved at the front line %1 (%2 wrapped up)</source>
        <translation>calls resolved at the front line %1 (%2 wrapped up)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/statistics_strip.py" line="44"/>
        <source>%1 waiting to send</source>
        <translation>%1 waiting to send</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/statistics_strip.py" line="48"/>
        <source>(ticket system not reachable: counts from this desk only)</source>
        <translation>(ticket system not reachable: counts from this desk only)</translation>
    </message>
</context>
<context>
    <name>StatusHistoryModel</name>
    <message>
        <location filename="../../agentdesk/views/tickets/detail_models.py" line="48"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/detail_models.py" line="48"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/detail_models.py" line="48"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/detail_models.py" line="50"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>StepProgress</name>
    <message>
        <location filename="../../agentdesk/wizards/progress.py" line="29"/>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <location filename="../../agentdesk/wizards/progress.py" line="31"/>
        <source>What was found</source>
        <translation>What was found</translation>
    </message>
    <message>
        <location filename="../../agentdesk/wizards/progress.py" line="71"/>
        <source>yes</source>
        <extracomment>failures of the system itself (count against its health and open its circuit) how often the GUI thread looks at the collector&apos;s counters ticket types a known event stops (the others go out and carry the event) ticket types that carry the known event they are about dispositions that count as solved without handing the case to the back office</extracomment>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../agentdesk/wizards/progress.py" line="72"/>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>SubscriberModel</name>
    <message>
        <location filename="../../agentdesk/views/customer/subscriber_model.py" line="36"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/subscriber_model.py" line="41"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/subscriber_model.py" line="46"/>
        <location filename="../../agentdesk/views/customer/subscriber_model.py" line="89"/>
        <source>Sales product</source>
        <translation>Sales product</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/subscriber_model.py" line="51"/>
        <source>CRM status</source>
        <translation>CRM status</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/subscriber_model.py" line="57"/>
        <source>Billing status</source>
        <translation>Billing status</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/subscriber_model.py" line="64"/>
        <source>Arrears</source>
        <translation>Arrears</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/subscriber_model.py" line="72"/>
        <source>Explanation</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/subscriber_model.py" line="85"/>
        <source>open-ended</source>
        <translation>open-ended</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/subscriber_model.py" line="90"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/subscriber_model.py" line="92"/>
        <source>Monthly fee</source>
        <translation>Monthly fee</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/subscriber_model.py" line="97"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/subscriber_model.py" line="98"/>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/subscriber_model.py" line="100"/>
        <source>Offers</source>
        <translation>Offers</translation>
    </message>
</context>
<context>
    <name>SubscriberTab</name>
    <message>
        <location filename="../../agentdesk/views/customer/subscriber_tab.py" line="21"/>
        <source>Numbers: CRM and billing side by side</source>
        <translation>Numbers: CRM and billing side by side</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/subscriber_tab.py" line="27"/>
        <source>Sync billing from CRM</source>
        <translation>Sync billing from CRM</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/subscriber_tab.py" line="29"/>
        <source>Billing takes CRM&apos;s status for the selected number</source>
        <translation>Billing takes CRM&apos;s status for the selected number</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/subscriber_tab.py" line="20"/>
        <source>Subscriber</source>
        <translation>Subscriber</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/subscriber_tab.py" line="56"/>
        <source>Sales products of %1</source>
        <translation>Sales products of %1</translation>
    </message>
</context>
<context>
    <name>SuspensionModel</name>
    <message>
        <location filename="../../agentdesk/views/customer/suspension_tab.py" line="26"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/suspension_tab.py" line="30"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/suspension_tab.py" line="32"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/suspension_tab.py" line="37"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>SuspensionTab</name>
    <message>
        <location filename="../../agentdesk/views/customer/suspension_tab.py" line="60"/>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/suspension_tab.py" line="64"/>
        <source>CRM status</source>
        <translation>CRM status</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/suspension_tab.py" line="65"/>
        <source>Billing status</source>
        <translation>Billing status</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/suspension_tab.py" line="66"/>
        <source>Arrears</source>
        <translation>Arrears</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/suspension_tab.py" line="67"/>
        <source>Judgement</source>
        <translation>Judgement</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/suspension_tab.py" line="46"/>
        <source>Suspension</source>
        <translation>Suspension</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/suspension_tab.py" line="92"/>
        <source>The customer has no number.</source>
        <translation>The customer has no number.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/suspension_tab.py" line="108"/>
        <source>%1 is not suspended.</source>
        <translation>%1 is not suspended.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/suspension_tab.py" line="117"/>
        <source>Fee-related events %1 – %2: %3 suspensions, %4 resumptions</source>
        <translation>Fee-related events %1 – %2: %3 suspensions, %4 resumptions</translation>
    </message>
</context>
<context>
    <name>SystemHealthBar</name>
    <message>
        <location filename="../../agentdesk/views/widgets/health_indicator.py" line="73"/>
        <source>working</source>
        <translation>working</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/widgets/health_indicator.py" line="74"/>
        <source>slow or failing</source>
        <translation>slow or failing</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/widgets/health_indicator.py" line="75"/>
        <source>unavailable</source>
        <translation>unavailable</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/widgets/health_indicator.py" line="76"/>
        <source>not used yet</source>
        <translation>not used yet</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/widgets/health_indicator.py" line="80"/>
        <source>last answer in %1 ms</source>
        <translation>last answer in %1 ms</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/widgets/health_indicator.py" line="82"/>
        <source>recent errors: %1%</source>
        <translation>recent errors: %1%</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/widgets/health_indicator.py" line="84"/>
        <source>requests paused after repeated failures</source>
        <translation>requests paused after repeated failures</translation>
    </message>
</context>
<context>
    <name>SystemNames</name>
    <message>
        <location filename="../../agentdesk/views/widgets/health_indicator.py" line="12"/>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/widgets/health_indicator.py" line="13"/>
        <source>Billing</source>
        <translation>Billing</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/widgets/health_indicator.py" line="14"/>
        <source>Usage</source>
        <translation>Usage</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/widgets/health_indicator.py" line="15"/>
        <source>Broadband</source>
        <translation>Broadband</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/widgets/health_indicator.py" line="16"/>
        <source>HLR</source>
        <translation>HLR</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/widgets/health_indicator.py" line="17"/>
        <source>AAA</source>
        <translation>AAA</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/widgets/health_indicator.py" line="18"/>
        <source>VAS</source>
        <translation>VAS</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/widgets/health_indicator.py" line="19"/>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/widgets/health_indicator.py" line="20"/>
        <source>Knowledge</source>
        <translation>Knowledge</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/widgets/health_indicator.py" line="21"/>
        <source>Service events</source>
        <translation>Service events</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/widgets/health_indicator.py" line="22"/>
        <source>Phone (CTI)</source>
        <translation>Phone (CTI)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/widgets/health_indicator.py" line="23"/>
        <source>Sign-in</source>
        <translation>Sign-in</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <location filename="../../agentdesk/views/dashboard/targets_dialog.py" line="45"/>
        <source>Indicator targets</source>
        <translation>Indicator targets</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/targets_dialog.py" line="51"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/targets_dialog.py" line="51"/>
        <source>On target</source>
        <translation>On target</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/targets_dialog.py" line="51"/>
        <source>Watch</source>
        <translation>Watch</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/targets_dialog.py" line="51"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/targets_dialog.py" line="76"/>
        <source>Defaults</source>
        <translation>Defaults</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/targets_dialog.py" line="83"/>
        <source>Green at or better than “On target”, amber up to “Watch”, red beyond.</source>
        <translation>Green at or better than “On target”, amber up to “Watch”, red beyond.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/targets_dialog.py" line="93"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/targets_dialog.py" line="94"/>
        <source>hours</source>
        <translation>hours</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/targets_dialog.py" line="95"/>
        <source>score 1–5</source>
        <translation>score 1–5</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/targets_dialog.py" line="96"/>
        <source>tickets</source>
        <translation>tickets</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/targets_dialog.py" line="96"/>
        <source>per 10,000</source>
        <translation>per 10,000</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/targets_dialog.py" line="97"/>
        <source>per day</source>
        <translation>per day</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/targets_dialog.py" line="122"/>
        <source>%1: “On target” must be at least as good as “Watch”, and within the unit&apos;s range.</source>
        <translation>%1: “On target” must be at least as good as “Watch”, and within the unit&apos;s range.</translation>
    </message>
</context>
<context>
    <name>TicketDetail</name>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_detail.py" line="90"/>
        <source>Select a ticket to see its history and notes.</source>
        <translation>Select a ticket to see its history and notes.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_detail.py" line="112"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_detail.py" line="113"/>
        <source>Category:</source>
        <translation>Category:</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_detail.py" line="114"/>
        <source>Severity:</source>
        <translation>Severity:</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_detail.py" line="115"/>
        <source>Created:</source>
        <translation>Created:</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_detail.py" line="116"/>
        <source>Due:</source>
        <translation>Due:</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_detail.py" line="117"/>
        <source>Resolved:</source>
        <translation>Resolved:</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_detail.py" line="118"/>
        <source>Customer:</source>
        <translation>Customer:</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_detail.py" line="119"/>
        <source>Contact phone:</source>
        <translation>Contact phone:</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_detail.py" line="120"/>
        <source>Callback:</source>
        <translation>Callback:</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_detail.py" line="121"/>
        <source>Flags:</source>
        <translation>Flags:</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_detail.py" line="122"/>
        <source>Pretreatment run:</source>
        <translation>Pretreatment run:</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_detail.py" line="123"/>
        <source>Satisfaction:</source>
        <translation>Satisfaction:</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_detail.py" line="143"/>
        <source>Evidence:</source>
        <translation>Evidence:</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_detail.py" line="151"/>
        <source>New note (Ctrl+Enter adds it)</source>
        <translation>New note (Ctrl+Enter adds it)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_detail.py" line="153"/>
        <source>Add &amp;note</source>
        <translation>Add &amp;note</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_detail.py" line="160"/>
        <source>Close at the &amp;front line…</source>
        <translation>Close at the &amp;front line…</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_detail.py" line="162"/>
        <source>Your own consultation ticket, answered in the call</source>
        <translation>Your own consultation ticket, answered in the call</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_detail.py" line="173"/>
        <source>Description:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_detail.py" line="177"/>
        <source>Status history:</source>
        <translation>Status history:</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_detail.py" line="179"/>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_detail.py" line="204"/>
        <source>&amp;Send now</source>
        <translation>&amp;Send now</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_detail.py" line="207"/>
        <source>&amp;Correct and send again…</source>
        <translation>&amp;Correct and send again…</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_detail.py" line="210"/>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_detail.py" line="241"/>
        <source>%1 since %2</source>
        <translation>%1 since %2</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_detail.py" line="247"/>
        <source>%1, priority %2</source>
        <translation>%1, priority %2</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_detail.py" line="252"/>
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_detail.py" line="257"/>
        <source>%1 — OVERDUE</source>
        <translation>%1 — OVERDUE</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_detail.py" line="310"/>
        <source>The ticket system refused this ticket: %1</source>
        <translation>The ticket system refused this ticket: %1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_detail.py" line="318"/>
        <source>Saved on this computer at %1 and sent automatically when the ticket system answers. Attempts so far: %2.</source>
        <translation>Saved on this computer at %1 and sent automatically when the ticket system answers. Attempts so far: %2.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_detail.py" line="322"/>
        <source>Last answer: %1</source>
        <translation>Last answer: %1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_detail.py" line="353"/>
        <source>Adding the note…</source>
        <translation>Adding the note…</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_detail.py" line="368"/>
        <source>Note added.</source>
        <translation>Note added.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_detail.py" line="378"/>
        <source>Close at the front line</source>
        <translation>Close at the front line</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_detail.py" line="381"/>
        <source>Close consultation ticket %1 as answered in the call? The back office will not handle it.</source>
        <translation>Close consultation ticket %1 as answered in the call? The back office will not handle it.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_detail.py" line="416"/>
        <source>Ticket closed at the front line.</source>
        <translation>Ticket closed at the front line.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_detail.py" line="426"/>
        <source>Discard ticket</source>
        <translation>Discard ticket</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_detail.py" line="427"/>
        <source>Discard this refused ticket? It will not be sent.</source>
        <translation>Discard this refused ticket? It will not be sent.</translation>
    </message>
</context>
<context>
    <name>TicketEntryForm</name>
    <message>
        <location filename="../../agentdesk/views/tickets/entry_form.py" line="50"/>
        <source>Choose consult, complaint or fault.</source>
        <translation>Choose consult, complaint or fault.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/entry_form.py" line="51"/>
        <source>Choose a category.</source>
        <translation>Choose a category.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/entry_form.py" line="52"/>
        <source>This category is not known to the ticket system.</source>
        <translation>This category is not known to the ticket system.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/entry_form.py" line="53"/>
        <source>Choose critical, major or minor.</source>
        <translation>Choose critical, major or minor.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/entry_form.py" line="54"/>
        <source>Describe the customer&apos;s request or problem.</source>
        <translation>Describe the customer&apos;s request or problem.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/entry_form.py" line="55"/>
        <source>The description is longer than 4000 characters.</source>
        <translation>The description is longer than 4000 characters.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/entry_form.py" line="56"/>
        <source>Open the customer the ticket is for.</source>
        <translation>Open the customer the ticket is for.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/entry_form.py" line="57"/>
        <source>The contact phone is too long.</source>
        <translation>The contact phone is too long.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/entry_form.py" line="58"/>
        <source>The contact phone may hold digits, spaces and - + only.</source>
        <translation>The contact phone may hold digits, spaces and - + only.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/entry_form.py" line="59"/>
        <source>Evidence must be a JSON object or list.</source>
        <translation>Evidence must be a JSON object or list.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/entry_form.py" line="60"/>
        <source>Evidence cannot be stored as JSON.</source>
        <translation>Evidence cannot be stored as JSON.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/entry_form.py" line="61"/>
        <source>The evidence is too large to send.</source>
        <translation>The evidence is too large to send.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/entry_form.py" line="62"/>
        <source>The callback time needs a time zone.</source>
        <translation>The callback time needs a time zone.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/entry_form.py" line="66"/>
        <source>Only consult tickets, or tickets a pretreatment flow solved, are closed at the front line.</source>
        <translation>Only consult tickets, or tickets a pretreatment flow solved, are closed at the front line.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/entry_form.py" line="121"/>
        <source>New ticket</source>
        <translation>New ticket</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/entry_form.py" line="129"/>
        <source>Customer: %1 — %2</source>
        <translation>Customer: %1 — %2</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/entry_form.py" line="145"/>
        <source>What the customer asks or reports, in their words</source>
        <translation>What the customer asks or reports, in their words</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/entry_form.py" line="152"/>
        <source>Leave empty to use the contact phone on file</source>
        <translation>Leave empty to use the contact phone on file</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/entry_form.py" line="153"/>
        <source>Call &amp;back at</source>
        <translation>Call &amp;back at</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/entry_form.py" line="162"/>
        <source>&amp;Escalated complaint (customer went over our heads)</source>
        <translation>&amp;Escalated complaint (customer went over our heads)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/entry_form.py" line="164"/>
        <source>Answered in the call: close at the &amp;front line</source>
        <translation>Answered in the call: close at the &amp;front line</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/entry_form.py" line="184"/>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/entry_form.py" line="185"/>
        <source>Ca&amp;tegory:</source>
        <translation>Ca&amp;tegory:</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/entry_form.py" line="186"/>
        <source>&amp;Severity:</source>
        <translation>&amp;Severity:</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/entry_form.py" line="187"/>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/entry_form.py" line="188"/>
        <source>Contact &amp;phone:</source>
        <translation>Contact &amp;phone:</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/entry_form.py" line="192"/>
        <source>Callback:</source>
        <translation>Callback:</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/entry_form.py" line="196"/>
        <source>Evidence from pretreatment:</source>
        <translation>Evidence from pretreatment:</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/entry_form.py" line="200"/>
        <source>&amp;Submit ticket</source>
        <translation>&amp;Submit ticket</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/entry_form.py" line="204"/>
        <source>Submit (Ctrl+Enter)</source>
        <translation>Submit (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/entry_form.py" line="205"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/entry_form.py" line="303"/>
        <source>Goes to the ticket system for %1 (%2); you do not need to choose it.</source>
        <translation>Goes to the ticket system for %1 (%2); you do not need to choose it.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/entry_form.py" line="363"/>
        <source>The callback time is in the past.</source>
        <translation>The callback time is in the past.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/entry_form.py" line="370"/>
        <source>Sending the ticket…</source>
        <translation>Sending the ticket…</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/entry_form.py" line="402"/>
        <source>The ticket could not be stored: %1</source>
        <translation>The ticket could not be stored: %1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/entry_form.py" line="424"/>
        <source>Ticket %1 created in system %2.</source>
        <translation>Ticket %1 created in system %2.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/entry_form.py" line="427"/>
        <location filename="../../agentdesk/views/tickets/entry_form.py" line="447"/>
        <location filename="../../agentdesk/views/tickets/entry_form.py" line="531"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/entry_form.py" line="433"/>
        <source>The ticket system refused this ticket: %1 Correct it and submit again.</source>
        <translation>The ticket system refused this ticket: %1 Correct it and submit again.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/entry_form.py" line="445"/>
        <source>Waiting to send: the ticket is saved on this computer and is sent automatically when the ticket system answers again. %1</source>
        <translation>Waiting to send: the ticket is saved on this computer and is sent automatically when the ticket system answers again. %1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/entry_form.py" line="497"/>
        <source>No fault ticket is sent for a known event: count the call against the event, or file a complaint if the customer insists.</source>
        <translation>No fault ticket is sent for a known event: count the call against the event, or file a complaint if the customer insists.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/entry_form.py" line="513"/>
        <source>counted from the ticket form</source>
        <translation>counted from the ticket form</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/entry_form.py" line="517"/>
        <source>The service-events system is not available: the call was not counted.</source>
        <translation>The service-events system is not available: the call was not counted.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/entry_form.py" line="530"/>
        <source>No ticket was sent: the call is counted against the event.</source>
        <translation>No ticket was sent: the call is counted against the event.</translation>
    </message>
</context>
<context>
    <name>TicketLabels</name>
    <message>
        <location filename="../../agentdesk/views/tickets/labels.py" line="13"/>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/labels.py" line="14"/>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/labels.py" line="15"/>
        <source>Fault</source>
        <translation>Fault</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/labels.py" line="18"/>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/labels.py" line="19"/>
        <source>Major</source>
        <translation>Major</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/labels.py" line="20"/>
        <source>Minor</source>
        <translation>Minor</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/labels.py" line="23"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/labels.py" line="24"/>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/labels.py" line="25"/>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/labels.py" line="26"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/labels.py" line="27"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/labels.py" line="29"/>
        <source>Waiting to send</source>
        <translation>Waiting to send</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/labels.py" line="30"/>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/labels.py" line="31"/>
        <source>Refused by the ticket system</source>
        <translation>Refused by the ticket system</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/labels.py" line="32"/>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/labels.py" line="35"/>
        <source>Consulted (question answered)</source>
        <translation>Consulted (question answered)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/labels.py" line="36"/>
        <source>Resolved at the front line</source>
        <translation>Resolved at the front line</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/labels.py" line="37"/>
        <source>Customer to act (e.g. pay first)</source>
        <translation>Customer to act (e.g. pay first)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/labels.py" line="38"/>
        <source>Dispatched to the back office</source>
        <translation>Dispatched to the back office</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/labels.py" line="41"/>
        <source>10000 (consultations and complaints)</source>
        <translation>10000 (consultations and complaints)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/labels.py" line="42"/>
        <source>112 (faults)</source>
        <translation>112 (faults)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/labels.py" line="47"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/labels.py" line="48"/>
        <source>Escalated</source>
        <translation>Escalated</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/labels.py" line="49"/>
        <source>Stuck</source>
        <translation>Stuck</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/labels.py" line="50"/>
        <source>Pretreated</source>
        <translation>Pretreated</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/labels.py" line="51"/>
        <source>Closed at the front line</source>
        <translation>Closed at the front line</translation>
    </message>
</context>
<context>
    <name>TicketPanel</name>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_panel.py" line="65"/>
        <source>Customer&apos;s tickets</source>
        <translation>Customer&apos;s tickets</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_panel.py" line="66"/>
        <source>My tickets</source>
        <translation>My tickets</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_panel.py" line="68"/>
        <source>&amp;Open only</source>
        <translation>&amp;Open only</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_panel.py" line="71"/>
        <source>O&amp;verdue only</source>
        <translation>O&amp;verdue only</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_panel.py" line="74"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_panel.py" line="79"/>
        <source>Send now</source>
        <translation>Send now</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_panel.py" line="82"/>
        <source>New ticket…</source>
        <translation>New ticket…</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_panel.py" line="86"/>
        <source>Wrap up call…</source>
        <translation>Wrap up call…</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_panel.py" line="140"/>
        <source>New &amp;ticket…</source>
        <translation>New &amp;ticket…</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_panel.py" line="145"/>
        <source>&amp;Wrap up call…</source>
        <translation>&amp;Wrap up call…</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_panel.py" line="190"/>
        <source>Open a customer to see their tickets, or look at your own tickets.</source>
        <translation>Open a customer to see their tickets, or look at your own tickets.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_panel.py" line="212"/>
        <source>Loading tickets…</source>
        <translation>Loading tickets…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agentdesk/views/tickets/ticket_panel.py" line="240"/>
        <source>%n ticket(s) in 10000 and 112, %1 shown</source>
        <translation>
            <numerusform>%n ticket in 10000 and 112, %1 shown</numerusform>
            <numerusform>%n tickets in 10000 and 112, %1 shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agentdesk/views/tickets/ticket_panel.py" line="303"/>
        <source>%n ticket(s) waiting to send</source>
        <translation>
            <numerusform>%n ticket waiting to send</numerusform>
            <numerusform>%n tickets waiting to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agentdesk/views/tickets/ticket_panel.py" line="305"/>
        <source>%n refused — correct them</source>
        <translation>
            <numerusform>%n refused — correct them</numerusform>
            <numerusform>%n refused — correct them</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_panel.py" line="330"/>
        <source>Open the customer first: a ticket is always for a customer.</source>
        <translation>Open the customer first: a ticket is always for a customer.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_panel.py" line="375"/>
        <source>Wrap-up recorded.</source>
        <translation>Wrap-up recorded.</translation>
    </message>
</context>
<context>
    <name>TicketTableModel</name>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_table_model.py" line="38"/>
        <source>Ticket</source>
        <extracomment>role of the row&apos;s key: (&quot;ticket&quot;, id) or (&quot;draft&quot;, draft id) role that is True for overdue rows (tests and delegates read it)</extracomment>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_table_model.py" line="39"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_table_model.py" line="40"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_table_model.py" line="41"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_table_model.py" line="42"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_table_model.py" line="43"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_table_model.py" line="44"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_table_model.py" line="45"/>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_table_model.py" line="46"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_table_model.py" line="47"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_table_model.py" line="130"/>
        <source>Overdue: due %1 and still open</source>
        <translation>Overdue: due %1 and still open</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_table_model.py" line="167"/>
        <source>(not sent yet)</source>
        <translation>(not sent yet)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_table_model.py" line="180"/>
        <source>Refused: %1</source>
        <translation>Refused: %1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_table_model.py" line="182"/>
        <source>Saved on this computer; sent automatically when the ticket system answers.</source>
        <translation>Saved on this computer; sent automatically when the ticket system answers.</translation>
    </message>
</context>
<context>
    <name>ToolboxPanel</name>
    <message>
        <location filename="../../agentdesk/toolbox/toolbox_panel.py" line="68"/>
        <source>Notepad</source>
        <translation>Notepad</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/toolbox_panel.py" line="69"/>
        <source>Calculator</source>
        <translation>Calculator</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/toolbox_panel.py" line="70"/>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/toolbox_panel.py" line="71"/>
        <source>Callbacks</source>
        <translation>Callbacks</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/toolbox_panel.py" line="93"/>
        <source>New calendar event</source>
        <translation>New calendar event</translation>
    </message>
</context>
<context>
    <name>TrendPage</name>
    <message>
        <location filename="../../agentdesk/views/dashboard/chart_pages.py" line="101"/>
        <source>Tickets per day</source>
        <translation>Tickets per day</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/chart_pages.py" line="101"/>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/chart_pages.py" line="104"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>UrgentBanner</name>
    <message>
        <location filename="../../agentdesk/views/knowledge/announcement_banner.py" line="26"/>
        <source>Read</source>
        <translation>Read</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/announcement_banner.py" line="28"/>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/announcement_banner.py" line="44"/>
        <source>Urgent announcement: %1</source>
        <translation>Urgent announcement: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agentdesk/views/knowledge/announcement_banner.py" line="46"/>
        <source>(and %n more)</source>
        <translation>
            <numerusform>(and %n more)</numerusform>
            <numerusform>(and %n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VasModel</name>
    <message>
        <location filename="../../agentdesk/views/customer/vas_model.py" line="23"/>
        <source>Product</source>
        <extracomment>the steps every flow starts with (issue 13: a known service event is answered before anything is touched) a dispatch end&apos;s step outcome when the ticket desk refused its fault ticket because an active service event already explains the fault (issue 13): no ticket; the run goes on to the known-event end</extracomment>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/vas_model.py" line="29"/>
        <source>Service provider</source>
        <translation>Service provider</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/vas_model.py" line="32"/>
        <source>Monthly fee</source>
        <translation>Monthly fee</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/vas_model.py" line="39"/>
        <source>ISMP</source>
        <translation>ISMP</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/vas_model.py" line="45"/>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/vas_model.py" line="50"/>
        <source>Billed</source>
        <translation>Billed</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/vas_model.py" line="53"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/vas_model.py" line="55"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/vas_model.py" line="59"/>
        <source>Ordered</source>
        <translation>Ordered</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/vas_model.py" line="64"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/vas_model.py" line="66"/>
        <source>Explanation</source>
        <translation>Explanation</translation>
    </message>
</context>
<context>
    <name>VasTab</name>
    <message>
        <location filename="../../agentdesk/views/customer/vas_tab.py" line="26"/>
        <source>Product details</source>
        <translation>Product details</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/vas_tab.py" line="31"/>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/vas_tab.py" line="32"/>
        <source>Product code</source>
        <translation>Product code</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/vas_tab.py" line="33"/>
        <source>Service provider</source>
        <translation>Service provider</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/vas_tab.py" line="34"/>
        <source>Monthly fee</source>
        <translation>Monthly fee</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/vas_tab.py" line="35"/>
        <source>Ordered</source>
        <translation>Ordered</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/vas_tab.py" line="36"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/vas_tab.py" line="37"/>
        <source>ISMP</source>
        <translation>ISMP</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/vas_tab.py" line="38"/>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/vas_tab.py" line="39"/>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/vas_tab.py" line="52"/>
        <source>Unsubscribe</source>
        <translation>Unsubscribe</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/vas_tab.py" line="55"/>
        <source>Sync ISMP from CRM</source>
        <translation>Sync ISMP from CRM</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/vas_tab.py" line="20"/>
        <source>Value-added</source>
        <translation>Value-added</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/vas_tab.py" line="72"/>
        <source>The customer has no mobile or fixed number: no value-added services.</source>
        <translation>The customer has no mobile or fixed number: no value-added services.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/vas_tab.py" line="73"/>
        <source>%1 has no value-added subscriptions.</source>
        <translation>%1 has no value-added subscriptions.</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <location filename="../../agentdesk/views/workbench/keyboard_access.py" line="37"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/keyboard_access.py" line="39"/>
        <source>More</source>
        <translation>More</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/keyboard_access.py" line="41"/>
        <source>Close tab</source>
        <translation>Close tab</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/keyboard_access.py" line="43"/>
        <source>Select all</source>
        <translation>Select all</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/workbench.py" line="178"/>
        <location filename="../../agentdesk/views/workbench/workbench.py" line="324"/>
        <location filename="../../agentdesk/views/workbench/workbench.py" line="328"/>
        <source>Customer view</source>
        <translation>Customer view</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/workbench.py" line="185"/>
        <source>Open tab: %1</source>
        <translation>Open tab: %1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/workbench.py" line="196"/>
        <source>Show %1</source>
        <translation>Show %1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/workbench.py" line="197"/>
        <source>Docks</source>
        <translation>Docks</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/workbench.py" line="228"/>
        <source>Pretreatment flow</source>
        <translation>Pretreatment flow</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/workbench.py" line="235"/>
        <source>Start flow: %1</source>
        <translation>Start flow: %1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/workbench.py" line="253"/>
        <source>Recent customers</source>
        <translation>Recent customers</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/workbench.py" line="270"/>
        <source>Find customer “%1”</source>
        <translation>Find customer “%1”</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/workbench.py" line="271"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/workbench.py" line="289"/>
        <source>Search the knowledge base for “%1”</source>
        <translation>Search the knowledge base for “%1”</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/workbench.py" line="292"/>
        <source>Knowledge base</source>
        <translation>Knowledge base</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/workbench.py" line="329"/>
        <source>Go to a tab</source>
        <translation>Go to a tab</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/workbench.py" line="334"/>
        <source>Everywhere</source>
        <translation>Everywhere</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/workbench.py" line="336"/>
        <source>Next control</source>
        <translation>Next control</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/workbench.py" line="337"/>
        <source>Previous control</source>
        <translation>Previous control</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/workbench.py" line="339"/>
        <source>Leave a text area where Tab types a tab</source>
        <translation>Leave a text area where Tab types a tab</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/workbench.py" line="342"/>
        <source>Close a dialog or the palette</source>
        <translation>Close a dialog or the palette</translation>
    </message>
</context>
<context>
    <name>WorkbenchPage</name>
    <message>
        <location filename="../../agentdesk/views/workbench/preferences_dialog.py" line="164"/>
        <source>Customer view tabs (ticked ones are shown; Alt+Up/Alt+Down move)</source>
        <translation>Customer view tabs (ticked ones are shown; Alt+Up/Alt+Down move)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/preferences_dialog.py" line="168"/>
        <source>Customer view tabs</source>
        <translation>Customer view tabs</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/preferences_dialog.py" line="177"/>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/preferences_dialog.py" line="179"/>
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/preferences_dialog.py" line="193"/>
        <source>Docks shown</source>
        <translation>Docks shown</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/preferences_dialog.py" line="211"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/preferences_dialog.py" line="218"/>
        <source>&amp;Reset layout</source>
        <translation>&amp;Reset layout</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/preferences_dialog.py" line="220"/>
        <source>All docks and customer-view tabs back as they came</source>
        <translation>All docks and customer-view tabs back as they came</translation>
    </message>
</context>
<context>
    <name>WorkingPage</name>
    <message>
        <location filename="../../agentdesk/wizards/pages/working_page.py" line="30"/>
        <source>Making the change in the back office…</source>
        <translation>Making the change in the back office…</translation>
    </message>
    <message>
        <location filename="../../agentdesk/wizards/pages/working_page.py" line="32"/>
        <source>Checking the back office…</source>
        <translation>Checking the back office…</translation>
    </message>
</context>
<context>
    <name>WrapUpDialog</name>
    <message>
        <location filename="../../agentdesk/views/tickets/wrapup_dialog.py" line="58"/>
        <source>Wrap up the call</source>
        <translation>Wrap up the call</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/wrapup_dialog.py" line="67"/>
        <source>Customer: %1 — %2</source>
        <translation>Customer: %1 — %2</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/wrapup_dialog.py" line="71"/>
        <source>How did the call end?</source>
        <translation>How did the call end?</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/wrapup_dialog.py" line="86"/>
        <source>Suggested from this call: %1</source>
        <translation>Suggested from this call: %1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/wrapup_dialog.py" line="109"/>
        <source>No pretreatment run in this call.</source>
        <translation>No pretreatment run in this call.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/wrapup_dialog.py" line="110"/>
        <source>No ticket in this call.</source>
        <translation>No ticket in this call.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/wrapup_dialog.py" line="117"/>
        <source>&amp;Report it to the ticket system as closed at the front line</source>
        <translation>&amp;Report it to the ticket system as closed at the front line</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/wrapup_dialog.py" line="129"/>
        <source>What was agreed with the customer (optional)</source>
        <translation>What was agreed with the customer (optional)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/wrapup_dialog.py" line="135"/>
        <source>Re&amp;cord wrap-up</source>
        <translation>Re&amp;cord wrap-up</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/wrapup_dialog.py" line="138"/>
        <source>Record (Ctrl+Enter)</source>
        <translation>Record (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/wrapup_dialog.py" line="139"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/wrapup_dialog.py" line="153"/>
        <source>Pretreatment runs of this call:</source>
        <translation>Pretreatment runs of this call:</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/wrapup_dialog.py" line="156"/>
        <source>Tickets of this call:</source>
        <translation>Tickets of this call:</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/wrapup_dialog.py" line="160"/>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/wrapup_dialog.py" line="226"/>
        <source>The wrap-up could not be stored: %1</source>
        <translation>The wrap-up could not be stored: %1</translation>
    </message>
</context>
<context>
    <name>WriteWording</name>
    <message>
        <location filename="../../agentdesk/views/customer/write_wording.py" line="19"/>
        <source>Sync billing from CRM</source>
        <translation>Sync billing from CRM</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/write_wording.py" line="22"/>
        <source>Billing takes CRM&apos;s status for this number (CRM is the truth of what was sold).</source>
        <translation>Billing takes CRM&apos;s status for this number (CRM is the truth of what was sold).</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/write_wording.py" line="25"/>
        <source>Sync the network from CRM</source>
        <translation>Sync the network from CRM</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/write_wording.py" line="29"/>
        <source>The HLR takes CRM&apos;s state, add-on products, VPN membership and data profile for this number.</source>
        <translation>The HLR takes CRM&apos;s state, add-on products, VPN membership and data profile for this number.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/write_wording.py" line="32"/>
        <source>Restore the network state</source>
        <translation>Restore the network state</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/write_wording.py" line="36"/>
        <source>The HLR un-bars this number: calls and data work again (restore service first, find the cause after).</source>
        <translation>The HLR un-bars this number: calls and data work again (restore service first, find the cause after).</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/write_wording.py" line="39"/>
        <source>Activate in the network</source>
        <translation>Activate in the network</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/write_wording.py" line="40"/>
        <source>The HLR activates the add-on product %1, as sold in CRM.</source>
        <translation>The HLR activates the add-on product %1, as sold in CRM.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/write_wording.py" line="43"/>
        <source>Sync the VPN</source>
        <translation>Sync the VPN</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/write_wording.py" line="44"/>
        <source>The network takes the VPN group and short number from CRM.</source>
        <translation>The network takes the VPN group and short number from CRM.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/write_wording.py" line="47"/>
        <source>Sync AAA from CRM</source>
        <translation>Sync AAA from CRM</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/write_wording.py" line="51"/>
        <source>AAA/RADIUS takes CRM&apos;s wireless data services (%1): accounts are created, enabled or corrected.</source>
        <translation>AAA/RADIUS takes CRM&apos;s wireless data services (%1): accounts are created, enabled or corrected.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/write_wording.py" line="54"/>
        <source>Unsubscribe</source>
        <translation>Unsubscribe</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/write_wording.py" line="58"/>
        <source>The value-added service %1 ends in ISMP and CRM; it is not charged from the next month.</source>
        <translation>The value-added service %1 ends in ISMP and CRM; it is not charged from the next month.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/write_wording.py" line="61"/>
        <source>Sync ISMP from CRM</source>
        <translation>Sync ISMP from CRM</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/write_wording.py" line="64"/>
        <source>ISMP takes CRM&apos;s value-added subscriptions: what CRM ended stops being billed.</source>
        <translation>ISMP takes CRM&apos;s value-added subscriptions: what CRM ended stops being billed.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/write_wording.py" line="67"/>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/write_wording.py" line="71"/>
        <source>BIMS sets a new broadband password; the customer must enter it in the modem. The old one stops working.</source>
        <translation>BIMS sets a new broadband password; the customer must enter it in the modem. The old one stops working.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/write_wording.py" line="74"/>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/write_wording.py" line="77"/>
        <source>BIMS sets the password the customer chose; the old one stops working.</source>
        <translation>BIMS sets the password the customer chose; the old one stops working.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/write_wording.py" line="80"/>
        <source>Unbind MAC</source>
        <translation>Unbind MAC</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/write_wording.py" line="83"/>
        <source>BIMS forgets the bound router; the next router that dials in is bound.</source>
        <translation>BIMS forgets the bound router; the next router that dials in is bound.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/write_wording.py" line="86"/>
        <source>Clear online sessions</source>
        <translation>Clear online sessions</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/write_wording.py" line="90"/>
        <source>Every online session of the account is ended; devices online now are disconnected.</source>
        <translation>Every online session of the account is ended; devices online now are disconnected.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/write_wording.py" line="93"/>
        <source>Restart port</source>
        <translation>Restart port</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/write_wording.py" line="94"/>
        <source>The access port restarts; the line drops for about a minute.</source>
        <translation>The access port restarts; the line drops for about a minute.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/write_wording.py" line="97"/>
        <source>Dial test</source>
        <translation>Dial test</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/write_wording.py" line="100"/>
        <source>A test login from the network side, as the customer&apos;s modem would dial.</source>
        <translation>A test login from the network side, as the customer&apos;s modem would dial.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/write_wording.py" line="103"/>
        <source>Line test</source>
        <translation>Line test</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/write_wording.py" line="104"/>
        <source>Measures the line&apos;s attenuation and signal-to-noise ratio.</source>
        <translation>Measures the line&apos;s attenuation and signal-to-noise ratio.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/write_wording.py" line="127"/>
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/write_wording.py" line="136"/>
        <source>%1 for &lt;b&gt;%2&lt;/b&gt;, %3?</source>
        <translation>%1 for &lt;b&gt;%2&lt;/b&gt;, %3?</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/write_wording.py" line="143"/>
        <source>Effect: %1 The back office is changed at once; the action is recorded in the audit trail.</source>
        <translation>Effect: %1 The back office is changed at once; the action is recorded in the audit trail.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/write_wording.py" line="153"/>
        <source>Retrying sends the same request with the same key: the back office acts only once.</source>
        <translation>Retrying sends the same request with the same key: the back office acts only once.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/write_wording.py" line="160"/>
        <source>Dial test of %1 succeeded in %2 ms.</source>
        <translation>Dial test of %1 succeeded in %2 ms.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/write_wording.py" line="166"/>
        <source>Dial test of %1 failed in %2 ms: code %3, %4.</source>
        <translation>Dial test of %1 failed in %2 ms: code %3, %4.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/write_wording.py" line="174"/>
        <source>Line test of %1: %2 (attenuation %3 dB, SNR %4 dB).</source>
        <translation>Line test of %1: %2 (attenuation %3 dB, SNR %4 dB).</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/write_wording.py" line="184"/>
        <source>%1 done for %2. Read the new password to the customer: %3</source>
        <translation>%1 done for %2. Read the new password to the customer: %3</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/write_wording.py" line="192"/>
        <source> (the back office had already done it; nothing was done twice)</source>
        <translation> (the back office had already done it; nothing was done twice)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/write_wording.py" line="198"/>
        <source>%1 for %2: nothing needed changing.</source>
        <translation>%1 for %2: nothing needed changing.</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/write_wording.py" line="204"/>
        <source>%1 done for %2.</source>
        <translation>%1 done for %2.</translation>
    </message>
</context>
</TS>
