<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddonsModel</name>
    <message>
        <location filename="../../agentdesk/views/customer/addons_model.py" line="18"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/addons_model.py" line="20"/>
        <source>not usable yet</source>
        <translation>暂不可用</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/addons_model.py" line="20"/>
        <source>usable</source>
        <translation>可用</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/addons_model.py" line="43"/>
        <source>Add-on product</source>
        <translation>附属产品</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/addons_model.py" line="48"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/addons_model.py" line="50"/>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/addons_model.py" line="55"/>
        <source>Network (HLR)</source>
        <translation>网元（HLR）</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/addons_model.py" line="61"/>
        <source>Usable</source>
        <translation>是否可用</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/addons_model.py" line="67"/>
        <source>Monthly fee</source>
        <translation>月费</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/addons_model.py" line="73"/>
        <source>Since</source>
        <translation>开通时间</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/addons_model.py" line="75"/>
        <source>Attributes</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/addons_model.py" line="81"/>
        <source>Explanation</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>AddonsTab</name>
    <message>
        <location filename="../../agentdesk/views/customer/addons_tab.py" line="30"/>
        <source>Activate in the network</source>
        <translation>在网元开通</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/addons_tab.py" line="33"/>
        <source>Sync the network from CRM</source>
        <translation>按CRM同步网元</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/addons_tab.py" line="20"/>
        <source>Add-ons</source>
        <translation>附属产品</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/addons_tab.py" line="50"/>
        <source>The customer has no number.</source>
        <translation>该客户没有业务号码。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/addons_tab.py" line="51"/>
        <source>%1 has no add-on products.</source>
        <translation>%1 没有附属产品。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/addons_tab.py" line="63"/>
        <source>Add-ons of %1 (broadband) are not held in the HLR: CRM&apos;s view only.</source>
        <translation>%1（宽带）的附属产品不在HLR中：仅显示CRM数据。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/addons_tab.py" line="68"/>
        <source>The network&apos;s side is unknown: %1</source>
        <translation>网元侧情况未知：%1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/addons_tab.py" line="73"/>
        <source>Add-ons of %1 in CRM and in the network (HLR). The network decides whether it works.</source>
        <translation>%1 在CRM和网元（HLR）中的附属产品。能否使用以网元为准。</translation>
    </message>
</context>
<context>
    <name>AgentPage</name>
    <message>
        <location filename="../../agentdesk/views/dashboard/chart_pages.py" line="178"/>
        <source>Tickets by agent</source>
        <translation>各坐席工单量</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/chart_pages.py" line="178"/>
        <source>Tickets</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/chart_pages.py" line="182"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/chart_pages.py" line="183"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
</context>
<context>
    <name>AnnouncementEditor</name>
    <message>
        <location filename="../../agentdesk/views/knowledge/announcement_editor.py" line="40"/>
        <source>New announcement</source>
        <translation>新建公告</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/announcement_editor.py" line="47"/>
        <source>What agents see in the list</source>
        <translation>客服代表在列表中看到的标题</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/announcement_editor.py" line="49"/>
        <source>The announcement&apos;s text</source>
        <translation>公告正文</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/announcement_editor.py" line="54"/>
        <source>Publish later</source>
        <translation>定时发布</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/announcement_editor.py" line="60"/>
        <source>Expires</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/announcement_editor.py" line="68"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/announcement_editor.py" line="69"/>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/announcement_editor.py" line="70"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/announcement_editor.py" line="79"/>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/announcement_editor.py" line="117"/>
        <source>Give the announcement a title (at most %1 characters).</source>
        <translation>请填写公告标题（最多 %1 个字）。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/announcement_editor.py" line="120"/>
        <source>Write the announcement&apos;s text (at most %1 characters).</source>
        <translation>请填写公告正文（最多 %1 个字）。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/announcement_editor.py" line="123"/>
        <source>Choose a priority.</source>
        <translation>请选择优先级。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/announcement_editor.py" line="124"/>
        <source>The expiry must be later than the publication time.</source>
        <translation>过期时间必须晚于发布时间。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/announcement_editor.py" line="130"/>
        <source>Publishing…</source>
        <translation>正在发布…</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/announcement_editor.py" line="142"/>
        <source>Press Publish to try again.</source>
        <translation>请再次点击“发布”重试。</translation>
    </message>
</context>
<context>
    <name>AnnouncementList</name>
    <message>
        <location filename="../../agentdesk/views/knowledge/announcement_list.py" line="25"/>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/announcement_list.py" line="26"/>
        <source>Important</source>
        <translation>重要</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/announcement_list.py" line="27"/>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/announcement_list.py" line="104"/>
        <source>Mark all read</source>
        <translation>全部标为已读</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/announcement_list.py" line="106"/>
        <source>New announcement…</source>
        <translation>新建公告…</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/announcement_list.py" line="150"/>
        <source>Expires %1</source>
        <translation>%1 过期</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/announcement_list.py" line="153"/>
        <source>Does not expire</source>
        <translation>长期有效</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/announcement_list.py" line="156"/>
        <source>Published %1 by %2</source>
        <translation>%2 于 %1 发布</translation>
    </message>
</context>
<context>
    <name>AnnouncementModel</name>
    <message>
        <location filename="../../agentdesk/views/knowledge/announcement_list.py" line="58"/>
        <source>scheduled for %1</source>
        <translation>定时于 %1 发布</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/announcement_list.py" line="70"/>
        <source>Published %1 by %2</source>
        <translation>%2 于 %1 发布</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <location filename="../../agentdesk/views/knowledge/article_view.py" line="22"/>
        <source>Billing dispute</source>
        <translation>账单争议</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/article_view.py" line="23"/>
        <source>Still barred after payment</source>
        <translation>缴费后仍停机</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/article_view.py" line="24"/>
        <source>Broadband cannot log in</source>
        <translation>宽带无法登录</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/article_view.py" line="25"/>
        <source>Wireless data (1X/EVDO/WLAN) not working</source>
        <translation>无线上网（1X/EVDO/WLAN）故障</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/article_view.py" line="26"/>
        <source>Value-added service dispute</source>
        <translation>增值业务争议</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/article_view.py" line="27"/>
        <source>Add-on service not working</source>
        <translation>附属产品无法使用</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/article_view.py" line="28"/>
        <source>Mobile VPN</source>
        <translation>移动VPN</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/article_view.py" line="29"/>
        <source>Order not completed</source>
        <translation>订单未竣工</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/article_view.py" line="76"/>
        <location filename="../../agentdesk/views/knowledge/article_view.py" line="159"/>
        <source>☆ Favourite</source>
        <translation>☆ 收藏</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/article_view.py" line="76"/>
        <source>Keep this article in your favourites</source>
        <translation>将本文加入收藏夹</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/article_view.py" line="79"/>
        <source>Copy paragraph</source>
        <translation>复制段落</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/article_view.py" line="80"/>
        <source>Copy the selected text, or the paragraph at the cursor</source>
        <translation>复制所选文字或光标所在段落</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/article_view.py" line="82"/>
        <source>Copy article</source>
        <translation>复制全文</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/article_view.py" line="84"/>
        <source>To note</source>
        <translation>记入记事本</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/article_view.py" line="85"/>
        <source>Add the paragraph (or selection) to the notepad</source>
        <translation>将段落（或所选文字）加入记事本</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/article_view.py" line="87"/>
        <source>To ticket</source>
        <translation>填入工单</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/article_view.py" line="88"/>
        <source>Add the paragraph (or selection) to the ticket being written</source>
        <translation>将段落（或所选文字）填入正在填写的工单</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/article_view.py" line="103"/>
        <source>Choose an article to read it here.</source>
        <translation>选择一篇文章，在此阅读。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/article_view.py" line="138"/>
        <source>Keywords: %1</source>
        <translation>关键字：%1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/article_view.py" line="140"/>
        <source>Updated %1</source>
        <translation>更新于 %1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/article_view.py" line="143"/>
        <source>[image not shown: %1]</source>
        <translation>[图片未显示：%1]</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/article_view.py" line="143"/>
        <source>[image not shown]</source>
        <translation>[图片未显示]</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/article_view.py" line="148"/>
        <source>Related pretreatment flow: %1 — &lt;a href=&apos;#flow&apos;&gt;start it&lt;/a&gt;</source>
        <translation>相关预处理流程：%1 —— &lt;a href=&apos;#flow&apos;&gt;开始预处理&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/article_view.py" line="159"/>
        <source>★ Favourite</source>
        <translation>★ 已收藏</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/article_view.py" line="177"/>
        <source>(Knowledge base: %1, %2)</source>
        <translation>（知识库：%1，%2）</translation>
    </message>
</context>
<context>
    <name>AskPage</name>
    <message>
        <location filename="../../agentdesk/wizards/pages/ask_page.py" line="33"/>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <location filename="../../agentdesk/wizards/pages/ask_page.py" line="35"/>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../agentdesk/wizards/pages/ask_page.py" line="37"/>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message>
        <location filename="../../agentdesk/views/audit_panel.py" line="28"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/audit_panel.py" line="31"/>
        <source>Back-office changes made from this desk</source>
        <translation>本工作台对后台系统所做的变更</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/audit_panel.py" line="65"/>
        <source>Could not read the audit trail: %1</source>
        <translation>无法读取审计记录：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agentdesk/views/audit_panel.py" line="69"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n 项变更</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agentdesk/views/audit_panel.py" line="71"/>
        <source>%n waiting to send</source>
        <translation>
            <numerusform>%n 条等待发送</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../agentdesk/views/audit_table_model.py" line="31"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/audit_table_model.py" line="32"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/audit_table_model.py" line="33"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/audit_table_model.py" line="34"/>
        <source>Number</source>
        <translation>业务号码</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/audit_table_model.py" line="35"/>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/audit_table_model.py" line="36"/>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/audit_table_model.py" line="37"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/audit_table_model.py" line="38"/>
        <source>Idempotency key</source>
        <translation>幂等键</translation>
    </message>
</context>
<context>
    <name>AuditWording</name>
    <message>
        <location filename="../../agentdesk/views/audit_wording.py" line="20"/>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/audit_wording.py" line="21"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/audit_wording.py" line="22"/>
        <source>waiting to send</source>
        <translation>等待发送</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/audit_wording.py" line="30"/>
        <source>the desk paused calls to this system after repeated failures</source>
        <translation>多次失败后工作台已暂停调用该系统</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/audit_wording.py" line="34"/>
        <source>the system did not answer in time</source>
        <translation>系统未及时响应</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/audit_wording.py" line="42"/>
        <source>the system could not be reached</source>
        <translation>系统无法连接</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/audit_wording.py" line="46"/>
        <source>the sign-in had expired</source>
        <translation>登录已过期</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/audit_wording.py" line="50"/>
        <source>not allowed for this sign-in</source>
        <translation>当前账号无权操作</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/audit_wording.py" line="57"/>
        <source>the system&apos;s answer could not be read</source>
        <translation>系统应答无法识别</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/audit_wording.py" line="68"/>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/audit_wording.py" line="69"/>
        <source>network state</source>
        <translation>网元状态</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/audit_wording.py" line="70"/>
        <source>password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/audit_wording.py" line="71"/>
        <source>bound MAC</source>
        <translation>绑定MAC</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/audit_wording.py" line="72"/>
        <source>online sessions</source>
        <translation>在线会话数</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/audit_wording.py" line="73"/>
        <source>port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/audit_wording.py" line="74"/>
        <source>line</source>
        <translation>线路</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/audit_wording.py" line="78"/>
        <source>ID card number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/audit_wording.py" line="79"/>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/audit_wording.py" line="80"/>
        <source>contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/audit_wording.py" line="81"/>
        <source>e-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/audit_wording.py" line="82"/>
        <source>account manager&apos;s phone</source>
        <translation>客户经理电话</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/audit_wording.py" line="101"/>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/audit_wording.py" line="119"/>
        <source>%1 changed</source>
        <translation>%1已更改</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/audit_wording.py" line="122"/>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/audit_wording.py" line="147"/>
        <source>nothing needed changing</source>
        <translation>无需改动</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/audit_wording.py" line="150"/>
        <source>ticket %1 (%2)</source>
        <translation>工单 %1（%2）</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/audit_wording.py" line="155"/>
        <source>shown: %1</source>
        <translation>已查看：%1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/audit_wording.py" line="161"/>
        <source>dial test: %1 in %2 ms</source>
        <translation>拨号测试：%1，用时 %2 毫秒</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/audit_wording.py" line="167"/>
        <source>line test: %1, attenuation %2 dB, SNR %3 dB</source>
        <translation>线路检测：%1，衰减 %2 dB，信噪比 %3 dB</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/audit_wording.py" line="175"/>
        <source>already done by an earlier attempt</source>
        <translation>此前的请求已执行</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/audit_wording.py" line="187"/>
        <source>the desk keeps trying</source>
        <translation>工作台将继续重试</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/audit_wording.py" line="192"/>
        <source>confirmed on a later attempt</source>
        <translation>后续重试已成功</translation>
    </message>
</context>
<context>
    <name>BalanceModel</name>
    <message>
        <location filename="../../agentdesk/views/customer/balance_model.py" line="16"/>
        <source>open-ended</source>
        <translation>长期有效</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/balance_model.py" line="26"/>
        <source>Balance book</source>
        <translation>账本</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/balance_model.py" line="29"/>
        <source>Owner</source>
        <translation>归属</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/balance_model.py" line="32"/>
        <source>shared by the contract</source>
        <translation>合同共享</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/balance_model.py" line="37"/>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/balance_model.py" line="44"/>
        <source>Valid</source>
        <translation>有效期</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/balance_model.py" line="55"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/balance_model.py" line="60"/>
        <source>Book</source>
        <translation>账本</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/balance_model.py" line="64"/>
        <source>Income / expense</source>
        <translation>收支</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/balance_model.py" line="68"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/balance_model.py" line="75"/>
        <source>Balance after</source>
        <translation>变动后余额</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/balance_model.py" line="81"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>BalanceTab</name>
    <message>
        <location filename="../../agentdesk/views/customer/balance_tab.py" line="33"/>
        <source>By number</source>
        <translation>按业务号码</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/balance_tab.py" line="35"/>
        <source>By contract</source>
        <translation>按合同号</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/balance_tab.py" line="53"/>
        <source>Credit control</source>
        <translation>信控</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/balance_tab.py" line="57"/>
        <source>Credit class</source>
        <translation>信用等级</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/balance_tab.py" line="58"/>
        <source>Credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/balance_tab.py" line="24"/>
        <location filename="../../agentdesk/views/customer/balance_tab.py" line="59"/>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/balance_tab.py" line="60"/>
        <source>Arrears</source>
        <translation>欠费</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/balance_tab.py" line="61"/>
        <source>Available credit</source>
        <translation>可用额度</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/balance_tab.py" line="68"/>
        <source>Balance books</source>
        <translation>账本</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/balance_tab.py" line="114"/>
        <source>(over the limit)</source>
        <translation>（已超额度）</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/balance_tab.py" line="123"/>
        <source>Income and expense %1 – %2: income %3, expense %4, %5 records</source>
        <translation>%1 至 %2 收支：收入 %3，支出 %4，共 %5 条</translation>
    </message>
</context>
<context>
    <name>BillHelperWidget</name>
    <message>
        <location filename="../../agentdesk/toolbox/calculator.py" line="309"/>
        <source>Paste amounts here, one per line (¥, commas and labels are fine)</source>
        <translation>在此粘贴金额，每行一个（可带¥、千分位逗号和名称）</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calculator.py" line="322"/>
        <source>Use total in calculator</source>
        <translation>合计带入计算器</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calculator.py" line="324"/>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agentdesk/toolbox/calculator.py" line="341"/>
        <source>Total: %1 (%n amount(s))</source>
        <translation>
            <numerusform>合计：%1（%n 笔）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agentdesk/toolbox/calculator.py" line="348"/>
        <source>Skipped %n line(s) without a clear amount: line %1</source>
        <translation>
            <numerusform>已跳过 %n 行无法识别金额的内容：第 %1 行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BroadbandModel</name>
    <message>
        <location filename="../../agentdesk/views/customer/broadband_model.py" line="21"/>
        <source>Online since</source>
        <translation>上线时间</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/broadband_model.py" line="25"/>
        <source>IP address</source>
        <translation>IP地址</translation>
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
        <translation>接入服务器</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/broadband_model.py" line="42"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/broadband_model.py" line="45"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/broadband_model.py" line="51"/>
        <source>Code</source>
        <translation>错误码</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/broadband_model.py" line="56"/>
        <source>What it means</source>
        <translation>含义</translation>
    </message>
</context>
<context>
    <name>BroadbandTab</name>
    <message>
        <location filename="../../agentdesk/views/customer/broadband_tab.py" line="78"/>
        <source>Account (BIMS)</source>
        <translation>账号（BIMS）</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/broadband_tab.py" line="82"/>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/broadband_tab.py" line="83"/>
        <source>Status (CRM / BIMS)</source>
        <translation>状态（CRM / BIMS）</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/broadband_tab.py" line="84"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/broadband_tab.py" line="85"/>
        <source>Access</source>
        <translation>接入方式</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/broadband_tab.py" line="86"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/broadband_tab.py" line="87"/>
        <source>Bound MAC / dialling MAC</source>
        <translation>绑定MAC / 拨号MAC</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/broadband_tab.py" line="88"/>
        <source>Downstream: configured / actual</source>
        <translation>下行：配置 / 实际</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/broadband_tab.py" line="89"/>
        <source>Upstream: configured / actual</source>
        <translation>上行：配置 / 实际</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/broadband_tab.py" line="90"/>
        <source>Line</source>
        <translation>线路</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/broadband_tab.py" line="91"/>
        <source>Online sessions / limit</source>
        <translation>在线数 / 上限</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/broadband_tab.py" line="99"/>
        <source>Front-line repairs</source>
        <translation>前台处理</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/broadband_tab.py" line="118"/>
        <source>Online sessions</source>
        <translation>在线记录</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/broadband_tab.py" line="125"/>
        <source>Login records</source>
        <extracomment>submit(draft, draft_id) -&gt; anything; the ticket desk&apos;s submit, used for the front-line record ``send(draft, idempotency_key)`` -&gt; the created ticket; raises ConnectorError</extracomment>
        <translation>登录记录</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/broadband_tab.py" line="76"/>
        <source>Broadband</source>
        <translation>宽带</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/broadband_tab.py" line="144"/>
        <source>The customer has no broadband account.</source>
        <translation>该客户没有宽带账号。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/broadband_tab.py" line="163"/>
        <source>(different router)</source>
        <translation>（更换了路由器）</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/broadband_tab.py" line="171"/>
        <source>(shortfall: %1% of the configured rate)</source>
        <translation>（速率不足：仅为配置速率的 %1%）</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/broadband_tab.py" line="179"/>
        <source>%1 (attenuation %2 dB, SNR %3 dB)</source>
        <translation>%1（衰减 %2 dB，信噪比 %3 dB）</translation>
    </message>
</context>
<context>
    <name>CalculatorWidget</name>
    <message>
        <location filename="../../agentdesk/toolbox/calculator.py" line="59"/>
        <source>Calculator</source>
        <translation>计算器</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calculator.py" line="62"/>
        <source>Bill helper</source>
        <translation>账单求和</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calculator.py" line="73"/>
        <source>Type an expression, e.g. 19.99*3 + 10%, then Enter</source>
        <translation>输入算式，如 19.99*3 + 10%，按回车</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calculator.py" line="106"/>
        <source>Delete the last character (Backspace)</source>
        <translation>删除最后一个字符（退格）</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calculator.py" line="112"/>
        <source>Clear the expression (Esc)</source>
        <translation>清除算式（Esc）</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calculator.py" line="115"/>
        <source>Calculate (Enter)</source>
        <translation>计算（回车）</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calculator.py" line="123"/>
        <source>Clear the memory</source>
        <translation>清除存储</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calculator.py" line="124"/>
        <source>Insert the memory into the expression</source>
        <translation>将存储值插入算式</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calculator.py" line="125"/>
        <source>Add the result to the memory</source>
        <translation>结果加入存储</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calculator.py" line="126"/>
        <source>Subtract the result from the memory</source>
        <translation>从存储中减去结果</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calculator.py" line="136"/>
        <source>Copy ¥</source>
        <translation>复制金额</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calculator.py" line="138"/>
        <source>Copy the result as money</source>
        <translation>以金额格式复制结果</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calculator.py" line="147"/>
        <source>Double-click or press Enter to reuse a result</source>
        <translation>双击或按回车复用结果</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calculator.py" line="149"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calculator.py" line="226"/>
        <source>Type an expression first.</source>
        <translation>请先输入算式。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calculator.py" line="228"/>
        <source>Cannot divide by zero.</source>
        <translation>除数不能为零。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calculator.py" line="230"/>
        <source>The parentheses do not match.</source>
        <translation>括号不匹配。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calculator.py" line="233"/>
        <source>Unknown character “%1” at position %2.</source>
        <translation>第 %2 个位置有无法识别的字符“%1”。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calculator.py" line="238"/>
        <source>The expression is incomplete.</source>
        <translation>算式不完整。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calculator.py" line="241"/>
        <source>“%1” is not expected at position %2.</source>
        <translation>第 %2 个位置不应出现“%1”。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calculator.py" line="246"/>
        <source>The expression is too long.</source>
        <translation>算式太长。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calculator.py" line="248"/>
        <source>The number is too large.</source>
        <translation>数值太大。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calculator.py" line="251"/>
        <source>There is no previous result yet.</source>
        <translation>还没有上一次的结果。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calculator.py" line="280"/>
        <source>Memory: %1</source>
        <translation>存储：%1</translation>
    </message>
</context>
<context>
    <name>CalendarWidget</name>
    <message>
        <location filename="../../agentdesk/toolbox/calendar_view.py" line="58"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calendar_view.py" line="62"/>
        <source>Previous</source>
        <translation>上一页</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calendar_view.py" line="66"/>
        <source>Next</source>
        <translation>下一页</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calendar_view.py" line="73"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calendar_view.py" line="73"/>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calendar_view.py" line="73"/>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calendar_view.py" line="81"/>
        <source>New event</source>
        <translation>新建日程</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calendar_view.py" line="83"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calendar_view.py" line="84"/>
        <source>Import events from an iCalendar (.ics) file</source>
        <translation>从 iCalendar（.ics）文件导入日程</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calendar_view.py" line="86"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calendar_view.py" line="87"/>
        <source>Save all events as an iCalendar (.ics) file for Outlook</source>
        <translation>将全部日程导出为 iCalendar（.ics）文件，供 Outlook 使用</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calendar_view.py" line="224"/>
        <source>%1-%2</source>
        <translation>%1年%2月</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calendar_view.py" line="240"/>
        <source>Public holidays for %1 are not published in this version yet; Monday to Friday is assumed.</source>
        <translation>本版本尚无 %1 年的法定节假日数据，暂按周一至周五为工作日。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calendar_view.py" line="297"/>
        <source>Could not save the event: %1</source>
        <translation>日程保存失败：%1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calendar_view.py" line="313"/>
        <source>Please give the event a title (at most 200 characters).</source>
        <translation>请填写日程标题（最多 200 字）。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calendar_view.py" line="314"/>
        <source>The duration must be between 0 minutes and 14 days.</source>
        <translation>时长须在 0 分钟到 14 天之间。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calendar_view.py" line="315"/>
        <source>The repetition must end after the event starts.</source>
        <translation>重复结束日期须晚于日程开始时间。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calendar_view.py" line="316"/>
        <source>The reminder must be between 0 minutes and 7 days before.</source>
        <translation>提醒提前量须在 0 分钟到 7 天之间。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calendar_view.py" line="317"/>
        <source>The notes are too long.</source>
        <translation>备注太长。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calendar_view.py" line="318"/>
        <source>The customer or ticket link is too long.</source>
        <translation>关联的客户或工单信息太长。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calendar_view.py" line="319"/>
        <source>This event was deleted meanwhile.</source>
        <translation>该日程已被删除。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calendar_view.py" line="324"/>
        <source>Import events</source>
        <translation>导入日程</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calendar_view.py" line="326"/>
        <location filename="../../agentdesk/toolbox/calendar_view.py" line="335"/>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar 文件 (*.ics)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calendar_view.py" line="332"/>
        <source>Export events</source>
        <translation>导出日程</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calendar_view.py" line="353"/>
        <source>Could not import %1: %2</source>
        <translation>无法导入 %1：%2</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calendar_view.py" line="357"/>
        <source>Imported %1 and %2.</source>
        <translation>已导入%1，%2。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agentdesk/toolbox/calendar_view.py" line="357"/>
        <source>%n new event(s)</source>
        <translation>
            <numerusform>%n 条新日程</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agentdesk/toolbox/calendar_view.py" line="358"/>
        <source>%n updated</source>
        <translation>
            <numerusform>更新 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calendar_view.py" line="362"/>
        <source>Kept only the first date of: %1 (repetition not supported).</source>
        <translation>以下日程只保留了首次日期（不支持其重复方式）：%1。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calendar_view.py" line="368"/>
        <source>Skipped: %1.</source>
        <translation>已跳过：%1。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/calendar_view.py" line="378"/>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agentdesk/toolbox/calendar_view.py" line="380"/>
        <source>Exported %n event(s) to %1.</source>
        <translation>
            <numerusform>已导出 %n 条日程到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallBar</name>
    <message>
        <location filename="../../agentdesk/views/workbench/call_bar.py" line="41"/>
        <source>Call bar</source>
        <translation>话务条</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/call_bar.py" line="49"/>
        <source>Reconnect</source>
        <translation>重新连接</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/call_bar.py" line="65"/>
        <source>&amp;Answer</source>
        <translation>接听(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/call_bar.py" line="68"/>
        <location filename="../../agentdesk/views/workbench/call_bar.py" line="165"/>
        <source>&amp;Hang up</source>
        <translation>挂机(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/call_bar.py" line="71"/>
        <source>&amp;Wrap up…</source>
        <translation>话后小结(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/call_bar.py" line="119"/>
        <source>● Phone line up</source>
        <translation>● 电话线路已连接</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/call_bar.py" line="120"/>
        <source>Incoming calls pop up here.</source>
        <translation>来电将在此弹屏。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/call_bar.py" line="121"/>
        <source>◌ Connecting the phone line…</source>
        <translation>◌ 正在连接电话线路…</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/call_bar.py" line="125"/>
        <source>○ Phone line down: sign in again</source>
        <translation>○ 电话线路已断开：请重新登录</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/call_bar.py" line="128"/>
        <source>○ Phone line down — trying again in %1 s (attempt %2)</source>
        <translation>○ 电话线路已断开——%1 秒后重试（第 %2 次）</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/call_bar.py" line="133"/>
        <source>○ Phone line down — reconnecting…</source>
        <translation>○ 电话线路已断开——正在重新连接…</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/call_bar.py" line="135"/>
        <source>Incoming calls will not pop up.</source>
        <translation>来电将不会弹屏。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/call_bar.py" line="136"/>
        <source>Phone line off</source>
        <translation>电话线路未启用</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/call_bar.py" line="152"/>
        <source>(+%1 more ringing)</source>
        <translation>（另有 %1 个来电振铃）</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/call_bar.py" line="156"/>
        <source>Wrap-up: %1 — talked %2</source>
        <translation>话后小结：%1——通话 %2</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/call_bar.py" line="161"/>
        <source>No call</source>
        <translation>无通话</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/call_bar.py" line="165"/>
        <source>&amp;Reject</source>
        <translation>拒接(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/call_bar.py" line="188"/>
        <source>Incoming call</source>
        <translation>来电</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/call_bar.py" line="189"/>
        <source>On the phone</source>
        <translation>通话中</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/call_bar.py" line="191"/>
        <source>looking up the caller…</source>
        <translation>正在查找来电客户…</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/call_bar.py" line="196"/>
        <source>%1 customer</source>
        <translation>%1客户</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/call_bar.py" line="199"/>
        <source>caller not looked up</source>
        <translation>未查找来电客户</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/call_bar.py" line="201"/>
        <source>unknown caller</source>
        <translation>未知来电</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/call_bar.py" line="208"/>
        <source>Ringing %1</source>
        <translation>振铃 %1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/call_bar.py" line="210"/>
        <source>Talking %1</source>
        <translation>通话 %1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/call_bar.py" line="212"/>
        <source>Wrap-up %1</source>
        <translation>话后小结 %1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/call_bar.py" line="244"/>
        <source>Could not answer: %1</source>
        <translation>无法接听：%1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/call_bar.py" line="248"/>
        <source>Could not hang up: %1</source>
        <translation>无法挂机：%1</translation>
    </message>
</context>
<context>
    <name>CallHistoryCounts</name>
    <message numerus="yes">
        <location filename="../../agentdesk/views/workbench/call_history.py" line="108"/>
        <source>%n call(s)</source>
        <translation>
            <numerusform>通话 %n 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallHistoryModel</name>
    <message>
        <location filename="../../agentdesk/views/workbench/call_history_model.py" line="15"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/call_history_model.py" line="16"/>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/call_history_model.py" line="17"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/call_history_model.py" line="18"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/call_history_model.py" line="19"/>
        <source>Waited</source>
        <translation>等待时长</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/call_history_model.py" line="20"/>
        <source>Talked</source>
        <translation>通话时长</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/call_history_model.py" line="21"/>
        <source>Ended</source>
        <translation>结束方式</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/call_history_model.py" line="22"/>
        <source>Wrap-up</source>
        <translation>话后小结</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/call_history_model.py" line="25"/>
        <source>You hung up</source>
        <translation>坐席挂机</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/call_history_model.py" line="26"/>
        <source>Caller hung up</source>
        <translation>客户挂机</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/call_history_model.py" line="27"/>
        <source>Rejected</source>
        <translation>已拒接</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/call_history_model.py" line="28"/>
        <source>Missed (caller gave up)</source>
        <translation>未接（客户放弃）</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/call_history_model.py" line="31"/>
        <source>Ringing</source>
        <translation>振铃中</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/call_history_model.py" line="32"/>
        <source>On the phone</source>
        <translation>通话中</translation>
    </message>
</context>
<context>
    <name>CallHistoryPanel</name>
    <message>
        <location filename="../../agentdesk/views/workbench/call_history.py" line="138"/>
        <source>Calls</source>
        <translation>通话记录</translation>
    </message>
</context>
<context>
    <name>CallHistoryView</name>
    <message>
        <location filename="../../agentdesk/views/workbench/call_history.py" line="84"/>
        <source>Calls of this shift</source>
        <translation>本班次通话</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/call_history.py" line="105"/>
        <source>No calls yet in this shift.</source>
        <translation>本班次尚无通话。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/call_history.py" line="109"/>
        <source>%1 answered</source>
        <translation>接听 %1 个</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/call_history.py" line="110"/>
        <source>%1 missed</source>
        <translation>未接 %1 个</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/call_history.py" line="114"/>
        <source>average talk %1</source>
        <translation>平均通话 %1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/call_history.py" line="120"/>
        <source>average wrap-up %1</source>
        <translation>平均话后小结 %1</translation>
    </message>
</context>
<context>
    <name>CallRecordsModel</name>
    <message>
        <location filename="../../agentdesk/views/customer/call_records_tab.py" line="29"/>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/call_records_tab.py" line="31"/>
        <location filename="../../agentdesk/views/customer/call_records_model.py" line="66"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/call_records_tab.py" line="34"/>
        <source>Records</source>
        <translation>条数</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/call_records_tab.py" line="40"/>
        <location filename="../../agentdesk/views/customer/call_records_model.py" line="76"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/call_records_tab.py" line="46"/>
        <location filename="../../agentdesk/views/customer/call_records_model.py" line="81"/>
        <source>Volume</source>
        <translation>流量</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/call_records_tab.py" line="52"/>
        <location filename="../../agentdesk/views/customer/call_records_model.py" line="91"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/call_records_model.py" line="61"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/call_records_model.py" line="71"/>
        <source>Other party</source>
        <translation>对方号码</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/call_records_model.py" line="86"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/call_records_model.py" line="96"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>CallRecordsTab</name>
    <message>
        <location filename="../../agentdesk/views/customer/call_records_tab.py" line="92"/>
        <source>Filter: number, place or description</source>
        <translation>筛选：号码、地点或说明</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/call_records_tab.py" line="66"/>
        <source>Call records</source>
        <translation>清单</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/call_records_tab.py" line="143"/>
        <source>The customer has no mobile or fixed number: there are no call records.</source>
        <translation>该客户没有手机或固话号码，没有清单。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/call_records_tab.py" line="167"/>
        <source>%1: %2 records in %3 – %4; %5 loaded, %6 shown</source>
        <translation>%1：%3 至 %4 共 %2 条；已加载 %5 条，显示 %6 条</translation>
    </message>
</context>
<context>
    <name>CallbackListWidget</name>
    <message>
        <location filename="../../agentdesk/toolbox/callback_list.py" line="125"/>
        <source>Open customer</source>
        <translation>打开客户</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/callback_list.py" line="127"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/callback_list.py" line="129"/>
        <source>Mark done</source>
        <translation>标记完成</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agentdesk/toolbox/callback_list.py" line="184"/>
        <source>%n callback(s)</source>
        <translation>
            <numerusform>共 %n 条回访</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agentdesk/toolbox/callback_list.py" line="185"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n 条超期</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallbackModel</name>
    <message>
        <location filename="../../agentdesk/toolbox/callback_list.py" line="30"/>
        <source>Due</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/callback_list.py" line="31"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/callback_list.py" line="32"/>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/callback_list.py" line="33"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/callback_list.py" line="34"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agentdesk/toolbox/callback_list.py" line="61"/>
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>已超期 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agentdesk/toolbox/callback_list.py" line="63"/>
        <source>Overdue by %n hour(s)</source>
        <translation>
            <numerusform>已超期 %n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agentdesk/toolbox/callback_list.py" line="64"/>
        <source>Overdue by %n minute(s)</source>
        <translation>
            <numerusform>已超期 %n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agentdesk/toolbox/callback_list.py" line="66"/>
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>%n 天后到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agentdesk/toolbox/callback_list.py" line="68"/>
        <source>Due in %n hour(s)</source>
        <translation>
            <numerusform>%n 小时后到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agentdesk/toolbox/callback_list.py" line="69"/>
        <source>Due in %n minute(s)</source>
        <translation>
            <numerusform>%n 分钟后到期</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CategoryPage</name>
    <message>
        <location filename="../../agentdesk/views/dashboard/chart_pages.py" line="135"/>
        <source>Complaints by category</source>
        <translation>各类别投诉量</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/chart_pages.py" line="135"/>
        <location filename="../../agentdesk/views/dashboard/chart_pages.py" line="142"/>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/chart_pages.py" line="140"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/chart_pages.py" line="145"/>
        <source>Per 10,000 subscribers</source>
        <translation>每万用户</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/chart_pages.py" line="162"/>
        <source>Subscribers in service: %1. Click a bar to list its tickets.</source>
        <translation>在网用户数：%1。点击柱形可列出其工单。</translation>
    </message>
</context>
<context>
    <name>ChargesModel</name>
    <message>
        <location filename="../../agentdesk/views/customer/charges_model.py" line="28"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/charges_model.py" line="29"/>
        <source>Number</source>
        <translation>业务号码</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/charges_model.py" line="31"/>
        <location filename="../../agentdesk/views/customer/charges_model.py" line="61"/>
        <source>Account-item type</source>
        <translation>账目类型</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/charges_model.py" line="36"/>
        <source>Charge type</source>
        <translation>费用类别</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/charges_model.py" line="40"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/charges_model.py" line="48"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/charges_model.py" line="66"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>ChargesTab</name>
    <message>
        <location filename="../../agentdesk/views/customer/charges_tab.py" line="39"/>
        <source>By number</source>
        <translation>按业务号码</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/charges_tab.py" line="41"/>
        <source>By contract</source>
        <translation>按合同号</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/charges_tab.py" line="63"/>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/charges_tab.py" line="105"/>
        <source>Item types: %1</source>
        <translation>账目类型：%1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/charges_tab.py" line="105"/>
        <location filename="../../agentdesk/views/customer/charges_tab.py" line="107"/>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/charges_tab.py" line="107"/>
        <source>Charge types: %1</source>
        <translation>费用类别：%1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/charges_tab.py" line="33"/>
        <source>Charges</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/charges_tab.py" line="150"/>
        <source>%1, %2: %3 charge lines, total %4</source>
        <translation>%1，%2：费用 %3 条，合计 %4</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/charges_tab.py" line="151"/>
        <source>no bill yet</source>
        <translation>暂无账单</translation>
    </message>
</context>
<context>
    <name>ChartPage</name>
    <message>
        <location filename="../../agentdesk/views/dashboard/chart_pages.py" line="59"/>
        <source>Export chart as PNG…</source>
        <translation>导出图表为 PNG…</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/chart_pages.py" line="62"/>
        <source>Export table as CSV…</source>
        <translation>导出表格为 CSV…</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <location filename="../../agentdesk/views/workbench/command_palette.py" line="118"/>
        <source>Command palette</source>
        <translation>命令面板</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/command_palette.py" line="127"/>
        <source>Type a command, a tab, a tool, a flow or a customer…</source>
        <translation>输入命令、页签、工具、流程或客户…</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/command_palette.py" line="128"/>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/command_palette.py" line="132"/>
        <source>Matching commands</source>
        <translation>匹配的命令</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/command_palette.py" line="140"/>
        <source>No command matches.</source>
        <translation>没有匹配的命令。</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../../agentdesk/views/widgets/confirm_dialog.py" line="37"/>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/widgets/confirm_dialog.py" line="41"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <location filename="../../agentdesk/wizards/pages/confirm_page.py" line="30"/>
        <source>Confirm and do it</source>
        <translation>确认并执行</translation>
    </message>
    <message>
        <location filename="../../agentdesk/wizards/pages/confirm_page.py" line="32"/>
        <source>Do not change it</source>
        <translation>不执行</translation>
    </message>
    <message>
        <location filename="../../agentdesk/wizards/pages/confirm_page.py" line="52"/>
        <source>Customer: %1 — number %2</source>
        <translation>客户：%1——号码%2</translation>
    </message>
    <message>
        <location filename="../../agentdesk/wizards/pages/confirm_page.py" line="58"/>
        <source>This changes %1: %2. It is recorded in the audit trail.</source>
        <translation>此操作将修改%1：%2，并记入审计记录。</translation>
    </message>
</context>
<context>
    <name>CountCall</name>
    <message>
        <location filename="../../agentdesk/views/events/count_call.py" line="34"/>
        <source>Count the call against the event</source>
        <translation>将来电计入已知事件</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/count_call.py" line="38"/>
        <source>Register this call from &lt;b&gt;%1&lt;/b&gt; (%2) against the known event &lt;b&gt;%3&lt;/b&gt;?</source>
        <translation>将来自 &lt;b&gt;%1&lt;/b&gt;（%2）的本次来电计入已知事件 &lt;b&gt;%3&lt;/b&gt;？</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/count_call.py" line="46"/>
        <source>The call is counted for the event. Nothing of the customer&apos;s service is changed and no ticket is sent.</source>
        <translation>本次来电将计入该事件。不会更改客户的任何业务，也不会派单。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/count_call.py" line="50"/>
        <source>Count the call</source>
        <translation>计入来电</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/count_call.py" line="55"/>
        <source>Not counted: nothing was sent.</source>
        <translation>未计入：没有发送任何内容。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/count_call.py" line="67"/>
        <source>The call could not be counted</source>
        <translation>无法计入本次来电</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/count_call.py" line="71"/>
        <source>Retrying sends the same request again; the call is never counted twice.</source>
        <translation>重试会再次发送同一请求；来电绝不会被重复计入。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/count_call.py" line="72"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/count_call.py" line="73"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/count_call.py" line="83"/>
        <source>Call counted against %1: %2 calls from %3 numbers so far.</source>
        <translation>已计入 %1：目前共 %2 个来电，来自 %3 个号码。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/count_call.py" line="90"/>
        <source>Warning: the audit trail could not record it (%1).</source>
        <translation>警告：审计记录写入失败（%1）。</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <location filename="../../agentdesk/services/secrets.py" line="42"/>
        <source>Windows Credential Manager</source>
        <translation>Windows 凭据管理器</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/secrets.py" line="43"/>
        <source>macOS Keychain</source>
        <translation>macOS 钥匙串</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/secrets.py" line="46"/>
        <source>Secret Service (desktop keyring)</source>
        <translation>Secret Service（桌面密钥环）</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/secrets.py" line="47"/>
        <source>libsecret (desktop keyring)</source>
        <translation>libsecret（桌面密钥环）</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/secrets.py" line="48"/>
        <source>KDE Wallet</source>
        <translation>KDE 钱包</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/secrets.py" line="49"/>
        <source>no credential store available</source>
        <translation>没有可用的凭据存储</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/secrets.py" line="50"/>
        <source>credential storage switched off</source>
        <translation>凭据存储已关闭</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/secrets.py" line="207"/>
        <source>The password cannot be remembered: no secure credential store is available (%1).</source>
        <translation>无法记住密码：没有可用的安全凭据存储（%1）。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/secrets.py" line="272"/>
        <source>The credential store (%1) failed: %2.</source>
        <translation>凭据存储（%1）出错：%2。</translation>
    </message>
</context>
<context>
    <name>CustomerInfoTab</name>
    <message>
        <location filename="../../agentdesk/views/customer/customer_tab.py" line="34"/>
        <source>Customer (CRM)</source>
        <translation>客户（CRM）</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_tab.py" line="38"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_tab.py" line="39"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_tab.py" line="40"/>
        <source>Level</source>
        <translation>客户级别</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_tab.py" line="41"/>
        <source>Credit class</source>
        <translation>信用等级</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_tab.py" line="42"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_tab.py" line="43"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_tab.py" line="44"/>
        <source>Customer since</source>
        <translation>入网时间</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_tab.py" line="45"/>
        <source>Account manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_tab.py" line="53"/>
        <source>ID card</source>
        <translation>身份证</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_tab.py" line="54"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_tab.py" line="55"/>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_tab.py" line="56"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_tab.py" line="57"/>
        <source>Manager&apos;s phone</source>
        <translation>客户经理电话</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_tab.py" line="66"/>
        <source>Billing (contract)</source>
        <translation>计费（合同）</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_tab.py" line="70"/>
        <source>Contract</source>
        <translation>合同号</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_tab.py" line="71"/>
        <source>Payment method</source>
        <translation>付费方式</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_tab.py" line="72"/>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_tab.py" line="73"/>
        <source>Arrears</source>
        <translation>欠费</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_tab.py" line="74"/>
        <source>Credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_tab.py" line="75"/>
        <source>Available credit</source>
        <translation>可用额度</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_tab.py" line="76"/>
        <source>Last bill</source>
        <translation>最近账单</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_tab.py" line="92"/>
        <source>Broadband now (BIMS)</source>
        <translation>宽带实时状态（BIMS）</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_tab.py" line="97"/>
        <source>Marketing hints</source>
        <translation>营销推荐</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_tab.py" line="26"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_tab.py" line="122"/>
        <source>organisation</source>
        <translation>政企客户</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_tab.py" line="123"/>
        <source>individual</source>
        <translation>个人客户</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_tab.py" line="156"/>
        <source>The customer has no contract.</source>
        <translation>该客户没有合同。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_tab.py" line="169"/>
        <source>%1 (%2 unpaid bills)</source>
        <translation>%1（%2 张未缴账单）</translation>
    </message>
</context>
<context>
    <name>CustomerLookup</name>
    <message>
        <location filename="../../agentdesk/services/customer_lookup.py" line="24"/>
        <source>Type a service number, contract number, ID card or name.</source>
        <translation>请输入业务号码、合同号、身份证号或姓名。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/customer_lookup.py" line="27"/>
        <source>The search text is too long (at most 64 characters).</source>
        <translation>查询内容过长（最多64个字符）。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/customer_lookup.py" line="30"/>
        <source>%1 is not one of our mobile numbers (another operator&apos;s range).</source>
        <translation>%1 不是本网手机号码（属于其他运营商号段）。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/customer_lookup.py" line="34"/>
        <source>%1 is not a valid ID card number: the last character does not match. Check for a typo.</source>
        <translation>%1 不是有效的身份证号：校验位不符，请检查是否输错。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/customer_lookup.py" line="37"/>
        <source>%1 is not a valid ID card number: the birth date in it is impossible.</source>
        <translation>%1 不是有效的身份证号：其中的出生日期不存在。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/customer_lookup.py" line="40"/>
        <source>%1 is not a service number, contract number or ID card number we know the form of.</source>
        <translation>%1 不是可识别的业务号码、合同号或身份证号。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/customer_lookup.py" line="43"/>
        <source>%1 is not a broadband account (the form is xx12345678@adsl).</source>
        <translation>%1 不是宽带账号（格式为 xx12345678@adsl）。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/customer_lookup.py" line="46"/>
        <source>%1 is not a contract number (HT followed by 8 to 12 digits).</source>
        <translation>%1 不是合同号（HT 加 8 至 12 位数字）。</translation>
    </message>
</context>
<context>
    <name>CustomerModel</name>
    <message>
        <location filename="../../agentdesk/views/customer/customer_model.py" line="38"/>
        <source>Account</source>
        <translation>账号</translation>
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
        <translation>在线数 / 上限</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_model.py" line="49"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_model.py" line="52"/>
        <source>Last login</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_model.py" line="60"/>
        <source>Offer to the customer</source>
        <translation>推荐产品</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_model.py" line="63"/>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_model.py" line="69"/>
        <source>Why</source>
        <translation>推荐理由</translation>
    </message>
</context>
<context>
    <name>CustomerSearchBox</name>
    <message>
        <location filename="../../agentdesk/views/widgets/search_box.py" line="16"/>
        <source>Service number, contract number, ID card or name — Enter to search</source>
        <translation>业务号码、合同号、身份证号或姓名——按回车查询</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/widgets/search_box.py" line="17"/>
        <source>Customer search</source>
        <translation>客户查询</translation>
    </message>
</context>
<context>
    <name>CustomerView</name>
    <message>
        <location filename="../../agentdesk/services/customer_view/billing_tabs.py" line="266"/>
        <source>The period ends before it starts.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/customer_view/billing_tabs.py" line="271"/>
        <source>Call records cover at most %1 days per query.</source>
        <translation>清单每次最多查询 %1 天。</translation>
    </message>
</context>
<context>
    <name>CustomerWording</name>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="19"/>
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="20"/>
        <source>suspended (arrears)</source>
        <translation>停机（欠费）</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="21"/>
        <source>suspended (on request)</source>
        <translation>停机（申请停机）</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="22"/>
        <source>terminated</source>
        <translation>已拆机</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="23"/>
        <source>barred (arrears)</source>
        <translation>停机（欠费）</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="24"/>
        <source>barred (on request)</source>
        <translation>停机（申请停机）</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="25"/>
        <source>barred (other reason)</source>
        <translation>停机（其他原因）</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="26"/>
        <source>suspended</source>
        <translation>停机</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="27"/>
        <source>no record</source>
        <translation>无记录</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="28"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="29"/>
        <source>unsubscribed</source>
        <translation>已退订</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="30"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="31"/>
        <source>not activated</source>
        <translation>未开通</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="32"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="33"/>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="34"/>
        <source>enabled</source>
        <translation>已开通</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="35"/>
        <source>completed</source>
        <translation>已竣工</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="36"/>
        <source>in progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="37"/>
        <source>held</source>
        <translation>挂起</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="38"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="39"/>
        <source>current</source>
        <translation>当前环节</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="40"/>
        <source>stuck</source>
        <translation>卡单</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="41"/>
        <source>pending</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="42"/>
        <source>up</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="43"/>
        <source>down</source>
        <translation>中断</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="44"/>
        <source>fault</source>
        <translation>故障</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="45"/>
        <source>good</source>
        <translation>良好</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="46"/>
        <source>poor</source>
        <translation>较差</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="47"/>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="48"/>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="49"/>
        <source>reset, not yet used</source>
        <translation>已重置，未使用</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="50"/>
        <source>success</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="51"/>
        <source>failure</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="52"/>
        <source>settled</source>
        <translation>已结清</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="53"/>
        <source>unpaid</source>
        <translation>未缴</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="54"/>
        <source>partly paid</source>
        <translation>部分缴费</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="55"/>
        <source>paid</source>
        <translation>已缴</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="56"/>
        <source>waived</source>
        <translation>已减免</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="60"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="61"/>
        <source>Fixed line</source>
        <translation>固话</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="62"/>
        <source>Broadband</source>
        <translation>宽带</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="66"/>
        <source>normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="67"/>
        <source>silver</source>
        <translation>银卡</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="68"/>
        <source>gold</source>
        <translation>金卡</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="69"/>
        <source>platinum</source>
        <translation>白金卡</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="70"/>
        <source>diamond</source>
        <translation>钻石卡</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="74"/>
        <source>Guangzhou</source>
        <translation>广州</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="75"/>
        <source>Shenzhen</source>
        <translation>深圳</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="76"/>
        <source>Foshan</source>
        <translation>佛山</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="77"/>
        <source>Dongguan</source>
        <translation>东莞</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="78"/>
        <source>Zhuhai</source>
        <translation>珠海</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="79"/>
        <source>Shantou</source>
        <translation>汕头</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="80"/>
        <source>Huizhou</source>
        <translation>惠州</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="81"/>
        <source>Jiangmen</source>
        <translation>江门</translation>
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
        <translation>月租费</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="92"/>
        <source>local calls</source>
        <translation>本地通话</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="93"/>
        <location filename="../../agentdesk/views/customer/wording.py" line="111"/>
        <source>long distance</source>
        <translation>长途</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="94"/>
        <location filename="../../agentdesk/views/customer/wording.py" line="112"/>
        <source>roaming</source>
        <translation>漫游</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="95"/>
        <location filename="../../agentdesk/views/customer/wording.py" line="113"/>
        <source>data</source>
        <translation>上网流量</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="96"/>
        <location filename="../../agentdesk/views/customer/wording.py" line="114"/>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="97"/>
        <source>value-added services</source>
        <translation>增值业务</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="98"/>
        <source>add-on products</source>
        <translation>附属产品</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="99"/>
        <location filename="../../agentdesk/views/customer/wording.py" line="123"/>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="103"/>
        <source>recurring</source>
        <translation>固定费</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="104"/>
        <source>usage</source>
        <translation>使用费</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="105"/>
        <source>one-time</source>
        <translation>一次性费用</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="106"/>
        <source>discount</source>
        <translation>优惠</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="110"/>
        <source>local</source>
        <translation>本地</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="115"/>
        <source>value-added</source>
        <translation>增值业务</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="119"/>
        <source>arrears</source>
        <translation>欠费</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="120"/>
        <source>credit limit exceeded</source>
        <translation>超出信用额度</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="121"/>
        <source>payment received</source>
        <translation>缴费</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="122"/>
        <source>customer&apos;s request</source>
        <translation>客户申请</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="124"/>
        <source>suspension</source>
        <translation>停机</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="125"/>
        <source>resumption</source>
        <translation>复机</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="126"/>
        <source>income</source>
        <translation>收入</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="127"/>
        <source>expense</source>
        <translation>支出</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="128"/>
        <source>cash</source>
        <translation>现金账本</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="129"/>
        <source>gift</source>
        <translation>赠款账本</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="130"/>
        <source>deposit</source>
        <translation>预存款账本</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="131"/>
        <source>special purpose</source>
        <translation>专款账本</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="132"/>
        <source>prepaid</source>
        <translation>预付费</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="133"/>
        <source>bank transfer</source>
        <translation>银行托收</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="134"/>
        <source>base product</source>
        <translation>基础销售品</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="135"/>
        <source>bundle</source>
        <translation>捆绑销售品</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="136"/>
        <source>percent off</source>
        <translation>折扣</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="137"/>
        <source>amount off</source>
        <translation>减免金额</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="138"/>
        <source>free minutes</source>
        <translation>赠送分钟数</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="139"/>
        <source>free data</source>
        <translation>赠送流量</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="146"/>
        <source>%1: billing has it %3 although CRM says %2 — calls are cut off wrongly. Sync billing from CRM.</source>
        <translation>%1：CRM为“%2”，计费却为“%3”——属于误停机。请按CRM同步计费。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="150"/>
        <source>%1: CRM says %2 but billing has it %3 — billing should follow CRM. Sync billing from CRM.</source>
        <translation>%1：CRM为“%2”，计费却为“%3”——计费应以CRM为准。请按CRM同步计费。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="153"/>
        <source>%1: CRM says %2, billing says %3 — different reasons. Sync billing from CRM.</source>
        <translation>%1：CRM为“%2”，计费为“%3”——停机原因不一致。请按CRM同步计费。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="156"/>
        <source>%1: CRM says %2, billing says %3. Sync billing from CRM.</source>
        <translation>%1：CRM为“%2”，计费为“%3”。请按CRM同步计费。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="159"/>
        <source>%1: billing has no record of this number.</source>
        <translation>%1：计费系统中没有该号码。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="164"/>
        <source>%1: CRM and billing say %2, but the network still has it %3 — the customer paid and is still cut off. Restore the network state.</source>
        <translation>%1：CRM和计费均为“%2”，网元仍为“%3”——缴费后仍未复机。请恢复网元状态。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="168"/>
        <source>%1: CRM says %2, but the network has it %3 — an abnormal suspension. Restore the network state.</source>
        <translation>%1：CRM为“%2”，网元却为“%3”——属于非正常停机。请恢复网元状态。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="172"/>
        <source>%1: CRM says %2, but the network still lets it work (%3). Sync the network from CRM.</source>
        <translation>%1：CRM为“%2”，网元仍可使用（%3）。请按CRM同步网元。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="175"/>
        <source>%1: CRM says %2, the network %3 — different reasons. Sync the network from CRM.</source>
        <translation>%1：CRM为“%2”，网元为“%3”——停机原因不一致。请按CRM同步网元。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="178"/>
        <source>%1: the network has no record although CRM says %2. Sync the network from CRM.</source>
        <translation>%1：CRM为“%2”，网元中却没有记录。请按CRM同步网元。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="182"/>
        <source>%1 is suspended for arrears and owes %3: a normal suspension. It resumes when the customer pays.</source>
        <translation>%1 因欠费停机，欠费 %3：属于正常停机，客户缴费后自动复机。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="185"/>
        <source>%1 is suspended at the customer&apos;s request: a normal suspension.</source>
        <translation>%1 为客户申请停机：属于正常停机。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="189"/>
        <source>%1 is suspended for arrears but nothing is owed: resume it (sync the network from CRM).</source>
        <translation>%1 为欠费停机但已无欠费：请复机（按CRM同步网元）。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="193"/>
        <source>%1 is active in CRM but %3 in the network: not usable yet. Activate it in the network.</source>
        <translation>%1 在CRM中已开通，网元中为“%3”：暂不可用。请在网元开通。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="196"/>
        <source>%1 is %2 in CRM but still active in the network. Sync the network from CRM.</source>
        <translation>%1 在CRM中为“%2”，网元中仍为开通。请按CRM同步网元。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="200"/>
        <source>VPN group %2 is sold in CRM but missing in the network: short numbers fail. Sync the VPN.</source>
        <translation>CRM中已办理VPN群组 %2，网元中却没有：短号无法使用。请同步VPN。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="203"/>
        <source>VPN short number differs: CRM %2, network %3. Sync the VPN.</source>
        <translation>VPN短号不一致：CRM为 %2，网元为 %3。请同步VPN。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="206"/>
        <source>VPN group differs: CRM %2, network %3. Sync the VPN.</source>
        <translation>VPN群组不一致：CRM为 %2，网元为 %3。请同步VPN。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="209"/>
        <source>The network has VPN membership %3 that CRM does not. Sync the VPN.</source>
        <translation>网元中有VPN成员 %3，CRM中却没有。请同步VPN。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="212"/>
        <source>%1 is sold in CRM but AAA has no account: logins fail. Sync AAA from CRM.</source>
        <translation>CRM中已开通%1，AAA中却没有账号：无法登录。请按CRM同步AAA。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="215"/>
        <source>%1 is sold in CRM but the AAA account is %3: logins fail. Sync AAA from CRM.</source>
        <translation>CRM中已开通%1，AAA账号却为“%3”：无法登录。请按CRM同步AAA。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="218"/>
        <source>%1: AAA has profile %3 instead of %2. Sync AAA from CRM.</source>
        <translation>%1：AAA的属性为 %3，应为 %2。请按CRM同步AAA。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="221"/>
        <source>%1: the AAA password is not the one CRM provisioned. Sync AAA from CRM.</source>
        <translation>%1：AAA密码与CRM开通时的不一致。请按CRM同步AAA。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="224"/>
        <source>%1 is active in AAA although CRM has not sold it. Sync AAA from CRM.</source>
        <translation>%1 在AAA中已开通，但CRM中并未办理。请按CRM同步AAA。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="228"/>
        <source>%1 data is %3 in the HLR although CRM sold it: data fails. Sync the network from CRM.</source>
        <translation>CRM中已开通%1上网，HLR中却为“%3”：无法上网。请按CRM同步网元。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="232"/>
        <source>%1 was unsubscribed in CRM but is still active in ISMP, so it is still billed. Sync ISMP from CRM.</source>
        <translation>%1 在CRM中已退订，ISMP中仍为订购状态，因此仍在计费。请按CRM同步ISMP。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="236"/>
        <source>%1 is active in ISMP but CRM has no record of it. Sync ISMP from CRM or unsubscribe it.</source>
        <translation>%1 在ISMP中为订购状态，CRM中却没有记录。请按CRM同步ISMP或为其退订。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="239"/>
        <source>%1 is active in CRM but %3 in ISMP: not delivered. Sync ISMP from CRM.</source>
        <translation>%1 在CRM中为订购状态，ISMP中为“%3”：业务未生效。请按CRM同步ISMP。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="242"/>
        <source>%1: CRM says %2 but BIMS has the account %3: logins are refused.</source>
        <translation>%1：CRM为“%2”，BIMS中账号却为“%3”：登录被拒绝。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="245"/>
        <source>%1: CRM says %2 but BIMS still has the account active.</source>
        <translation>%1：CRM为“%2”，BIMS中账号仍为正常。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="249"/>
        <source>Actual rate %3 kbit/s is far below the configured %2 kbit/s (%1): a line or port problem.</source>
        <translation>实际速率 %3 kbit/s 远低于配置速率 %2 kbit/s（%1）：线路或端口问题。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="252"/>
        <source>The modem dials with MAC %3 but %2 is bound: a new router. Unbind the MAC.</source>
        <translation>猫以MAC %3 拨号，绑定的却是 %2：客户更换了路由器。请解绑MAC。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="256"/>
        <source>%3 of %2 online sessions are in use: new logins are refused. Clear the online sessions.</source>
        <translation>在线数 %3（上限 %2）已满：新登录被拒绝。请清除在线记录。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="257"/>
        <source>The access port is %3. Restart the port.</source>
        <translation>接入端口状态为“%3”。请重启端口。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="261"/>
        <source>The line quality is %3: a port restart does not help. Run a line test and dispatch a fault.</source>
        <translation>线路质量“%3”：端口重启无效。请做线路检测并派故障单。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="264"/>
        <source>The broadband password is %3. Reset it if logins fail.</source>
        <translation>宽带密码状态为“%3”。如登录失败请重置密码。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="267"/>
        <source>The last login failed with code %3: see the login records below.</source>
        <translation>最近一次登录失败，错误码 %3：见下方登录记录。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="271"/>
        <source>Order %1 is held at step “%3” with %4: explain to the customer and dispatch to that unit.</source>
        <translation>订单 %1 卡在“%3”环节（%4）：请向客户解释并派单至该单位。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="275"/>
        <source>Sync billing from CRM</source>
        <translation>按CRM同步计费</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="276"/>
        <source>Sync the network from CRM</source>
        <translation>按CRM同步网元</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="277"/>
        <source>Restore the network state</source>
        <translation>恢复网元状态</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="278"/>
        <source>Activate in the network</source>
        <translation>在网元开通</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="279"/>
        <source>Sync the VPN</source>
        <translation>同步VPN</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="280"/>
        <source>Sync AAA from CRM</source>
        <translation>按CRM同步AAA</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="281"/>
        <source>Sync ISMP from CRM</source>
        <translation>按CRM同步ISMP</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="282"/>
        <source>Unsubscribe</source>
        <translation>退订</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="283"/>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="284"/>
        <source>Clear online sessions</source>
        <translation>清除在线记录</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="285"/>
        <source>Unbind MAC</source>
        <translation>解绑MAC</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="286"/>
        <source>Restart port</source>
        <translation>端口重启</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="287"/>
        <source>The customer pays the arrears</source>
        <translation>客户缴清欠费</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="288"/>
        <source>Dispatch a line fault</source>
        <translation>派线路故障单</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="289"/>
        <source>Dispatch to the owning unit</source>
        <translation>派单至责任单位</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="361"/>
        <source>downstream</source>
        <translation>下行</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/wording.py" line="363"/>
        <source>upstream</source>
        <translation>上行</translation>
    </message>
</context>
<context>
    <name>CustomerWorkspace</name>
    <message>
        <location filename="../../agentdesk/views/customer/customer_workspace.py" line="96"/>
        <source>Number in view</source>
        <translation>当前号码</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_workspace.py" line="100"/>
        <source>Go to</source>
        <translation>转到</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_workspace.py" line="126"/>
        <source>Number:</source>
        <translation>号码：</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_workspace.py" line="151"/>
        <source>Next section</source>
        <translation>下一页签</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_workspace.py" line="152"/>
        <source>Previous section</source>
        <translation>上一页签</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_workspace.py" line="154"/>
        <source>Refresh this section</source>
        <translation>刷新本页签</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_workspace.py" line="158"/>
        <source>Refresh the customer</source>
        <translation>刷新客户</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_workspace.py" line="193"/>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_workspace.py" line="280"/>
        <source>The customer could not be loaded.</source>
        <translation>无法加载该客户。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_workspace.py" line="294"/>
        <source>Level: %1 · Credit class: %2 · %3</source>
        <translation>级别：%1 · 信用等级：%2 · %3</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_workspace.py" line="338"/>
        <location filename="../../agentdesk/views/customer/customer_workspace.py" line="354"/>
        <source>This section could not be shown (%1).</source>
        <translation>本页签无法显示（%1）。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_workspace.py" line="479"/>
        <source>%1: cancelled, nothing was changed.</source>
        <translation>%1：已取消，未做任何修改。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_workspace.py" line="485"/>
        <source>%1 for %2…</source>
        <translation>正在为 %2 %1…</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_workspace.py" line="501"/>
        <source>%1 failed</source>
        <translation>%1失败</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_workspace.py" line="504"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_workspace.py" line="505"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_workspace.py" line="514"/>
        <source>Warning: the audit trail could not record it (%1).</source>
        <translation>警告：审计记录写入失败（%1）。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/customer_workspace.py" line="546"/>
        <source>The value stays hidden: the audit trail could not record the reveal.</source>
        <translation>无法记录查看操作，信息保持隐藏。</translation>
    </message>
</context>
<context>
    <name>DashboardCounts</name>
    <message numerus="yes">
        <location filename="../../agentdesk/views/dashboard/labels.py" line="250"/>
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>投诉 %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardLabels</name>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="33"/>
        <source>Pretreatment rate</source>
        <translation>预处理率</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="34"/>
        <source>Front-line resolution rate</source>
        <translation>一次性办结率</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="35"/>
        <source>Pretreatment runs resolved</source>
        <translation>预处理解决数</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="36"/>
        <source>Tickets dispatched</source>
        <translation>派单数</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="37"/>
        <source>Overdue tickets</source>
        <translation>超时单</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="38"/>
        <source>Escalated tickets</source>
        <translation>越级投诉</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="39"/>
        <source>Stuck tickets</source>
        <translation>滞留单</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="40"/>
        <source>Average handling time</source>
        <translation>平均处理时长</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="41"/>
        <source>Complaints per 10,000 subscribers</source>
        <translation>每万用户投诉量</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="42"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="47"/>
        <source>Complaint and fault tickets that went through a pretreatment flow first.</source>
        <translation>先经过故障预处理流程的投诉单和故障单。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="50"/>
        <source>Tickets closed by the agent without handing them to the back office.</source>
        <translation>坐席前台办结、未转后端的工单。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="53"/>
        <source>Pretreatment runs that solved the problem while the customer was on the line.</source>
        <translation>在客户通话期间解决问题的预处理次数。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="54"/>
        <source>Tickets handed to the back office (target per day).</source>
        <translation>派往后端的工单（按日目标）。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="55"/>
        <source>Open tickets past their due time, as of now.</source>
        <translation>截至目前已超过时限仍未办结的工单。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="58"/>
        <source>Tickets the customer escalated over the hotline&apos;s head (target per day).</source>
        <translation>客户越级投诉的工单（按日目标）。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="59"/>
        <source>Open tickets without a status change for 48 hours.</source>
        <translation>48 小时内状态无变化的未办结工单。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="62"/>
        <source>From creation to resolution, over the dispatched tickets that are resolved.</source>
        <translation>已派单并已解决的工单从受理到解决的时长。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="65"/>
        <source>Complaint tickets per 10,000 subscribers in service (target per day).</source>
        <translation>每万在网用户的投诉单数（按日目标）。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="68"/>
        <source>Mean score (1 to 5) of the callback surveys, where the back end has one.</source>
        <translation>回访满意度调查的平均分（1 至 5 分），如后端系统提供。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="71"/>
        <source>On target</source>
        <translation>达标</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="72"/>
        <source>Watch</source>
        <translation>关注</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="73"/>
        <source>Off target</source>
        <translation>未达标</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="74"/>
        <source>No data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="79"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="80"/>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="81"/>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="82"/>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="83"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="84"/>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="85"/>
        <source>Chosen days</source>
        <translation>自选日期</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="88"/>
        <source>All tickets</source>
        <translation>全部工单</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="89"/>
        <source>Consultations</source>
        <translation>咨询</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="90"/>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="91"/>
        <source>Faults</source>
        <translation>故障</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="92"/>
        <source>Pretreated</source>
        <translation>已预处理</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="93"/>
        <source>Closed at the front line</source>
        <translation>前台办结</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="94"/>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="108"/>
        <source>Dispatched</source>
        <translation>已派单</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="95"/>
        <source>Overdue</source>
        <translation>超时</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="96"/>
        <source>Escalated</source>
        <translation>越级</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="97"/>
        <source>Stuck</source>
        <translation>滞留</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="106"/>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="107"/>
        <source>Customer to act</source>
        <translation>待客户处理</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="109"/>
        <source>All runs</source>
        <translation>全部预处理</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="112"/>
        <source>Billing dispute</source>
        <translation>账单争议</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="113"/>
        <source>Barred after payment</source>
        <translation>缴费后仍停机</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="114"/>
        <source>Broadband login</source>
        <translation>宽带登录</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="115"/>
        <source>Wireless data</source>
        <translation>无线上网</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="116"/>
        <source>Value-added service dispute</source>
        <translation>增值业务争议</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="117"/>
        <source>Add-on not working</source>
        <translation>附属产品不可用</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="118"/>
        <source>Group VPN</source>
        <translation>集团VPN</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="119"/>
        <source>Order not completed</source>
        <translation>订单未竣工</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="122"/>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="123"/>
        <source>Running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="124"/>
        <source>Past promised end</source>
        <translation>已超过承诺恢复时间</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="125"/>
        <source>Met</source>
        <translation>已达标</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="126"/>
        <source>Breached</source>
        <translation>已超时</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="127"/>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="138"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="131"/>
        <source>Incident</source>
        <translation>突发故障</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="132"/>
        <source>Planned cutover</source>
        <translation>计划割接</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="135"/>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="136"/>
        <source>Active</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="137"/>
        <source>Restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="202"/>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="210"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="232"/>
        <source>%1 / 5</source>
        <translation>%1 / 5</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="246"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="252"/>
        <source>%1 rated</source>
        <translation>%1 份评价</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/labels.py" line="269"/>
        <source>%1 %2 (watch %1 %3)</source>
        <translation>%1 %2（关注 %1 %3）</translation>
    </message>
</context>
<context>
    <name>DashboardOpener</name>
    <message>
        <location filename="../../agentdesk/views/dashboard/opener.py" line="25"/>
        <source>Team &amp;dashboard</source>
        <translation>班组看板(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/opener.py" line="29"/>
        <source>Indicators, trends and targets of the team (team leads)</source>
        <translation>班组的指标、趋势和目标（班长使用）</translation>
    </message>
</context>
<context>
    <name>DashboardSummaryPanel</name>
    <message>
        <location filename="../../agentdesk/views/dashboard/summary_panel.py" line="56"/>
        <source>Not loaded yet</source>
        <translation>尚未加载</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/summary_panel.py" line="59"/>
        <source>Open dashboard</source>
        <translation>打开看板</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/summary_panel.py" line="62"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/summary_panel.py" line="94"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/summary_panel.py" line="100"/>
        <source>The dashboard is for team leads.</source>
        <translation>看板仅供班长使用。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/summary_panel.py" line="109"/>
        <source>Data taken at %1</source>
        <translation>数据时间 %1</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../agentdesk/views/dashboard/dashboard_view.py" line="90"/>
        <source>My team (%1)</source>
        <translation>我的班组（%1）</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/dashboard_view.py" line="91"/>
        <source>All teams</source>
        <translation>全部班组</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/dashboard_view.py" line="94"/>
        <source>All agents</source>
        <translation>全部坐席</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/dashboard_view.py" line="95"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/dashboard_view.py" line="97"/>
        <source>Fetch the figures again (F5)</source>
        <translation>重新获取数据（F5）</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/dashboard_view.py" line="98"/>
        <source>Targets…</source>
        <translation>目标…</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/dashboard_view.py" line="100"/>
        <source>Export indicators as CSV…</source>
        <translation>导出指标为 CSV…</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/dashboard_view.py" line="106"/>
        <source>Not loaded yet</source>
        <translation>尚未加载</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/dashboard_view.py" line="113"/>
        <source>Period:</source>
        <translation>时段：</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/dashboard_view.py" line="260"/>
        <source>This period cannot be shown: %1</source>
        <translation>无法显示该时段：%1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/dashboard_view.py" line="262"/>
        <source>The dashboard is for team leads.</source>
        <translation>看板仅供班长使用。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/dashboard_view.py" line="281"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/dashboard_view.py" line="282"/>
        <source>No data yet</source>
        <translation>暂无数据</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/dashboard_view.py" line="283"/>
        <source>Data taken at %1</source>
        <translation>数据时间 %1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/dashboard_view.py" line="284"/>
        <source>refreshing…</source>
        <translation>正在刷新…</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/dashboard_view.py" line="345"/>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/dashboard_view.py" line="346"/>
        <source>Complaints by category</source>
        <translation>各类别投诉量</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/dashboard_view.py" line="347"/>
        <source>By agent</source>
        <translation>按坐席</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/dashboard_view.py" line="348"/>
        <source>Pretreatment runs</source>
        <translation>预处理记录</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/dashboard_view.py" line="354"/>
        <source>Service events</source>
        <translation>服务事件</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/dashboard_view.py" line="431"/>
        <source>Export table as CSV</source>
        <translation>导出表格为 CSV</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/dashboard_view.py" line="431"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agentdesk/views/dashboard/dashboard_view.py" line="441"/>
        <source>%n row(s) saved to %1</source>
        <translation>
            <numerusform>已保存 %n 行到 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/dashboard_view.py" line="450"/>
        <source>The chart could not be saved: %1</source>
        <translation>无法保存图表：%1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/dashboard_view.py" line="452"/>
        <source>Chart saved to %1</source>
        <translation>图表已保存到 %1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/dashboard_view.py" line="456"/>
        <source>Export chart as PNG</source>
        <translation>导出图表为 PNG</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/dashboard_view.py" line="456"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <location filename="../../agentdesk/views/dashboard/dashboard_window.py" line="17"/>
        <source>Team dashboard — service process monitoring</source>
        <translation>班组看板——服务过程监控</translation>
    </message>
</context>
<context>
    <name>DayCell</name>
    <message>
        <location filename="../../agentdesk/toolbox/month_view.py" line="123"/>
        <source>Work</source>
        <translation>班</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/month_view.py" line="125"/>
        <location filename="../../agentdesk/toolbox/month_view.py" line="126"/>
        <source>Adjusted working day</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/month_view.py" line="128"/>
        <source>Off</source>
        <translation>休</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/month_view.py" line="130"/>
        <source>Public holiday</source>
        <translation>法定节假日</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agentdesk/toolbox/month_view.py" line="138"/>
        <source>+%n more</source>
        <translation>
            <numerusform>另有 %n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DayColumn</name>
    <message>
        <location filename="../../agentdesk/toolbox/agenda_view.py" line="76"/>
        <source>Work</source>
        <translation>班</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/agenda_view.py" line="78"/>
        <source>Off</source>
        <translation>休</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/agenda_view.py" line="94"/>
        <source>No events</source>
        <translation>无日程</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/agenda_view.py" line="112"/>
        <source>Double-click to add an event at this hour</source>
        <translation>双击在此时段新建日程</translation>
    </message>
</context>
<context>
    <name>DrillDownPanel</name>
    <message>
        <location filename="../../agentdesk/views/dashboard/drilldown_panel.py" line="34"/>
        <source>Click a bar, a point or an indicator to list the tickets behind it.</source>
        <translation>点击柱形、数据点或指标，列出其背后的工单。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/drilldown_panel.py" line="40"/>
        <source>Export list as CSV…</source>
        <translation>导出列表为 CSV…</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/drilldown_panel.py" line="54"/>
        <source>Nothing selected yet.</source>
        <translation>尚未选择。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/drilldown_panel.py" line="88"/>
        <location filename="../../agentdesk/views/dashboard/drilldown_panel.py" line="112"/>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/drilldown_panel.py" line="89"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/drilldown_panel.py" line="90"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/drilldown_panel.py" line="91"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/drilldown_panel.py" line="92"/>
        <source>Created</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/drilldown_panel.py" line="93"/>
        <location filename="../../agentdesk/views/dashboard/drilldown_panel.py" line="108"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/drilldown_panel.py" line="94"/>
        <location filename="../../agentdesk/views/dashboard/drilldown_panel.py" line="109"/>
        <source>Service number</source>
        <translation>业务号码</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/drilldown_panel.py" line="95"/>
        <source>Handling time</source>
        <translation>处理时长</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/drilldown_panel.py" line="97"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/drilldown_panel.py" line="99"/>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/drilldown_panel.py" line="104"/>
        <source>Run</source>
        <translation>预处理</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/drilldown_panel.py" line="105"/>
        <source>Flow</source>
        <translation>流程</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/drilldown_panel.py" line="106"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/drilldown_panel.py" line="107"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/drilldown_panel.py" line="110"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/drilldown_panel.py" line="113"/>
        <source>Reported</source>
        <translation>已报送</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/drilldown_panel.py" line="113"/>
        <source>not yet (this desk)</source>
        <translation>尚未报送（本工作台）</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/drilldown_panel.py" line="113"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/drilldown_panel.py" line="121"/>
        <source>Listing…</source>
        <translation>正在列出…</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/drilldown_panel.py" line="142"/>
        <source>%1 listed</source>
        <translation>已列出 %1 条</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/drilldown_panel.py" line="145"/>
        <source>(only the first ones)</source>
        <translation>（仅显示前若干条）</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/drilldown_panel.py" line="151"/>
        <source>No tickets or runs behind this number.</source>
        <translation>该数字背后没有工单或预处理记录。</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../../agentdesk/views/error_text.py" line="15"/>
        <source>The desk</source>
        <translation>工作台</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/error_text.py" line="18"/>
        <source>%1 is not available right now. Other systems keep working; try again shortly.</source>
        <translation>%1 暂时不可用。其他系统仍可正常使用，请稍后重试。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/error_text.py" line="21"/>
        <source>%1 failed repeatedly; the desk pauses calls to it for a moment. Try again shortly.</source>
        <translation>%1 多次失败，工作台暂停调用片刻。请稍后重试。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/error_text.py" line="24"/>
        <source>%1 did not answer in time. Try again; nothing was changed twice.</source>
        <translation>%1 未及时响应。请重试；不会重复变更。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/error_text.py" line="27"/>
        <source>%1 sent an answer the desk cannot read. The fault is reported; try again later.</source>
        <translation>%1 返回了工作台无法识别的应答。故障已上报，请稍后重试。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/error_text.py" line="28"/>
        <source>%1 refused the request: %2</source>
        <translation>%1 拒绝了请求：%2</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/error_text.py" line="29"/>
        <source>%1 has no record of this: %2</source>
        <translation>%1 中没有此记录：%2</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/error_text.py" line="30"/>
        <source>You are not allowed to do this in %1.</source>
        <translation>您无权在 %1 中执行此操作。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/error_text.py" line="33"/>
        <source>Your sign-in has expired. Sign in again; your open work is kept.</source>
        <translation>登录已过期。请重新登录；正在进行的工作会保留。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/error_text.py" line="36"/>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
</context>
<context>
    <name>EventBanner</name>
    <message>
        <location filename="../../agentdesk/views/events/banner.py" line="111"/>
        <source>Known outages could not be checked: %1</source>
        <translation>无法查询已知故障：%1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/banner.py" line="138"/>
        <source>%1: %2 — %3 out on %4</source>
        <translation>%1：%2——%4 的%3业务中断</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/banner.py" line="145"/>
        <source>Since %1, expected back %2.</source>
        <translation>自 %1 起，预计 %2 恢复。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/banner.py" line="149"/>
        <source>Overdue by %1.</source>
        <translation>已超时 %1。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/banner.py" line="152"/>
        <source>Tell the customer:</source>
        <translation>向客户解释：</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/banner.py" line="155"/>
        <source>Known event: no repair and no ticket are needed.</source>
        <translation>已知事件：无需修复，也无需派单。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/banner.py" line="159"/>
        <source>Count this call against the event</source>
        <translation>将本次来电计入该事件</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agentdesk/views/events/banner.py" line="160"/>
        <source>%n call(s) linked so far</source>
        <translation>
            <numerusform>目前已关联 %n 个来电</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/banner.py" line="168"/>
        <source>Upcoming %1: %2 — %3 on %4, from %5 to %6.</source>
        <translation>预告%1：%2——%4 的%3，时间 %5 至 %6。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/banner.py" line="185"/>
        <source>Known event: %1 out (see the banner above).</source>
        <translation>已知事件：%1业务中断（见上方横幅）。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/banner.py" line="211"/>
        <source>counted from the customer view</source>
        <translation>从客户视图计入</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/banner.py" line="234"/>
        <source>This call is counted against %1 (%2 calls from %3 numbers so far).</source>
        <translation>本次来电已计入 %1（目前共 %2 个来电，来自 %3 个号码）。</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../agentdesk/toolbox/event_dialog.py" line="64"/>
        <source>Edit event</source>
        <translation>编辑日程</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/event_dialog.py" line="64"/>
        <source>New event</source>
        <translation>新建日程</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/event_dialog.py" line="69"/>
        <source>e.g. Call back about the broadband fault</source>
        <translation>例如：回访宽带故障</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/event_dialog.py" line="78"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/event_dialog.py" line="81"/>
        <source>Does not repeat</source>
        <translation>不重复</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/event_dialog.py" line="82"/>
        <source>Every day</source>
        <translation>每天</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/event_dialog.py" line="83"/>
        <source>Every working day</source>
        <translation>每个工作日</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/event_dialog.py" line="84"/>
        <source>Every week</source>
        <translation>每周</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/event_dialog.py" line="85"/>
        <source>Every month</source>
        <translation>每月</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/event_dialog.py" line="88"/>
        <source>Ends on</source>
        <translation>结束于</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/event_dialog.py" line="96"/>
        <source>Service number</source>
        <translation>业务号码</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/event_dialog.py" line="99"/>
        <source>Customer name</source>
        <translation>客户姓名</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/event_dialog.py" line="101"/>
        <source>Current customer</source>
        <translation>当前客户</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/event_dialog.py" line="105"/>
        <source>Ticket number</source>
        <translation>工单号</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/event_dialog.py" line="114"/>
        <source>Only this occurrence</source>
        <translation>仅此一次</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/event_dialog.py" line="115"/>
        <source>All occurrences</source>
        <translation>全部重复日程</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/event_dialog.py" line="127"/>
        <source>for</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/event_dialog.py" line="139"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/event_dialog.py" line="140"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/event_dialog.py" line="141"/>
        <source>Repeat</source>
        <translation>重复</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/event_dialog.py" line="142"/>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/event_dialog.py" line="143"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/event_dialog.py" line="144"/>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/event_dialog.py" line="145"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/event_dialog.py" line="150"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/event_dialog.py" line="151"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/event_dialog.py" line="153"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/event_dialog.py" line="264"/>
        <source>No reminder</source>
        <translation>不提醒</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/event_dialog.py" line="266"/>
        <source>At the start</source>
        <translation>开始时</translation>
    </message>
</context>
<context>
    <name>EventWording</name>
    <message>
        <location filename="../../agentdesk/views/events/wording.py" line="19"/>
        <source>Major incident</source>
        <translation>重大故障</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/wording.py" line="20"/>
        <source>Planned cutover</source>
        <translation>计划割接</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/wording.py" line="23"/>
        <source>Active</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/wording.py" line="24"/>
        <source>Upcoming</source>
        <translation>即将开始</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/wording.py" line="25"/>
        <source>Resolved</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/wording.py" line="26"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/wording.py" line="29"/>
        <source>Critical</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/wording.py" line="30"/>
        <source>Major</source>
        <translation>重要</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/wording.py" line="31"/>
        <source>Minor</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/wording.py" line="34"/>
        <source>Broadband</source>
        <translation>宽带</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/wording.py" line="35"/>
        <source>IPTV</source>
        <translation>IPTV</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/wording.py" line="36"/>
        <source>Fixed voice</source>
        <translation>固话语音</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/wording.py" line="37"/>
        <source>Mobile voice</source>
        <translation>移动语音</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/wording.py" line="38"/>
        <source>Mobile data</source>
        <translation>移动上网</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/wording.py" line="39"/>
        <source>Value-added services</source>
        <translation>增值业务</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/wording.py" line="42"/>
        <source>not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/wording.py" line="43"/>
        <source>on time</source>
        <translation>按时</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/wording.py" line="44"/>
        <source>overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/wording.py" line="45"/>
        <source>restored on time</source>
        <translation>按时恢复</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/wording.py" line="46"/>
        <source>restored late</source>
        <translation>延迟恢复</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/wording.py" line="47"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/wording.py" line="76"/>
        <location filename="../../agentdesk/views/events/wording.py" line="87"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/wording.py" line="87"/>
        <source>Whole province</source>
        <translation>全省</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/wording.py" line="98"/>
        <source>today %1</source>
        <translation>今天 %1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/wording.py" line="100"/>
        <source>tomorrow %1</source>
        <translation>明天 %1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/wording.py" line="102"/>
        <source>yesterday %1</source>
        <translation>昨天 %1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/wording.py" line="114"/>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/wording.py" line="117"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
</context>
<context>
    <name>EventsModel</name>
    <message>
        <location filename="../../agentdesk/views/events/events_model.py" line="18"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/events_model.py" line="25"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/events_model.py" line="19"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/events_model.py" line="20"/>
        <source>Services</source>
        <translation>业务</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/events_model.py" line="26"/>
        <source>Area</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/events_model.py" line="21"/>
        <source>Since / starts</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/events_model.py" line="22"/>
        <source>Expected end</source>
        <translation>预计结束</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/events_model.py" line="23"/>
        <source>Calls</source>
        <translation>来电</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/events_model.py" line="24"/>
        <source>Subscribers</source>
        <translation>用户数</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/events_model.py" line="41"/>
        <source>%1 calls from %2 numbers linked to this event</source>
        <translation>%2 个号码共 %1 个来电已关联到该事件</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <location filename="../../agentdesk/views/dashboard/events_page.py" line="30"/>
        <source>Calls linked to service events, per hour</source>
        <translation>每小时关联到服务事件的来电</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/events_page.py" line="30"/>
        <source>Calls</source>
        <translation>来电</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/events_page.py" line="32"/>
        <source>Time to restore against the promise</source>
        <translation>恢复时长与承诺对比</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/events_page.py" line="32"/>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/events_page.py" line="43"/>
        <source>Export chart as PNG…</source>
        <translation>导出图表为 PNG…</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/events_page.py" line="46"/>
        <source>Export table as CSV…</source>
        <translation>导出表格为 CSV…</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/events_page.py" line="77"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/events_page.py" line="78"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/events_page.py" line="79"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/events_page.py" line="80"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/events_page.py" line="81"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/events_page.py" line="82"/>
        <location filename="../../agentdesk/views/dashboard/events_page.py" line="115"/>
        <source>Promised</source>
        <translation>承诺恢复</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/events_page.py" line="84"/>
        <source>Restored after</source>
        <translation>恢复用时</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/events_page.py" line="86"/>
        <source>Over the promise</source>
        <translation>超出承诺</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/events_page.py" line="88"/>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/events_page.py" line="90"/>
        <source>Calls in period</source>
        <translation>本时段来电</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/events_page.py" line="92"/>
        <source>Calls in all</source>
        <translation>累计来电</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/events_page.py" line="101"/>
        <source>No service-event figures.</source>
        <translation>没有服务事件数据。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/events_page.py" line="117"/>
        <source>Time to restore</source>
        <translation>恢复时长</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/events_page.py" line="127"/>
        <source>Events: %1 · calls linked: %2 · active: %3 · SLA met: %4 · breached: %5 · past promise: %6</source>
        <translation>事件：%1 · 关联来电：%2 · 进行中：%3 · SLA 达标：%4 · 超时：%5 · 已过承诺时间：%6</translation>
    </message>
</context>
<context>
    <name>EventsPanel</name>
    <message>
        <location filename="../../agentdesk/views/events/events_panel.py" line="52"/>
        <source>Service events</source>
        <translation>服务事件</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/events_panel.py" line="61"/>
        <source>Events of</source>
        <translation>事件范围</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/events_panel.py" line="64"/>
        <source>My region (%1)</source>
        <translation>本地区（%1）</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/events_panel.py" line="66"/>
        <source>My region</source>
        <translation>本地区</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/events_panel.py" line="69"/>
        <source>Whole province</source>
        <translation>全省</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/events_panel.py" line="71"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/events_panel.py" line="103"/>
        <source>Count a call of the customer in view</source>
        <translation>将当前客户的来电计入事件</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/events_panel.py" line="109"/>
        <source>Register the call against the chosen event instead of repairing or dispatching a ticket.</source>
        <translation>将本次来电计入所选事件，而不是修复或派单。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/events_panel.py" line="135"/>
        <source>No service-events system is configured for this desk.</source>
        <translation>本工作台未配置服务事件系统。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/events_panel.py" line="158"/>
        <source>Service &amp;events</source>
        <translation>服务事件(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/events_panel.py" line="211"/>
        <source>Not refreshed: %1</source>
        <translation>未刷新：%1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/events_panel.py" line="224"/>
        <source>No active or upcoming service events.</source>
        <translation>没有进行中或即将开始的服务事件。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/events_panel.py" line="227"/>
        <source>%1 active, %2 upcoming · updated %3</source>
        <translation>进行中 %1 个，即将开始 %2 个 · 更新于 %3</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/events_panel.py" line="256"/>
        <source>Services: %1 · Area: %2</source>
        <translation>业务：%1 · 地区：%2</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/events_panel.py" line="261"/>
        <source>From %1 to %2 (SLA: %3)</source>
        <translation>%1 至 %2（SLA：%3）</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/events_panel.py" line="268"/>
        <source>Where: %1</source>
        <translation>范围：%1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/events_panel.py" line="272"/>
        <source>%1 calls from %2 numbers linked; %3 subscribers touched</source>
        <translation>已关联 %2 个号码的 %1 个来电；影响用户 %3 个</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/events_panel.py" line="278"/>
        <source>Tell the customer:</source>
        <translation>向客户解释：</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/events_panel.py" line="282"/>
        <source>Internal note: %1</source>
        <translation>内部备注：%1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/events_panel.py" line="301"/>
        <source>Checking whether %1 is inside this event…</source>
        <translation>正在检查 %1 是否在该事件范围内…</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/events_panel.py" line="314"/>
        <source>%1 is not inside %2: no call was counted.</source>
        <translation>%1 不在“%2”范围内：未计入来电。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/events/events_panel.py" line="326"/>
        <source>counted from the service-events panel</source>
        <translation>从服务事件面板计入</translation>
    </message>
</context>
<context>
    <name>FailurePage</name>
    <message>
        <location filename="../../agentdesk/wizards/pages/failure_page.py" line="24"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../agentdesk/wizards/pages/failure_page.py" line="43"/>
        <source>Finish without the ticket</source>
        <translation>不派单结束</translation>
    </message>
    <message>
        <location filename="../../agentdesk/wizards/pages/failure_page.py" line="45"/>
        <source>Continue without it</source>
        <translation>跳过此步继续</translation>
    </message>
    <message>
        <location filename="../../agentdesk/wizards/pages/failure_page.py" line="47"/>
        <source>Stop the flow</source>
        <translation>终止流程</translation>
    </message>
</context>
<context>
    <name>FlowPage</name>
    <message>
        <location filename="../../agentdesk/views/dashboard/chart_pages.py" line="233"/>
        <source>Pretreatment runs by flow</source>
        <translation>各流程预处理次数</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/chart_pages.py" line="233"/>
        <source>Runs</source>
        <translation>预处理次数</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/chart_pages.py" line="238"/>
        <source>Flow</source>
        <translation>流程</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/chart_pages.py" line="281"/>
        <source>Runs reported to the ticket system: %1.</source>
        <translation>已报送工单系统的预处理：%1 次。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agentdesk/views/dashboard/chart_pages.py" line="285"/>
        <source>Includes %n run(s) of this desk not reported yet.</source>
        <translation>
            <numerusform>含本工作台尚未报送的 %n 次。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlowWizard</name>
    <message>
        <location filename="../../agentdesk/wizards/runner.py" line="60"/>
        <source>Pretreatment</source>
        <translation>故障预处理</translation>
    </message>
    <message>
        <location filename="../../agentdesk/wizards/runner.py" line="91"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../agentdesk/wizards/runner.py" line="116"/>
        <source>Choose a flow and a number</source>
        <translation>请选择流程和号码</translation>
    </message>
    <message>
        <location filename="../../agentdesk/wizards/runner.py" line="159"/>
        <source>Looking up the subscriber</source>
        <translation>正在查询用户</translation>
    </message>
    <message>
        <location filename="../../agentdesk/wizards/wording.py" line="11"/>
        <source>Resolved at the front line</source>
        <translation>前台已办结</translation>
    </message>
    <message>
        <location filename="../../agentdesk/wizards/wording.py" line="12"/>
        <source>The customer needs to act</source>
        <translation>需客户办理</translation>
    </message>
    <message>
        <location filename="../../agentdesk/wizards/wording.py" line="13"/>
        <source>Handed to the back office</source>
        <translation>已转后台处理</translation>
    </message>
    <message>
        <location filename="../../agentdesk/wizards/wording.py" line="14"/>
        <source>Stopped: a system could not be reached</source>
        <translation>已中止：无法连接系统</translation>
    </message>
    <message>
        <location filename="../../agentdesk/wizards/wording.py" line="15"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>HolidayNames</name>
    <message>
        <location filename="../../agentdesk/toolbox/month_view.py" line="37"/>
        <source>New Year&apos;s Day</source>
        <translation>元旦</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/month_view.py" line="38"/>
        <source>Spring Festival</source>
        <translation>春节</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/month_view.py" line="39"/>
        <source>Tomb-sweeping Day</source>
        <translation>清明节</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/month_view.py" line="40"/>
        <source>Labour Day</source>
        <translation>劳动节</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/month_view.py" line="41"/>
        <source>Dragon Boat Festival</source>
        <translation>端午节</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/month_view.py" line="42"/>
        <source>National Day</source>
        <translation>国庆节</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/month_view.py" line="43"/>
        <source>Mid-autumn Festival</source>
        <translation>中秋节</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/month_view.py" line="44"/>
        <source>Anti-Fascist 70th Day</source>
        <translation>抗战胜利70周年纪念日</translation>
    </message>
</context>
<context>
    <name>IndicatorTableModel</name>
    <message>
        <location filename="../../agentdesk/views/dashboard/indicator_model.py" line="28"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/indicator_model.py" line="29"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/indicator_model.py" line="30"/>
        <source>Period</source>
        <translation>时段</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/indicator_model.py" line="31"/>
        <source>Target (period)</source>
        <translation>目标（时段）</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/indicator_model.py" line="32"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>KnowledgePanel</name>
    <message>
        <location filename="../../agentdesk/views/knowledge/knowledge_panel.py" line="90"/>
        <source>Search the knowledge base (Ctrl+Shift+K)</source>
        <translation>搜索知识库（Ctrl+Shift+K）</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/knowledge_panel.py" line="94"/>
        <source>Everywhere</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/knowledge_panel.py" line="95"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/knowledge_panel.py" line="96"/>
        <source>Keywords only</source>
        <translation>仅关键字</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/knowledge_panel.py" line="97"/>
        <location filename="../../agentdesk/views/knowledge/knowledge_panel.py" line="133"/>
        <source>Catalogue</source>
        <translation>知识目录</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/knowledge_panel.py" line="104"/>
        <source>Search the whole knowledge base again</source>
        <translation>重新在整个知识库中搜索</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/knowledge_panel.py" line="117"/>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/knowledge_panel.py" line="132"/>
        <source>Results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/knowledge_panel.py" line="134"/>
        <source>Favourites</source>
        <translation>收藏夹</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/knowledge_panel.py" line="135"/>
        <source>Recent</source>
        <translation>最近浏览</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/knowledge_panel.py" line="136"/>
        <location filename="../../agentdesk/views/knowledge/knowledge_panel.py" line="482"/>
        <source>Announcements</source>
        <translation>公告</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/knowledge_panel.py" line="241"/>
        <source>Search the &amp;knowledge base</source>
        <translation>搜索知识库(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/knowledge_panel.py" line="244"/>
        <source>Knowledge &amp;announcements</source>
        <translation>知识库公告(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/knowledge_panel.py" line="247"/>
        <source>S&amp;ync knowledge base now</source>
        <translation>立即同步知识库(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/knowledge_panel.py" line="255"/>
        <source>Urgent announcements</source>
        <translation>紧急公告</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/knowledge_panel.py" line="349"/>
        <source>%1 with the phrase, more with all its words</source>
        <translation>%1 篇含完整词句，另有含全部词语的文章</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/knowledge_panel.py" line="354"/>
        <source>No article found</source>
        <translation>未找到文章</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/knowledge_panel.py" line="357"/>
        <source>%1 with the phrase, %2 with all its words</source>
        <translation>%1 篇含完整词句，%2 篇含全部词语</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agentdesk/views/knowledge/knowledge_panel.py" line="360"/>
        <location filename="../../agentdesk/views/knowledge/knowledge_panel.py" line="368"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/knowledge_panel.py" line="383"/>
        <source>In: %1</source>
        <translation>范围：%1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/knowledge_panel.py" line="445"/>
        <source>Downloading the knowledge base for offline use…</source>
        <translation>正在下载知识库供离线使用…</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/knowledge_panel.py" line="449"/>
        <source>Downloading the knowledge base: %1 of %2 articles. You can search what is here already.</source>
        <translation>正在下载知识库：%1 / %2 篇。已下载的内容现在即可搜索。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/knowledge_panel.py" line="454"/>
        <source>Updating the knowledge base…</source>
        <translation>正在更新知识库…</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/knowledge_panel.py" line="459"/>
        <source>Knowledge base offline and not downloaded yet; it will be when it is reachable.</source>
        <translation>知识库无法连接，尚未下载；连接恢复后将自动下载。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/knowledge_panel.py" line="460"/>
        <source>Offline — searching the local copy (last synced %1).</source>
        <translation>离线——正在检索本地副本（上次同步 %1）。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/knowledge_panel.py" line="463"/>
        <source>Sync failed — searching the local copy (last synced %1).</source>
        <translation>同步失败——正在检索本地副本（上次同步 %1）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agentdesk/views/knowledge/knowledge_panel.py" line="467"/>
        <source>%n article(s) offline, not synced yet</source>
        <translation>
            <numerusform>离线可用 %n 篇，尚未同步</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agentdesk/views/knowledge/knowledge_panel.py" line="468"/>
        <source>%n article(s) offline · last synced %1</source>
        <translation>
            <numerusform>离线可用 %n 篇 · 上次同步 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/knowledge_panel.py" line="522"/>
        <source>Announcement published: %1</source>
        <translation>公告已发布：%1</translation>
    </message>
</context>
<context>
    <name>KnownEventBox</name>
    <message>
        <location filename="../../agentdesk/views/tickets/known_event_box.py" line="42"/>
        <source>C&amp;ount the call against the event</source>
        <translation>将来电计入该事件(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/known_event_box.py" line="46"/>
        <source>File as a co&amp;mplaint instead</source>
        <translation>改为受理投诉(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/known_event_box.py" line="73"/>
        <source>%1: %2 — %3 out on %4</source>
        <translation>%1：%2——%4 的%3业务中断</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/known_event_box.py" line="80"/>
        <source>Since %1, expected back %2.</source>
        <translation>自 %1 起，预计 %2 恢复。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/known_event_box.py" line="84"/>
        <source>Tell the customer:</source>
        <translation>向客户解释：</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/known_event_box.py" line="93"/>
        <source>No fault ticket is sent for a known event: the outage is already being repaired. Count the call against the event instead. If the customer insists, file a complaint; it carries the event.</source>
        <translation>已知事件不派故障单：该故障已在抢修。请将本次来电计入该事件。如客户坚持，可受理投诉，投诉单会附带该事件。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/known_event_box.py" line="96"/>
        <source>This complaint goes out carrying the event, so the back office sees it belongs to the outage.</source>
        <translation>该投诉单附带此事件发送，后端可据此知道它属于该故障。</translation>
    </message>
</context>
<context>
    <name>LoadStateStack</name>
    <message>
        <location filename="../../agentdesk/views/widgets/load_state.py" line="21"/>
        <location filename="../../agentdesk/views/widgets/load_state.py" line="70"/>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/widgets/load_state.py" line="41"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../agentdesk/views/login_dialog.py" line="23"/>
        <source>AgentDesk — sign in</source>
        <translation>AgentDesk——登录</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/login_dialog.py" line="31"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/login_dialog.py" line="35"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/login_dialog.py" line="36"/>
        <source>Remember my password on this computer</source>
        <translation>在本机记住密码</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/login_dialog.py" line="48"/>
        <source>Back end:</source>
        <translation>后端系统：</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/login_dialog.py" line="49"/>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/login_dialog.py" line="50"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/login_dialog.py" line="53"/>
        <location filename="../../agentdesk/views/login_dialog.py" line="90"/>
        <source>&amp;Sign in</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/login_dialog.py" line="57"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/login_dialog.py" line="90"/>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/login_dialog.py" line="101"/>
        <source>Enter your user name and password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/startup.py" line="185"/>
        <source>This computer has no secure credential store (%1), so the desk will not remember your password.</source>
        <translation>本机没有安全的凭据存储（%1），工作台不会记住您的密码。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/startup.py" line="200"/>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../agentdesk/views/main_window.py" line="74"/>
        <source>AgentDesk — service front workbench</source>
        <translation>AgentDesk——服务前置统一工作台</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/main_window.py" line="80"/>
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/main_window.py" line="83"/>
        <source>Customer: </source>
        <translation>客户：</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/main_window.py" line="98"/>
        <source>Start</source>
        <translation>首页</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/main_window.py" line="106"/>
        <location filename="../../agentdesk/views/main_window.py" line="118"/>
        <source>Toolbox</source>
        <translation>工具箱</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/main_window.py" line="107"/>
        <source>Notepad, calculator and calendar will appear here.</source>
        <translation>记事本、计算器和行事历将显示在这里。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/main_window.py" line="110"/>
        <source>Knowledge base</source>
        <translation>知识库</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/main_window.py" line="111"/>
        <source>The offline knowledge base with full-text search will appear here.</source>
        <translation>可全文检索的离线知识库将显示在这里。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/main_window.py" line="115"/>
        <source>Ticket desk</source>
        <translation>工单台</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/main_window.py" line="116"/>
        <source>Consult, complaint and fault tickets of the customer in view will appear here.</source>
        <translation>当前客户的咨询、投诉和故障工单将显示在这里。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/main_window.py" line="119"/>
        <source>Knowledge</source>
        <translation>知识库</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/main_window.py" line="120"/>
        <source>Tickets</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/main_window.py" line="121"/>
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/main_window.py" line="196"/>
        <source>This panel could not be opened; the log says why.</source>
        <translation>此面板无法打开，原因请查看日志。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/main_window.py" line="211"/>
        <source>Calls</source>
        <translation>通话</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/main_window.py" line="212"/>
        <source>Pretreatment</source>
        <translation>故障预处理</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/main_window.py" line="213"/>
        <source>Team dashboard</source>
        <translation>班组看板</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/main_window.py" line="243"/>
        <source>&amp;Desk</source>
        <translation>工作台(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/main_window.py" line="244"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/main_window.py" line="246"/>
        <source>Sign &amp;out</source>
        <translation>注销(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/main_window.py" line="248"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/main_window.py" line="250"/>
        <source>&amp;Customer</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/main_window.py" line="251"/>
        <source>&amp;Find customer</source>
        <translation>查找客户(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/main_window.py" line="253"/>
        <source>&amp;Next customer</source>
        <translation>下一个客户(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/main_window.py" line="255"/>
        <source>&amp;Previous customer</source>
        <translation>上一个客户(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/main_window.py" line="257"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/main_window.py" line="261"/>
        <source>&amp;Close customer</source>
        <translation>关闭客户(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/main_window.py" line="266"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/main_window.py" line="267"/>
        <source>Command &amp;palette…</source>
        <translation>命令面板(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/main_window.py" line="268"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/main_window.py" line="269"/>
        <source>&amp;Start page</source>
        <translation>首页(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/main_window.py" line="274"/>
        <source>&amp;Larger text</source>
        <translation>放大文字(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/main_window.py" line="275"/>
        <source>S&amp;maller text</source>
        <translation>缩小文字(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/main_window.py" line="276"/>
        <source>&amp;Normal text size</source>
        <translation>默认文字大小(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/main_window.py" line="277"/>
        <source>Light/&amp;dark theme</source>
        <translation>浅色/深色主题(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/main_window.py" line="279"/>
        <source>&amp;Reset layout</source>
        <translation>重置布局(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/main_window.py" line="282"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/main_window.py" line="310"/>
        <source>team lead</source>
        <translation>班长</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/main_window.py" line="311"/>
        <source>agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/main_window.py" line="313"/>
        <source>Signed in: %1 (%2, %3)</source>
        <translation>已登录：%1（%2，%3）</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/main_window.py" line="323"/>
        <source>Unavailable: %1</source>
        <translation>不可用：%1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/main_window.py" line="326"/>
        <source>Offline — working from local data</source>
        <translation>离线——使用本地数据工作</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/main_window.py" line="348"/>
        <source>Searching for %1…</source>
        <translation>正在查询 %1…</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/main_window.py" line="360"/>
        <source>No customer found for %1</source>
        <translation>未找到 %1 对应的客户</translation>
    </message>
    <message>
        <location filename="../../agentdesk/startup.py" line="241"/>
        <source>Signed in again; retry what failed.</source>
        <translation>已重新登录；请重试刚才失败的操作。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/features/toolbox.py" line="20"/>
        <source>AgentDesk</source>
        <translation>AgentDesk 客服工作台</translation>
    </message>
</context>
<context>
    <name>MaskedField</name>
    <message>
        <location filename="../../agentdesk/views/widgets/masked_field.py" line="18"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/widgets/masked_field.py" line="19"/>
        <source>Show the full value (recorded in the audit trail)</source>
        <translation>显示完整信息（将记入审计记录）</translation>
    </message>
</context>
<context>
    <name>MatchChooser</name>
    <message>
        <location filename="../../agentdesk/views/customer/match_chooser.py" line="23"/>
        <source>Several customers found</source>
        <translation>找到多个客户</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/match_chooser.py" line="38"/>
        <source>Choose the customer on the line:</source>
        <translation>请选择来电客户：</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <location filename="../../agentdesk/toolbox/month_view.py" line="58"/>
        <source>Mon</source>
        <translation>一</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/month_view.py" line="59"/>
        <source>Tue</source>
        <translation>二</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/month_view.py" line="60"/>
        <source>Wed</source>
        <translation>三</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/month_view.py" line="61"/>
        <source>Thu</source>
        <translation>四</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/month_view.py" line="62"/>
        <source>Fri</source>
        <translation>五</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/month_view.py" line="63"/>
        <source>Sat</source>
        <translation>六</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/month_view.py" line="64"/>
        <source>Sun</source>
        <translation>日</translation>
    </message>
</context>
<context>
    <name>NetworkModel</name>
    <message>
        <location filename="../../agentdesk/views/customer/network_model.py" line="39"/>
        <source>works</source>
        <translation>可用</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/network_model.py" line="41"/>
        <source>does not work</source>
        <translation>不可用</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/network_model.py" line="49"/>
        <source>Aspect</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/network_model.py" line="54"/>
        <source>CRM (sold)</source>
        <translation>CRM（已办理）</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/network_model.py" line="56"/>
        <source>Network (the truth)</source>
        <translation>网元（以此为准）</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/network_model.py" line="62"/>
        <source>In the network</source>
        <translation>网元状态</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/network_model.py" line="68"/>
        <source>Explanation</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/network_model.py" line="76"/>
        <source>Service in the HLR</source>
        <translation>HLR中的业务</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/network_model.py" line="77"/>
        <location filename="../../agentdesk/views/customer/network_model.py" line="102"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/network_model.py" line="79"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/network_model.py" line="91"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/network_model.py" line="95"/>
        <source>Service</source>
        <translation>业务</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/network_model.py" line="97"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/network_model.py" line="105"/>
        <source>What it means</source>
        <translation>含义</translation>
    </message>
</context>
<context>
    <name>NetworkTab</name>
    <message>
        <location filename="../../agentdesk/views/customer/network_tab.py" line="33"/>
        <source>The network is the truth for whether it works: CRM says what was sold, the HLR and AAA decide whether calls and data get through.</source>
        <translation>能否使用以网元为准：CRM记录办理了什么，HLR和AAA决定能否通话和上网。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/network_tab.py" line="49"/>
        <source>Restore the network state</source>
        <translation>恢复网元状态</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/network_tab.py" line="52"/>
        <source>Sync the network from CRM</source>
        <translation>按CRM同步网元</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/network_tab.py" line="55"/>
        <source>Sync the VPN</source>
        <translation>同步VPN</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/network_tab.py" line="58"/>
        <location filename="../../agentdesk/views/customer/network_tab.py" line="189"/>
        <source>Sync AAA from CRM</source>
        <translation>按CRM同步AAA</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/network_tab.py" line="69"/>
        <source>Services in the HLR</source>
        <translation>HLR中的业务</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/network_tab.py" line="76"/>
        <source>Wireless data access records (AAA)</source>
        <translation>无线宽带接入记录（AAA）</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/network_tab.py" line="28"/>
        <source>Network</source>
        <translation>网元</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/network_tab.py" line="97"/>
        <source>The customer has no mobile or fixed number in the network.</source>
        <translation>该客户在网元中没有手机或固话号码。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/network_tab.py" line="103"/>
        <source>Switch state (HLR)</source>
        <translation>交换机状态（HLR）</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/network_tab.py" line="124"/>
        <source>Mobile VPN (group / short number)</source>
        <translation>移动VPN（群组 / 短号）</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/network_tab.py" line="133"/>
        <source>AAA: %1</source>
        <translation>AAA：%1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/network_tab.py" line="135"/>
        <source>HLR data: %1</source>
        <translation>HLR数据业务：%1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/network_tab.py" line="138"/>
        <source>%1 data</source>
        <translation>%1上网</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/network_tab.py" line="152"/>
        <source>%1 · IMSI %2 · HLR updated %3</source>
        <translation>%1 · IMSI %2 · HLR更新于 %3</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/network_tab.py" line="186"/>
        <source>Sync AAA from CRM (%1)</source>
        <translation>按CRM同步AAA（%1）</translation>
    </message>
</context>
<context>
    <name>NewPasswordDialog</name>
    <message>
        <location filename="../../agentdesk/views/customer/broadband_tab.py" line="49"/>
        <source>Change broadband password</source>
        <translation>修改宽带密码</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/broadband_tab.py" line="54"/>
        <source>6 to 32 characters, letters and digits.</source>
        <translation>6至32位字母或数字。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/broadband_tab.py" line="66"/>
        <source>New password for %1:</source>
        <translation>%1 的新密码：</translation>
    </message>
</context>
<context>
    <name>NoteListModel</name>
    <message>
        <location filename="../../agentdesk/toolbox/notepad.py" line="55"/>
        <source>(empty note)</source>
        <translation>（空记事）</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/notepad.py" line="61"/>
        <source>Created %1, changed %2</source>
        <translation>创建于 %1，修改于 %2</translation>
    </message>
</context>
<context>
    <name>NotepadWidget</name>
    <message>
        <location filename="../../agentdesk/toolbox/notepad.py" line="114"/>
        <source>Search notes</source>
        <translation>搜索记事</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/notepad.py" line="122"/>
        <source>New note</source>
        <translation>新建记事</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/notepad.py" line="123"/>
        <source>Start a new note (Ctrl+N)</source>
        <translation>新建一条记事（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/notepad.py" line="125"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/notepad.py" line="130"/>
        <source>Type your note; it is saved as you type.</source>
        <translation>输入记事内容，输入时自动保存。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/notepad.py" line="134"/>
        <source>Insert customer</source>
        <translation>插入客户</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/notepad.py" line="135"/>
        <source>Insert the current customer&apos;s number and name</source>
        <translation>插入当前客户的业务号码和姓名</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/notepad.py" line="138"/>
        <source>Insert time</source>
        <translation>插入时间</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/notepad.py" line="139"/>
        <source>Insert the date and time (Ctrl+;)</source>
        <translation>插入日期和时间（Ctrl+;）</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/notepad.py" line="141"/>
        <source>Copy to ticket</source>
        <translation>复制到工单</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/notepad.py" line="142"/>
        <source>Use this note (or the selected text) as a ticket description</source>
        <translation>将本记事（或选中文字）作为工单描述</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/notepad.py" line="241"/>
        <source>Editing…</source>
        <translation>编辑中…</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/notepad.py" line="268"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/notepad.py" line="286"/>
        <source>New note: start typing.</source>
        <translation>新记事：请开始输入。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/notepad.py" line="290"/>
        <source>Saved %1 · created %2</source>
        <translation>已保存 %1 · 创建于 %2</translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <location filename="../../agentdesk/views/tickets/detail_models.py" line="62"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/detail_models.py" line="62"/>
        <source>Author</source>
        <translation>填写人</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/detail_models.py" line="64"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>OffersModel</name>
    <message>
        <location filename="../../agentdesk/views/customer/offers_model.py" line="39"/>
        <source>open-ended</source>
        <translation>长期有效</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/offers_model.py" line="48"/>
        <source>%1% off</source>
        <translation>%1%优惠</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/offers_model.py" line="51"/>
        <source>%1 off</source>
        <translation>减免 %1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/offers_model.py" line="57"/>
        <source>%1 free minutes</source>
        <translation>赠送 %1 分钟</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/offers_model.py" line="59"/>
        <source>%1 MB free data</source>
        <translation>赠送 %1 MB流量</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/offers_model.py" line="71"/>
        <source>Sales product</source>
        <translation>销售品</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/offers_model.py" line="77"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/offers_model.py" line="82"/>
        <source>Number</source>
        <translation>业务号码</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/offers_model.py" line="87"/>
        <source>Monthly fee</source>
        <translation>月费</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/offers_model.py" line="94"/>
        <source>Offer</source>
        <translation>优惠</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/offers_model.py" line="95"/>
        <source>(no offer)</source>
        <translation>（无优惠）</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/offers_model.py" line="99"/>
        <source>Discount</source>
        <translation>优惠内容</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/offers_model.py" line="104"/>
        <source>Valid</source>
        <translation>有效期</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/offers_model.py" line="109"/>
        <source>In force</source>
        <translation>是否生效</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/offers_model.py" line="112"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/offers_model.py" line="114"/>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/offers_model.py" line="118"/>
        <source>Attributes</source>
        <translation>属性</translation>
    </message>
</context>
<context>
    <name>OffersTab</name>
    <message>
        <location filename="../../agentdesk/views/customer/offers_tab.py" line="18"/>
        <source>Offers</source>
        <translation>优惠</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/offers_tab.py" line="33"/>
        <source>The customer has no sales products.</source>
        <translation>该客户没有销售品。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/offers_tab.py" line="44"/>
        <source>%1 sales products (%2 bundles), %3 offers, %4 expired</source>
        <translation>销售品 %1 个（捆绑 %2 个），优惠 %3 个，已过期 %4 个</translation>
    </message>
</context>
<context>
    <name>OperationNames</name>
    <message>
        <location filename="../../agentdesk/views/widgets/operation_names.py" line="18"/>
        <source>Sync from CRM</source>
        <translation>按CRM同步</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/widgets/operation_names.py" line="19"/>
        <source>Show personal data in full</source>
        <translation>查看完整个人信息</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/widgets/operation_names.py" line="21"/>
        <source>Payment</source>
        <translation>缴费</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/widgets/operation_names.py" line="23"/>
        <source>Set the network state (bar or restore)</source>
        <translation>设置网元停复机状态</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/widgets/operation_names.py" line="24"/>
        <source>Activate add-on product in the network</source>
        <translation>网元开通附属产品</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/widgets/operation_names.py" line="25"/>
        <source>Deactivate add-on product in the network</source>
        <translation>网元关闭附属产品</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/widgets/operation_names.py" line="26"/>
        <location filename="../../agentdesk/views/widgets/operation_names.py" line="27"/>
        <source>Sync mobile VPN</source>
        <translation>同步集团虚拟网</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/widgets/operation_names.py" line="29"/>
        <source>Subscribe value-added service</source>
        <translation>订购增值业务</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/widgets/operation_names.py" line="30"/>
        <source>Unsubscribe value-added service</source>
        <translation>退订增值业务</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/widgets/operation_names.py" line="32"/>
        <source>Reset broadband password</source>
        <translation>重置宽带密码</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/widgets/operation_names.py" line="33"/>
        <source>Change broadband password</source>
        <translation>修改宽带密码</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/widgets/operation_names.py" line="34"/>
        <source>Unbind MAC address</source>
        <translation>解绑MAC地址</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/widgets/operation_names.py" line="35"/>
        <source>Clear online sessions</source>
        <translation>清除在线记录</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/widgets/operation_names.py" line="36"/>
        <source>Restart port</source>
        <translation>端口重启</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/widgets/operation_names.py" line="37"/>
        <source>Dial test</source>
        <translation>拨号测试</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/widgets/operation_names.py" line="38"/>
        <source>Line test</source>
        <translation>线路检测</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/widgets/operation_names.py" line="39"/>
        <source>Repair line</source>
        <translation>修复线路</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/widgets/operation_names.py" line="41"/>
        <source>Create ticket</source>
        <translation>创建工单</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/widgets/operation_names.py" line="42"/>
        <source>Add note to ticket</source>
        <translation>工单添加备注</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/widgets/operation_names.py" line="43"/>
        <source>Close ticket at the front line</source>
        <translation>前台办结工单</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/widgets/operation_names.py" line="44"/>
        <source>Report pretreatment run</source>
        <translation>上报预处理记录</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/widgets/operation_names.py" line="46"/>
        <source>Count call against service event</source>
        <translation>来电关联到服务事件</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/widgets/operation_names.py" line="47"/>
        <source>Publish announcement</source>
        <translation>发布公告</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/widgets/operation_names.py" line="48"/>
        <source>Answer call</source>
        <translation>接听来电</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/widgets/operation_names.py" line="49"/>
        <source>End call</source>
        <translation>挂断来电</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <location filename="../../agentdesk/views/customer/orders_model.py" line="28"/>
        <source>Accepted</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/orders_model.py" line="33"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/orders_model.py" line="35"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/orders_model.py" line="40"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/orders_model.py" line="46"/>
        <source>Number</source>
        <translation>业务号码</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/orders_model.py" line="49"/>
        <location filename="../../agentdesk/views/customer/orders_model.py" line="81"/>
        <location filename="../../agentdesk/views/customer/orders_model.py" line="105"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/orders_model.py" line="55"/>
        <source>Stuck at</source>
        <translation>卡单环节</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/orders_model.py" line="62"/>
        <source>Completed</source>
        <translation>竣工时间</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/orders_model.py" line="74"/>
        <source>Flow step</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/orders_model.py" line="79"/>
        <source>Unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/orders_model.py" line="86"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/orders_model.py" line="88"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/orders_model.py" line="98"/>
        <source>Fee</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/orders_model.py" line="100"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
</context>
<context>
    <name>OrdersTab</name>
    <message>
        <location filename="../../agentdesk/views/customer/orders_tab.py" line="31"/>
        <source>Acceptance and contact</source>
        <translation>受理与联系人</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/orders_tab.py" line="35"/>
        <source>Accepted</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/orders_tab.py" line="36"/>
        <source>Accepted by</source>
        <translation>受理人</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/orders_tab.py" line="37"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/orders_tab.py" line="38"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/orders_tab.py" line="39"/>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/orders_tab.py" line="40"/>
        <source>Offers</source>
        <translation>优惠</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/orders_tab.py" line="51"/>
        <source>Flow steps</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/orders_tab.py" line="55"/>
        <source>Fees</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/orders_tab.py" line="21"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/orders_tab.py" line="73"/>
        <source>The customer has no orders.</source>
        <translation>该客户没有订单。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/orders_tab.py" line="104"/>
        <source>Total fees: %1</source>
        <extracomment>facts the engine itself provides before the first step facts a dispatch end provides to its own script</extracomment>
        <translation>费用合计：%1</translation>
    </message>
</context>
<context>
    <name>OutcomePage</name>
    <message>
        <location filename="../../agentdesk/wizards/pages/outcome_page.py" line="27"/>
        <source>Read to the customer:</source>
        <translation>向客户解释：</translation>
    </message>
    <message>
        <location filename="../../agentdesk/wizards/pages/outcome_page.py" line="38"/>
        <source>Copy script</source>
        <translation>复制话术</translation>
    </message>
    <message>
        <location filename="../../agentdesk/wizards/pages/outcome_page.py" line="41"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../agentdesk/wizards/pages/outcome_page.py" line="65"/>
        <source>Ticket %1 (system %2) carries what the flow found.</source>
        <translation>工单%1（%2系统）已附带本流程的检查结果。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/wizards/pages/outcome_page.py" line="70"/>
        <source>It waits in the outbox and is sent as soon as the ticket system answers.</source>
        <translation>工单暂存于待发送队列，工单系统恢复后自动发送。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/wizards/pages/outcome_page.py" line="78"/>
        <source>No ticket was sent: the known service event %1 already explains the fault.</source>
        <translation>未派单：已知服务事件%1已说明该故障。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/wizards/pages/outcome_page.py" line="82"/>
        <source>The ticket could not be sent: %1. Create it from the ticket desk.</source>
        <translation>工单未能发送：%1。请在工单台中新建。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/wizards/pages/outcome_page.py" line="102"/>
        <source>Changed: %1</source>
        <translation>已变更：%1</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <location filename="../../agentdesk/views/customer/period_picker.py" line="33"/>
        <source>Last %1 days</source>
        <translation>最近 %1 天</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/period_picker.py" line="34"/>
        <source>Previous month</source>
        <translation>上个月</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/period_picker.py" line="35"/>
        <source>Chosen dates</source>
        <translation>自选日期</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/period_picker.py" line="46"/>
        <source>from</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/period_picker.py" line="48"/>
        <source>to</source>
        <translation>至</translation>
    </message>
</context>
<context>
    <name>PhoneOnWindow</name>
    <message>
        <location filename="../../agentdesk/views/workbench/phone_ui.py" line="40"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/phone_ui.py" line="61"/>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/phone_ui.py" line="62"/>
        <source>&amp;Answer the call</source>
        <translation>接听来电(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/phone_ui.py" line="63"/>
        <source>&amp;Hang up / reject</source>
        <translation>挂机/拒接(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/phone_ui.py" line="64"/>
        <source>&amp;Wrap up the call…</source>
        <translation>话后小结(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/phone_ui.py" line="65"/>
        <source>&amp;Calls of this shift</source>
        <translation>本班次通话(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/phone_ui.py" line="67"/>
        <source>&amp;Reconnect the phone line</source>
        <translation>重新连接电话线路(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/phone_ui.py" line="100"/>
        <source>Caller: %1 %2</source>
        <translation>来电：%1 %2</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/phone_ui.py" line="110"/>
        <source>%1 is not a customer number: search by another key, or take the call as a new caller.</source>
        <translation>%1 不是客户号码：请换一种方式查询，或按新来电人处理。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/phone_ui.py" line="164"/>
        <source>Caller: %1 — %2</source>
        <translation>来电：%1——%2</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/phone_ui.py" line="166"/>
        <source>Caller: %1 (not a known customer)</source>
        <translation>来电：%1（非已知客户）</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/phone_ui.py" line="193"/>
        <source>Wrap-up not stored: %1</source>
        <translation>话后小结未保存：%1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/phone_ui.py" line="195"/>
        <source>Wrap-up recorded.</source>
        <translation>话后小结已记录。</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../agentdesk/views/workbench/preferences_dialog.py" line="270"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/preferences_dialog.py" line="279"/>
        <source>&amp;Workbench</source>
        <translation>工作台(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/preferences_dialog.py" line="280"/>
        <source>&amp;Keyboard</source>
        <translation>键盘(&amp;K)</translation>
    </message>
</context>
<context>
    <name>PretreatmentPanel</name>
    <message>
        <location filename="../../agentdesk/wizards/panel.py" line="53"/>
        <source>Start a flow…</source>
        <translation>开始预处理流程…</translation>
    </message>
    <message>
        <location filename="../../agentdesk/wizards/panel.py" line="71"/>
        <source>Runs for this customer:</source>
        <translation>该客户的预处理记录：</translation>
    </message>
    <message>
        <location filename="../../agentdesk/features/pretreatment.py" line="45"/>
        <location filename="../../agentdesk/wizards/panel.py" line="73"/>
        <source>&amp;Pretreatment flow…</source>
        <translation>故障预处理流程(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../agentdesk/wizards/panel.py" line="97"/>
        <source>Open a customer to run a pretreatment flow for them.</source>
        <translation>请先打开客户，再为其执行故障预处理流程。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/wizards/panel.py" line="100"/>
        <source>Customer: %1 (%2)</source>
        <translation>客户：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../agentdesk/wizards/panel.py" line="122"/>
        <source>Suggested: %1</source>
        <translation>推荐：%1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/wizards/panel.py" line="129"/>
        <source>Unavailable flows: %1</source>
        <translation>不可用的流程：%1</translation>
    </message>
</context>
<context>
    <name>QuickWrapUpDialog</name>
    <message>
        <location filename="../../agentdesk/views/workbench/quick_wrap_up.py" line="32"/>
        <source>Wrap up the call</source>
        <translation>话后小结</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/quick_wrap_up.py" line="34"/>
        <source>How did the call end?</source>
        <translation>本次通话结果？</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/quick_wrap_up.py" line="48"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/quick_wrap_up.py" line="50"/>
        <source>What was agreed with the caller (optional)</source>
        <translation>与来电人约定的事项（可选）</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/quick_wrap_up.py" line="52"/>
        <source>Re&amp;cord wrap-up</source>
        <translation>记录小结(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/quick_wrap_up.py" line="54"/>
        <source>Record (Ctrl+Enter)</source>
        <translation>记录（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/quick_wrap_up.py" line="65"/>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <location filename="../../agentdesk/toolbox/reminder_banner.py" line="46"/>
        <source>in %n min</source>
        <translation>%n 分钟后</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/reminder_banner.py" line="48"/>
        <source>in %n h</source>
        <translation>%n 小时后</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/reminder_banner.py" line="51"/>
        <source>now</source>
        <translation>现在</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/reminder_banner.py" line="53"/>
        <source>started %n min ago</source>
        <translation>已开始 %n 分钟</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/reminder_banner.py" line="55"/>
        <source>started %n h ago</source>
        <translation>已开始 %n 小时</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/reminder_banner.py" line="121"/>
        <source>Dismiss all</source>
        <translation>全部关闭</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agentdesk/toolbox/reminder_banner.py" line="147"/>
        <source>Reminders (%n)</source>
        <translation>
            <numerusform>提醒（%n）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderNotifier</name>
    <message>
        <location filename="../../agentdesk/toolbox/reminder_banner.py" line="222"/>
        <source>Missed reminder</source>
        <translation>错过的提醒</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/reminder_banner.py" line="223"/>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agentdesk/toolbox/reminder_banner.py" line="229"/>
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n 条提醒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agentdesk/toolbox/reminder_banner.py" line="232"/>
        <source>%n missed while the desk was closed</source>
        <translation>
            <numerusform>其中 %n 条在工作台关闭期间错过</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderOffsets</name>
    <message numerus="yes">
        <location filename="../../agentdesk/toolbox/event_dialog.py" line="268"/>
        <source>%n day(s) before</source>
        <translation>
            <numerusform>提前 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agentdesk/toolbox/event_dialog.py" line="270"/>
        <source>%n hour(s) before</source>
        <translation>
            <numerusform>提前 %n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agentdesk/toolbox/event_dialog.py" line="271"/>
        <source>%n minute(s) before</source>
        <translation>
            <numerusform>提前 %n 分钟</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderRow</name>
    <message numerus="yes">
        <location filename="../../agentdesk/toolbox/reminder_banner.py" line="78"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agentdesk/toolbox/reminder_banner.py" line="79"/>
        <source>Remind me again in %n minute(s)</source>
        <translation>
            <numerusform>%n 分钟后再提醒</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/reminder_banner.py" line="83"/>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/reminder_banner.py" line="95"/>
        <source>missed while the desk was closed</source>
        <translation>工作台关闭期间错过</translation>
    </message>
</context>
<context>
    <name>ResultDelegate</name>
    <message>
        <location filename="../../agentdesk/views/knowledge/result_list.py" line="140"/>
        <source>(all words, not as one phrase)</source>
        <translation>（含全部词语，非完整词句）</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/result_list.py" line="143"/>
        <source>(no longer in the knowledge base)</source>
        <translation>（已从知识库删除）</translation>
    </message>
</context>
<context>
    <name>RunsModel</name>
    <message>
        <location filename="../../agentdesk/wizards/runs_model.py" line="17"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../agentdesk/wizards/runs_model.py" line="17"/>
        <source>Flow</source>
        <translation>流程</translation>
    </message>
    <message>
        <location filename="../../agentdesk/wizards/runs_model.py" line="17"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../agentdesk/wizards/runs_model.py" line="19"/>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../agentdesk/wizards/runs_model.py" line="49"/>
        <source>none: known event %1</source>
        <translation>无（已知事件 %1）</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../agentdesk/services/settings.py" line="85"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/settings.py" line="87"/>
        <source>Same as the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/settings.py" line="88"/>
        <source>Chinese (Simplified)</source>
        <translation>简体中文</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/settings.py" line="89"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/settings.py" line="96"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/settings.py" line="97"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/settings.py" line="97"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/settings.py" line="100"/>
        <source>Font size (points)</source>
        <translation>字号（磅）</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/settings.py" line="104"/>
        <source>Back-office configuration file</source>
        <translation>后端系统配置文件</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/settings.py" line="109"/>
        <source>Base URL override</source>
        <translation>系统地址（覆盖默认）</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/settings.py" line="115"/>
        <source>Remember me</source>
        <translation>记住我</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/settings.py" line="118"/>
        <source>Remembered user name</source>
        <translation>记住的用户名</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/settings.py" line="121"/>
        <source>Window position and size</source>
        <translation>窗口位置和大小</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/settings.py" line="124"/>
        <source>Window layout (docks and toolbars)</source>
        <translation>窗口布局（停靠面板和工具栏）</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/settings.py" line="129"/>
        <source>Keyboard shortcuts (the agent&apos;s own bindings)</source>
        <translation>快捷键（坐席自定义）</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/settings.py" line="134"/>
        <source>Customer view tabs: order and which are shown</source>
        <translation>客户视图页签：顺序及显示</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/settings.py" line="140"/>
        <source>Start page</source>
        <translation>首页</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/settings.py" line="142"/>
        <source>Recent customers</source>
        <translation>最近客户</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/settings.py" line="143"/>
        <source>Calls of this shift</source>
        <translation>本班次通话</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/settings.py" line="144"/>
        <source>Customer search only</source>
        <translation>仅客户查询</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/dashboard/targets.py" line="19"/>
        <source>Dashboard indicator targets</source>
        <translation>看板指标目标</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/settings.py" line="152"/>
        <source>Knowledge base: minutes between syncs</source>
        <translation>知识库同步间隔（分钟）</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/settings.py" line="160"/>
        <source>Service events: seconds between refreshes</source>
        <translation>服务事件：刷新间隔（秒）</translation>
    </message>
</context>
<context>
    <name>ShortcutOverlay</name>
    <message>
        <location filename="../../agentdesk/views/workbench/shortcut_overlay.py" line="24"/>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/shortcut_overlay.py" line="36"/>
        <source>Press any key to close. Change keys in Desk ▸ Preferences (Ctrl+,).</source>
        <translation>按任意键关闭。可在“工作台 ▸ 首选项”（Ctrl+,）中修改按键。</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../agentdesk/services/shortcuts.py" line="48"/>
        <source>Workbench</source>
        <translation>工作台</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/shortcuts.py" line="56"/>
        <source>Desk</source>
        <translation>工作台</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/shortcuts.py" line="57"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/shortcuts.py" line="58"/>
        <source>View</source>
        <translation>视图</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/shortcuts.py" line="60"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/shortcuts.py" line="61"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/shortcuts.py" line="62"/>
        <source>Sign out</source>
        <translation>注销</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/shortcuts.py" line="63"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/shortcuts.py" line="64"/>
        <source>Find customer</source>
        <translation>查找客户</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/shortcuts.py" line="65"/>
        <source>Next customer</source>
        <translation>下一个客户</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/shortcuts.py" line="66"/>
        <source>Previous customer</source>
        <translation>上一个客户</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/shortcuts.py" line="67"/>
        <source>Refresh customer</source>
        <translation>刷新客户</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/shortcuts.py" line="68"/>
        <source>Close customer</source>
        <translation>关闭客户</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/shortcuts.py" line="69"/>
        <source>Command palette</source>
        <translation>命令面板</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/shortcuts.py" line="70"/>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/shortcuts.py" line="71"/>
        <source>Go to the start page</source>
        <translation>转到首页</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/shortcuts.py" line="72"/>
        <source>Larger text</source>
        <translation>放大文字</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/shortcuts.py" line="73"/>
        <source>Smaller text</source>
        <translation>缩小文字</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/shortcuts.py" line="74"/>
        <source>Normal text size</source>
        <translation>默认文字大小</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/shortcuts.py" line="75"/>
        <source>Switch light/dark theme</source>
        <translation>切换浅色/深色主题</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/shortcuts.py" line="76"/>
        <source>Reset layout</source>
        <translation>重置布局</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/shortcuts.py" line="77"/>
        <source>Answer the call</source>
        <translation>接听来电</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/shortcuts.py" line="78"/>
        <source>Hang up / reject</source>
        <translation>挂机/拒接</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/shortcuts.py" line="79"/>
        <source>Finish the wrap-up</source>
        <translation>完成话后小结</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/shortcuts.py" line="80"/>
        <source>Calls of this shift</source>
        <translation>本班次通话</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/shortcuts.py" line="81"/>
        <source>Reconnect the phone line</source>
        <translation>重新连接电话线路</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/shortcuts.py" line="98"/>
        <source>%1 is kept by the operating system.</source>
        <extracomment>Keys the operating system (Windows first, also common Linux desktops) keeps for itself. Keys every text field needs: binding them would break typing in the search box and the notepad. Why a binding was refused (English, translated by the view with ``CONTEXT``).</extracomment>
        <translation>%1 由操作系统保留。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/shortcuts.py" line="99"/>
        <source>%1 is needed for editing text.</source>
        <translation>%1 是文字编辑所需的按键。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/shortcuts.py" line="100"/>
        <source>%1 is already used by “%2”.</source>
        <translation>%1 已被“%2”使用。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/services/shortcuts.py" line="105"/>
        <source>%1 would stop you typing: add Ctrl or Alt, or use a function key.</source>
        <translation>%1 会妨碍输入文字：请加上 Ctrl 或 Alt，或使用功能键。</translation>
    </message>
</context>
<context>
    <name>ShortcutsPage</name>
    <message>
        <location filename="../../agentdesk/views/workbench/preferences_dialog.py" line="50"/>
        <source>Actions and their keys</source>
        <translation>操作及其按键</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/preferences_dialog.py" line="51"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/preferences_dialog.py" line="51"/>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/preferences_dialog.py" line="51"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/preferences_dialog.py" line="62"/>
        <source>New keys</source>
        <translation>新按键</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/preferences_dialog.py" line="64"/>
        <source>&amp;Assign</source>
        <translation>指定(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/preferences_dialog.py" line="66"/>
        <source>&amp;No key</source>
        <translation>无按键(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/preferences_dialog.py" line="68"/>
        <source>&amp;Default</source>
        <translation>默认(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/preferences_dialog.py" line="70"/>
        <source>All defaults</source>
        <translation>全部恢复默认</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/preferences_dialog.py" line="77"/>
        <source>New keys:</source>
        <translation>新按键：</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/preferences_dialog.py" line="130"/>
        <source>Press the new keys in the key field first.</source>
        <translation>请先在按键框中按下新的按键。</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../agentdesk/views/start_page.py" line="23"/>
        <source>&lt;h2&gt;Welcome to AgentDesk&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;欢迎使用 AgentDesk&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/start_page.py" line="29"/>
        <source>Type a service number, contract number, ID card number or name in the search box (&lt;b&gt;Ctrl+F&lt;/b&gt;) and press &lt;b&gt;Enter&lt;/b&gt;. &lt;b&gt;Ctrl+PgDown&lt;/b&gt;/&lt;b&gt;Ctrl+PgUp&lt;/b&gt; move between open customers, &lt;b&gt;F5&lt;/b&gt; refreshes, &lt;b&gt;Ctrl+W&lt;/b&gt; closes one.</source>
        <translation>在查询框（&lt;b&gt;Ctrl+F&lt;/b&gt;）中输入业务号码、合同号、身份证号或姓名，按 &lt;b&gt;Enter&lt;/b&gt; 查询。&lt;b&gt;Ctrl+PgDown&lt;/b&gt;/&lt;b&gt;Ctrl+PgUp&lt;/b&gt; 在已打开的客户之间切换，&lt;b&gt;F5&lt;/b&gt; 刷新，&lt;b&gt;Ctrl+W&lt;/b&gt; 关闭当前客户。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/start_page.py" line="36"/>
        <source>&lt;b&gt;Ctrl+K&lt;/b&gt; finds any command, tab, tool or recent customer; &lt;b&gt;F1&lt;/b&gt; lists every key.</source>
        <translation>&lt;b&gt;Ctrl+K&lt;/b&gt; 可查找任意命令、页签、工具或最近客户；&lt;b&gt;F1&lt;/b&gt; 列出全部快捷键。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/start_page.py" line="41"/>
        <source>&lt;b&gt;Recent customers&lt;/b&gt;</source>
        <translation>&lt;b&gt;最近客户&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/start_page.py" line="44"/>
        <source>Recent customers</source>
        <translation>最近客户</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/start_page.py" line="47"/>
        <source>No customers yet in this session.</source>
        <translation>本次登录尚未打开客户。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/start_page.py" line="48"/>
        <source>&lt;b&gt;Calls of this shift&lt;/b&gt;</source>
        <translation>&lt;b&gt;本班次通话&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../agentdesk/wizards/pages/start_page.py" line="46"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../agentdesk/wizards/pages/start_page.py" line="50"/>
        <source>Number:</source>
        <translation>号码：</translation>
    </message>
    <message>
        <location filename="../../agentdesk/wizards/pages/start_page.py" line="56"/>
        <source>Flow:</source>
        <translation>流程：</translation>
    </message>
    <message>
        <location filename="../../agentdesk/wizards/pages/start_page.py" line="75"/>
        <source>Suggested: %1</source>
        <translation>推荐：%1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/wizards/pages/start_page.py" line="86"/>
        <source>Unavailable: %1</source>
        <translation>不可用：%1</translation>
    </message>
</context>
<context>
    <name>StatisticsStrip</name>
    <message>
        <location filename="../../agentdesk/views/tickets/statistics_strip.py" line="32"/>
        <source>Today: %1 created</source>
        <translation>今日：受理 %1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/statistics_strip.py" line="33"/>
        <source>%1 pretreated</source>
        <translation>预处理 %1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/statistics_strip.py" line="34"/>
        <source>%1 closed at the front line</source>
        <translation>前台办结 %1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/statistics_strip.py" line="35"/>
        <source>%1 dispatched</source>
        <translation>派单 %1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/statistics_strip.py" line="36"/>
        <source>%1 overdue</source>
        <translation>超时 %1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/statistics_strip.py" line="37"/>
        <source>pretreatment rate %1</source>
        <translation>预处理率 %1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/statistics_strip.py" line="38"/>
        <source>closure rate %1</source>
        <translation>办结率 %1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/statistics_strip.py" line="40"/>
        <source>calls resolved at the front line %1 (%2 wrapped up)</source>
        <translation>一次性办结率 %1（已小结 %2 通）</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/statistics_strip.py" line="44"/>
        <source>%1 waiting to send</source>
        <translation>等待发送 %1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/statistics_strip.py" line="48"/>
        <source>(ticket system not reachable: counts from this desk only)</source>
        <translation>（工单系统无法连接：仅统计本机数据）</translation>
    </message>
</context>
<context>
    <name>StatusHistoryModel</name>
    <message>
        <location filename="../../agentdesk/views/tickets/detail_models.py" line="48"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/detail_models.py" line="48"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/detail_models.py" line="48"/>
        <source>By</source>
        <translation>处理人</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/detail_models.py" line="50"/>
        <source>Reason</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>StepProgress</name>
    <message>
        <location filename="../../agentdesk/wizards/progress.py" line="29"/>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../agentdesk/wizards/progress.py" line="31"/>
        <source>What was found</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <location filename="../../agentdesk/wizards/progress.py" line="71"/>
        <source>yes</source>
        <extracomment>failures of the system itself (count against its health and open its circuit) how often the GUI thread looks at the collector&apos;s counters ticket types a known event stops (the others go out and carry the event) ticket types that carry the known event they are about dispositions that count as solved without handing the case to the back office</extracomment>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../agentdesk/wizards/progress.py" line="72"/>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>SubscriberModel</name>
    <message>
        <location filename="../../agentdesk/views/customer/subscriber_model.py" line="36"/>
        <source>Service</source>
        <translation>业务</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/subscriber_model.py" line="41"/>
        <source>Number</source>
        <translation>业务号码</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/subscriber_model.py" line="46"/>
        <location filename="../../agentdesk/views/customer/subscriber_model.py" line="89"/>
        <source>Sales product</source>
        <translation>销售品</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/subscriber_model.py" line="51"/>
        <source>CRM status</source>
        <translation>CRM状态</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/subscriber_model.py" line="57"/>
        <source>Billing status</source>
        <translation>计费状态</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/subscriber_model.py" line="64"/>
        <source>Arrears</source>
        <translation>欠费</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/subscriber_model.py" line="72"/>
        <source>Explanation</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/subscriber_model.py" line="85"/>
        <source>open-ended</source>
        <translation>长期有效</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/subscriber_model.py" line="90"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/subscriber_model.py" line="92"/>
        <source>Monthly fee</source>
        <translation>月费</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/subscriber_model.py" line="97"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/subscriber_model.py" line="98"/>
        <source>Valid</source>
        <translation>有效期</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/subscriber_model.py" line="100"/>
        <source>Offers</source>
        <translation>优惠</translation>
    </message>
</context>
<context>
    <name>SubscriberTab</name>
    <message>
        <location filename="../../agentdesk/views/customer/subscriber_tab.py" line="21"/>
        <source>Numbers: CRM and billing side by side</source>
        <translation>号码：CRM与计费对照</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/subscriber_tab.py" line="27"/>
        <source>Sync billing from CRM</source>
        <translation>按CRM同步计费</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/subscriber_tab.py" line="29"/>
        <source>Billing takes CRM&apos;s status for the selected number</source>
        <translation>计费系统按CRM更新所选号码的状态</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/subscriber_tab.py" line="20"/>
        <source>Subscriber</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/subscriber_tab.py" line="56"/>
        <source>Sales products of %1</source>
        <translation>%1 的销售品</translation>
    </message>
</context>
<context>
    <name>SuspensionModel</name>
    <message>
        <location filename="../../agentdesk/views/customer/suspension_tab.py" line="26"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/suspension_tab.py" line="30"/>
        <source>Number</source>
        <translation>业务号码</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/suspension_tab.py" line="32"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/suspension_tab.py" line="37"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>SuspensionTab</name>
    <message>
        <location filename="../../agentdesk/views/customer/suspension_tab.py" line="60"/>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/suspension_tab.py" line="64"/>
        <source>CRM status</source>
        <translation>CRM状态</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/suspension_tab.py" line="65"/>
        <source>Billing status</source>
        <translation>计费状态</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/suspension_tab.py" line="66"/>
        <source>Arrears</source>
        <translation>欠费</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/suspension_tab.py" line="67"/>
        <source>Judgement</source>
        <translation>判断</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/suspension_tab.py" line="46"/>
        <source>Suspension</source>
        <translation>停复机</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/suspension_tab.py" line="92"/>
        <source>The customer has no number.</source>
        <translation>该客户没有业务号码。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/suspension_tab.py" line="108"/>
        <source>%1 is not suspended.</source>
        <translation>%1 未停机。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/suspension_tab.py" line="117"/>
        <source>Fee-related events %1 – %2: %3 suspensions, %4 resumptions</source>
        <translation>%1 至 %2 费用相关停复机：停机 %3 次，复机 %4 次</translation>
    </message>
</context>
<context>
    <name>SystemHealthBar</name>
    <message>
        <location filename="../../agentdesk/views/widgets/health_indicator.py" line="73"/>
        <source>working</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/widgets/health_indicator.py" line="74"/>
        <source>slow or failing</source>
        <translation>缓慢或出错</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/widgets/health_indicator.py" line="75"/>
        <source>unavailable</source>
        <translation>不可用</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/widgets/health_indicator.py" line="76"/>
        <source>not used yet</source>
        <translation>尚未使用</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/widgets/health_indicator.py" line="80"/>
        <source>last answer in %1 ms</source>
        <translation>最近一次应答耗时 %1 毫秒</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/widgets/health_indicator.py" line="82"/>
        <source>recent errors: %1%</source>
        <translation>近期错误率：%1%</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/widgets/health_indicator.py" line="84"/>
        <source>requests paused after repeated failures</source>
        <translation>多次失败后已暂停请求</translation>
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
        <translation>计费</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/widgets/health_indicator.py" line="14"/>
        <source>Usage</source>
        <translation>清单</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/widgets/health_indicator.py" line="15"/>
        <source>Broadband</source>
        <translation>宽带</translation>
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
        <translation>增值业务</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/widgets/health_indicator.py" line="19"/>
        <source>Tickets</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/widgets/health_indicator.py" line="20"/>
        <source>Knowledge</source>
        <translation>知识库</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/widgets/health_indicator.py" line="21"/>
        <source>Service events</source>
        <translation>服务事件</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/widgets/health_indicator.py" line="22"/>
        <source>Phone (CTI)</source>
        <translation>电话（CTI）</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/widgets/health_indicator.py" line="23"/>
        <source>Sign-in</source>
        <translation>登录</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <location filename="../../agentdesk/views/dashboard/targets_dialog.py" line="45"/>
        <source>Indicator targets</source>
        <translation>指标目标</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/targets_dialog.py" line="51"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/targets_dialog.py" line="51"/>
        <source>On target</source>
        <translation>达标</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/targets_dialog.py" line="51"/>
        <source>Watch</source>
        <translation>关注</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/targets_dialog.py" line="51"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/targets_dialog.py" line="76"/>
        <source>Defaults</source>
        <translation>默认值</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/targets_dialog.py" line="83"/>
        <source>Green at or better than “On target”, amber up to “Watch”, red beyond.</source>
        <translation>达到或优于“达标”值为绿色，至“关注”值为黄色，超出为红色。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/targets_dialog.py" line="93"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/targets_dialog.py" line="94"/>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/targets_dialog.py" line="95"/>
        <source>score 1–5</source>
        <translation>分值 1–5</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/targets_dialog.py" line="96"/>
        <source>tickets</source>
        <translation>张</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/targets_dialog.py" line="96"/>
        <source>per 10,000</source>
        <translation>件/万户</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/targets_dialog.py" line="97"/>
        <source>per day</source>
        <translation>/天</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/targets_dialog.py" line="122"/>
        <source>%1: “On target” must be at least as good as “Watch”, and within the unit&apos;s range.</source>
        <translation>%1：“达标”值须不差于“关注”值，且在该单位的范围内。</translation>
    </message>
</context>
<context>
    <name>TicketDetail</name>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_detail.py" line="90"/>
        <source>Select a ticket to see its history and notes.</source>
        <translation>选择工单查看处理记录和备注。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_detail.py" line="112"/>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_detail.py" line="113"/>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_detail.py" line="114"/>
        <source>Severity:</source>
        <translation>严重程度：</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_detail.py" line="115"/>
        <source>Created:</source>
        <translation>受理：</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_detail.py" line="116"/>
        <source>Due:</source>
        <translation>时限：</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_detail.py" line="117"/>
        <source>Resolved:</source>
        <translation>解决时间：</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_detail.py" line="118"/>
        <source>Customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_detail.py" line="119"/>
        <source>Contact phone:</source>
        <translation>联系电话：</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_detail.py" line="120"/>
        <source>Callback:</source>
        <translation>回访：</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_detail.py" line="121"/>
        <source>Flags:</source>
        <translation>标记：</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_detail.py" line="122"/>
        <source>Pretreatment run:</source>
        <translation>预处理记录：</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_detail.py" line="123"/>
        <source>Satisfaction:</source>
        <translation>满意度：</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_detail.py" line="143"/>
        <source>Evidence:</source>
        <translation>预处理证据：</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_detail.py" line="151"/>
        <source>New note (Ctrl+Enter adds it)</source>
        <translation>新备注（Ctrl+Enter 添加）</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_detail.py" line="153"/>
        <source>Add &amp;note</source>
        <translation>添加备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_detail.py" line="160"/>
        <source>Close at the &amp;front line…</source>
        <translation>前台办结(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_detail.py" line="162"/>
        <source>Your own consultation ticket, answered in the call</source>
        <translation>本人受理、已在通话中解答的咨询单</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_detail.py" line="173"/>
        <source>Description:</source>
        <translation>描述：</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_detail.py" line="177"/>
        <source>Status history:</source>
        <translation>处理记录：</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_detail.py" line="179"/>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_detail.py" line="204"/>
        <source>&amp;Send now</source>
        <translation>立即发送(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_detail.py" line="207"/>
        <source>&amp;Correct and send again…</source>
        <translation>修改后重新发送(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_detail.py" line="210"/>
        <source>&amp;Discard</source>
        <translation>放弃(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_detail.py" line="241"/>
        <source>%1 since %2</source>
        <translation>%1（自 %2）</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_detail.py" line="247"/>
        <source>%1, priority %2</source>
        <translation>%1，优先级 %2</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_detail.py" line="252"/>
        <source>%1 by %2</source>
        <translation>%1，受理人 %2</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_detail.py" line="257"/>
        <source>%1 — OVERDUE</source>
        <translation>%1 — 已超时</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_detail.py" line="310"/>
        <source>The ticket system refused this ticket: %1</source>
        <translation>工单系统拒收此工单：%1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_detail.py" line="318"/>
        <source>Saved on this computer at %1 and sent automatically when the ticket system answers. Attempts so far: %2.</source>
        <translation>已于 %1 保存在本机，工单系统恢复后自动发送。已尝试 %2 次。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_detail.py" line="322"/>
        <source>Last answer: %1</source>
        <translation>最近一次回复：%1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_detail.py" line="353"/>
        <source>Adding the note…</source>
        <translation>正在添加备注…</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_detail.py" line="368"/>
        <source>Note added.</source>
        <translation>备注已添加。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_detail.py" line="378"/>
        <source>Close at the front line</source>
        <translation>前台办结</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_detail.py" line="381"/>
        <source>Close consultation ticket %1 as answered in the call? The back office will not handle it.</source>
        <translation>将咨询单 %1 作为通话中已解答办结？后端将不再处理。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_detail.py" line="416"/>
        <source>Ticket closed at the front line.</source>
        <translation>工单已前台办结。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_detail.py" line="426"/>
        <source>Discard ticket</source>
        <translation>放弃工单</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_detail.py" line="427"/>
        <source>Discard this refused ticket? It will not be sent.</source>
        <translation>放弃这张被拒收的工单？它将不会被发送。</translation>
    </message>
</context>
<context>
    <name>TicketEntryForm</name>
    <message>
        <location filename="../../agentdesk/views/tickets/entry_form.py" line="50"/>
        <source>Choose consult, complaint or fault.</source>
        <translation>请选择咨询、投诉或故障。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/entry_form.py" line="51"/>
        <source>Choose a category.</source>
        <translation>请选择类别。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/entry_form.py" line="52"/>
        <source>This category is not known to the ticket system.</source>
        <translation>工单系统中没有此类别。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/entry_form.py" line="53"/>
        <source>Choose critical, major or minor.</source>
        <translation>请选择紧急、重要或一般。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/entry_form.py" line="54"/>
        <source>Describe the customer&apos;s request or problem.</source>
        <translation>请描述客户的诉求或问题。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/entry_form.py" line="55"/>
        <source>The description is longer than 4000 characters.</source>
        <translation>描述超过 4000 字。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/entry_form.py" line="56"/>
        <source>Open the customer the ticket is for.</source>
        <translation>请打开工单对应的客户。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/entry_form.py" line="57"/>
        <source>The contact phone is too long.</source>
        <translation>联系电话太长。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/entry_form.py" line="58"/>
        <source>The contact phone may hold digits, spaces and - + only.</source>
        <translation>联系电话只能包含数字、空格和 - +。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/entry_form.py" line="59"/>
        <source>Evidence must be a JSON object or list.</source>
        <translation>证据须为 JSON 对象或列表。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/entry_form.py" line="60"/>
        <source>Evidence cannot be stored as JSON.</source>
        <translation>证据无法保存为 JSON。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/entry_form.py" line="61"/>
        <source>The evidence is too large to send.</source>
        <translation>证据太大，无法发送。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/entry_form.py" line="62"/>
        <source>The callback time needs a time zone.</source>
        <translation>回访时间需要时区。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/entry_form.py" line="66"/>
        <source>Only consult tickets, or tickets a pretreatment flow solved, are closed at the front line.</source>
        <translation>只有咨询单或经预处理流程解决的工单才能前台办结。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/entry_form.py" line="121"/>
        <source>New ticket</source>
        <translation>新建工单</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/entry_form.py" line="129"/>
        <source>Customer: %1 — %2</source>
        <translation>客户：%1 — %2</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/entry_form.py" line="145"/>
        <source>What the customer asks or reports, in their words</source>
        <translation>客户咨询或反映的内容（按客户原话）</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/entry_form.py" line="152"/>
        <source>Leave empty to use the contact phone on file</source>
        <translation>留空则使用档案中的联系电话</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/entry_form.py" line="153"/>
        <source>Call &amp;back at</source>
        <translation>回访时间(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/entry_form.py" line="162"/>
        <source>&amp;Escalated complaint (customer went over our heads)</source>
        <translation>越级投诉(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/entry_form.py" line="164"/>
        <source>Answered in the call: close at the &amp;front line</source>
        <translation>通话中已解答：前台办结(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/entry_form.py" line="184"/>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/entry_form.py" line="185"/>
        <source>Ca&amp;tegory:</source>
        <translation>类别(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/entry_form.py" line="186"/>
        <source>&amp;Severity:</source>
        <translation>严重程度(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/entry_form.py" line="187"/>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/entry_form.py" line="188"/>
        <source>Contact &amp;phone:</source>
        <translation>联系电话(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/entry_form.py" line="192"/>
        <source>Callback:</source>
        <translation>回访：</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/entry_form.py" line="196"/>
        <source>Evidence from pretreatment:</source>
        <translation>预处理证据：</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/entry_form.py" line="200"/>
        <source>&amp;Submit ticket</source>
        <translation>提交工单(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/entry_form.py" line="204"/>
        <source>Submit (Ctrl+Enter)</source>
        <translation>提交（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/entry_form.py" line="205"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/entry_form.py" line="303"/>
        <source>Goes to the ticket system for %1 (%2); you do not need to choose it.</source>
        <translation>将自动送往%1工单系统（%2），无需选择。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/entry_form.py" line="363"/>
        <source>The callback time is in the past.</source>
        <translation>回访时间已过。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/entry_form.py" line="370"/>
        <source>Sending the ticket…</source>
        <translation>正在发送工单…</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/entry_form.py" line="402"/>
        <source>The ticket could not be stored: %1</source>
        <translation>工单无法保存：%1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/entry_form.py" line="424"/>
        <source>Ticket %1 created in system %2.</source>
        <translation>工单 %1 已在 %2 系统生成。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/entry_form.py" line="427"/>
        <location filename="../../agentdesk/views/tickets/entry_form.py" line="447"/>
        <location filename="../../agentdesk/views/tickets/entry_form.py" line="531"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/entry_form.py" line="433"/>
        <source>The ticket system refused this ticket: %1 Correct it and submit again.</source>
        <translation>工单系统拒收此工单：%1 请修改后重新提交。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/entry_form.py" line="445"/>
        <source>Waiting to send: the ticket is saved on this computer and is sent automatically when the ticket system answers again. %1</source>
        <translation>等待发送：工单已保存在本机，工单系统恢复后自动发送。%1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/entry_form.py" line="497"/>
        <source>No fault ticket is sent for a known event: count the call against the event, or file a complaint if the customer insists.</source>
        <translation>已知事件不派故障单：请将来电计入该事件；如客户坚持，可受理投诉。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/entry_form.py" line="513"/>
        <source>counted from the ticket form</source>
        <translation>从工单表单计入</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/entry_form.py" line="517"/>
        <source>The service-events system is not available: the call was not counted.</source>
        <translation>服务事件系统不可用：未计入本次来电。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/entry_form.py" line="530"/>
        <source>No ticket was sent: the call is counted against the event.</source>
        <translation>未派单：本次来电已计入该事件。</translation>
    </message>
</context>
<context>
    <name>TicketLabels</name>
    <message>
        <location filename="../../agentdesk/views/tickets/labels.py" line="13"/>
        <source>Consultation</source>
        <translation>咨询</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/labels.py" line="14"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/labels.py" line="15"/>
        <source>Fault</source>
        <translation>故障</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/labels.py" line="18"/>
        <source>Critical</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/labels.py" line="19"/>
        <source>Major</source>
        <translation>重要</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/labels.py" line="20"/>
        <source>Minor</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/labels.py" line="23"/>
        <source>Received</source>
        <translation>已受理</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/labels.py" line="24"/>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/labels.py" line="25"/>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/labels.py" line="26"/>
        <source>Closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/labels.py" line="27"/>
        <source>Cancelled</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/labels.py" line="29"/>
        <source>Waiting to send</source>
        <translation>等待发送</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/labels.py" line="30"/>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/labels.py" line="31"/>
        <source>Refused by the ticket system</source>
        <translation>工单系统拒收</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/labels.py" line="32"/>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/labels.py" line="35"/>
        <source>Consulted (question answered)</source>
        <translation>咨询（已解答）</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/labels.py" line="36"/>
        <source>Resolved at the front line</source>
        <translation>前台办结</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/labels.py" line="37"/>
        <source>Customer to act (e.g. pay first)</source>
        <translation>待客户处理（如先缴费）</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/labels.py" line="38"/>
        <source>Dispatched to the back office</source>
        <translation>已派单转后端</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/labels.py" line="41"/>
        <source>10000 (consultations and complaints)</source>
        <translation>10000（咨询、投诉）</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/labels.py" line="42"/>
        <source>112 (faults)</source>
        <translation>112（故障）</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/labels.py" line="47"/>
        <source>Overdue</source>
        <translation>超时</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/labels.py" line="48"/>
        <source>Escalated</source>
        <translation>越级</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/labels.py" line="49"/>
        <source>Stuck</source>
        <translation>滞留</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/labels.py" line="50"/>
        <source>Pretreated</source>
        <translation>已预处理</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/labels.py" line="51"/>
        <source>Closed at the front line</source>
        <translation>前台办结</translation>
    </message>
</context>
<context>
    <name>TicketPanel</name>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_panel.py" line="65"/>
        <source>Customer&apos;s tickets</source>
        <translation>客户工单</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_panel.py" line="66"/>
        <source>My tickets</source>
        <translation>我的工单</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_panel.py" line="68"/>
        <source>&amp;Open only</source>
        <translation>仅未办结(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_panel.py" line="71"/>
        <source>O&amp;verdue only</source>
        <translation>仅超时单(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_panel.py" line="74"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_panel.py" line="79"/>
        <source>Send now</source>
        <translation>立即发送</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_panel.py" line="82"/>
        <source>New ticket…</source>
        <translation>新建工单…</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_panel.py" line="86"/>
        <source>Wrap up call…</source>
        <translation>话后小结…</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_panel.py" line="140"/>
        <source>New &amp;ticket…</source>
        <translation>新建工单(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_panel.py" line="145"/>
        <source>&amp;Wrap up call…</source>
        <translation>话后小结(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_panel.py" line="190"/>
        <source>Open a customer to see their tickets, or look at your own tickets.</source>
        <translation>请先打开客户查看其工单，或查看我的工单。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_panel.py" line="212"/>
        <source>Loading tickets…</source>
        <translation>正在加载工单…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agentdesk/views/tickets/ticket_panel.py" line="240"/>
        <source>%n ticket(s) in 10000 and 112, %1 shown</source>
        <translation>
            <numerusform>10000 与 112 共 %n 张工单，显示 %1 张</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agentdesk/views/tickets/ticket_panel.py" line="303"/>
        <source>%n ticket(s) waiting to send</source>
        <translation>
            <numerusform>%n 张工单等待发送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agentdesk/views/tickets/ticket_panel.py" line="305"/>
        <source>%n refused — correct them</source>
        <translation>
            <numerusform>%n 张被拒收，请修改</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_panel.py" line="330"/>
        <source>Open the customer first: a ticket is always for a customer.</source>
        <translation>请先打开客户：工单必须对应客户。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_panel.py" line="375"/>
        <source>Wrap-up recorded.</source>
        <translation>话后小结已记录。</translation>
    </message>
</context>
<context>
    <name>TicketTableModel</name>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_table_model.py" line="38"/>
        <source>Ticket</source>
        <extracomment>role of the row&apos;s key: (&quot;ticket&quot;, id) or (&quot;draft&quot;, draft id) role that is True for overdue rows (tests and delegates read it)</extracomment>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_table_model.py" line="39"/>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_table_model.py" line="40"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_table_model.py" line="41"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_table_model.py" line="42"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_table_model.py" line="43"/>
        <source>Created</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_table_model.py" line="44"/>
        <source>Due</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_table_model.py" line="45"/>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_table_model.py" line="46"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_table_model.py" line="47"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_table_model.py" line="130"/>
        <source>Overdue: due %1 and still open</source>
        <translation>已超时：时限 %1，仍未办结</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_table_model.py" line="167"/>
        <source>(not sent yet)</source>
        <translation>（尚未发送）</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_table_model.py" line="180"/>
        <source>Refused: %1</source>
        <translation>被拒收：%1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/ticket_table_model.py" line="182"/>
        <source>Saved on this computer; sent automatically when the ticket system answers.</source>
        <translation>已保存在本机，工单系统恢复后自动发送。</translation>
    </message>
</context>
<context>
    <name>ToolboxPanel</name>
    <message>
        <location filename="../../agentdesk/toolbox/toolbox_panel.py" line="68"/>
        <source>Notepad</source>
        <translation>记事本</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/toolbox_panel.py" line="69"/>
        <source>Calculator</source>
        <translation>计算器</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/toolbox_panel.py" line="70"/>
        <source>Calendar</source>
        <translation>行事历</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/toolbox_panel.py" line="71"/>
        <source>Callbacks</source>
        <translation>回访清单</translation>
    </message>
    <message>
        <location filename="../../agentdesk/toolbox/toolbox_panel.py" line="93"/>
        <source>New calendar event</source>
        <translation>新建行事历日程</translation>
    </message>
</context>
<context>
    <name>TrendPage</name>
    <message>
        <location filename="../../agentdesk/views/dashboard/chart_pages.py" line="101"/>
        <source>Tickets per day</source>
        <translation>每日工单量</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/chart_pages.py" line="101"/>
        <source>Tickets</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/dashboard/chart_pages.py" line="104"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>UrgentBanner</name>
    <message>
        <location filename="../../agentdesk/views/knowledge/announcement_banner.py" line="26"/>
        <source>Read</source>
        <translation>查看</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/announcement_banner.py" line="28"/>
        <source>Dismiss</source>
        <translation>知道了</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/knowledge/announcement_banner.py" line="44"/>
        <source>Urgent announcement: %1</source>
        <translation>紧急公告：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agentdesk/views/knowledge/announcement_banner.py" line="46"/>
        <source>(and %n more)</source>
        <translation>
            <numerusform>（另有 %n 条）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VasModel</name>
    <message>
        <location filename="../../agentdesk/views/customer/vas_model.py" line="23"/>
        <source>Product</source>
        <extracomment>the steps every flow starts with (issue 13: a known service event is answered before anything is touched) a dispatch end&apos;s step outcome when the ticket desk refused its fault ticket because an active service event already explains the fault (issue 13): no ticket; the run goes on to the known-event end</extracomment>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/vas_model.py" line="29"/>
        <source>Service provider</source>
        <translation>SP</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/vas_model.py" line="32"/>
        <source>Monthly fee</source>
        <translation>月费</translation>
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
        <translation>是否计费</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/vas_model.py" line="53"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/vas_model.py" line="55"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/vas_model.py" line="59"/>
        <source>Ordered</source>
        <translation>订购时间</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/vas_model.py" line="64"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/vas_model.py" line="66"/>
        <source>Explanation</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>VasTab</name>
    <message>
        <location filename="../../agentdesk/views/customer/vas_tab.py" line="26"/>
        <source>Product details</source>
        <translation>产品详情</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/vas_tab.py" line="31"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/vas_tab.py" line="32"/>
        <source>Product code</source>
        <translation>产品编码</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/vas_tab.py" line="33"/>
        <source>Service provider</source>
        <translation>SP</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/vas_tab.py" line="34"/>
        <source>Monthly fee</source>
        <translation>月费</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/vas_tab.py" line="35"/>
        <source>Ordered</source>
        <translation>订购时间</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/vas_tab.py" line="36"/>
        <source>Channel</source>
        <translation>渠道</translation>
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
        <translation>退订时间</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/vas_tab.py" line="52"/>
        <source>Unsubscribe</source>
        <translation>退订</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/vas_tab.py" line="55"/>
        <source>Sync ISMP from CRM</source>
        <translation>按CRM同步ISMP</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/vas_tab.py" line="20"/>
        <source>Value-added</source>
        <translation>增值业务</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/vas_tab.py" line="72"/>
        <source>The customer has no mobile or fixed number: no value-added services.</source>
        <translation>该客户没有手机或固话号码，没有增值业务。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/vas_tab.py" line="73"/>
        <source>%1 has no value-added subscriptions.</source>
        <translation>%1 没有增值业务订购。</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <location filename="../../agentdesk/views/workbench/keyboard_access.py" line="37"/>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/keyboard_access.py" line="39"/>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/keyboard_access.py" line="41"/>
        <source>Close tab</source>
        <translation>关闭页签</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/keyboard_access.py" line="43"/>
        <source>Select all</source>
        <translation>全选</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/workbench.py" line="178"/>
        <location filename="../../agentdesk/views/workbench/workbench.py" line="324"/>
        <location filename="../../agentdesk/views/workbench/workbench.py" line="328"/>
        <source>Customer view</source>
        <translation>客户视图</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/workbench.py" line="185"/>
        <source>Open tab: %1</source>
        <translation>打开页签：%1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/workbench.py" line="196"/>
        <source>Show %1</source>
        <translation>显示%1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/workbench.py" line="197"/>
        <source>Docks</source>
        <translation>停靠面板</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/workbench.py" line="228"/>
        <source>Pretreatment flow</source>
        <translation>故障预处理流程</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/workbench.py" line="235"/>
        <source>Start flow: %1</source>
        <translation>开始流程：%1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/workbench.py" line="253"/>
        <source>Recent customers</source>
        <translation>最近客户</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/workbench.py" line="270"/>
        <source>Find customer “%1”</source>
        <translation>查找客户“%1”</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/workbench.py" line="271"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/workbench.py" line="289"/>
        <source>Search the knowledge base for “%1”</source>
        <translation>在知识库中搜索“%1”</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/workbench.py" line="292"/>
        <source>Knowledge base</source>
        <translation>知识库</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/workbench.py" line="329"/>
        <source>Go to a tab</source>
        <translation>转到页签</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/workbench.py" line="334"/>
        <source>Everywhere</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/workbench.py" line="336"/>
        <source>Next control</source>
        <translation>下一个控件</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/workbench.py" line="337"/>
        <source>Previous control</source>
        <translation>上一个控件</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/workbench.py" line="339"/>
        <source>Leave a text area where Tab types a tab</source>
        <translation>离开可输入 Tab 的文本框</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/workbench.py" line="342"/>
        <source>Close a dialog or the palette</source>
        <translation>关闭对话框或命令面板</translation>
    </message>
</context>
<context>
    <name>WorkbenchPage</name>
    <message>
        <location filename="../../agentdesk/views/workbench/preferences_dialog.py" line="164"/>
        <source>Customer view tabs (ticked ones are shown; Alt+Up/Alt+Down move)</source>
        <translation>客户视图页签（勾选的显示；Alt+Up/Alt+Down 移动）</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/preferences_dialog.py" line="168"/>
        <source>Customer view tabs</source>
        <translation>客户视图页签</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/preferences_dialog.py" line="177"/>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/preferences_dialog.py" line="179"/>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/preferences_dialog.py" line="193"/>
        <source>Docks shown</source>
        <translation>显示的停靠面板</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/preferences_dialog.py" line="211"/>
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/preferences_dialog.py" line="218"/>
        <source>&amp;Reset layout</source>
        <translation>重置布局(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/workbench/preferences_dialog.py" line="220"/>
        <source>All docks and customer-view tabs back as they came</source>
        <translation>所有停靠面板和客户视图页签恢复为初始状态</translation>
    </message>
</context>
<context>
    <name>WorkingPage</name>
    <message>
        <location filename="../../agentdesk/wizards/pages/working_page.py" line="30"/>
        <source>Making the change in the back office…</source>
        <translation>正在后台系统中执行变更…</translation>
    </message>
    <message>
        <location filename="../../agentdesk/wizards/pages/working_page.py" line="32"/>
        <source>Checking the back office…</source>
        <translation>正在查询后台系统…</translation>
    </message>
</context>
<context>
    <name>WrapUpDialog</name>
    <message>
        <location filename="../../agentdesk/views/tickets/wrapup_dialog.py" line="58"/>
        <source>Wrap up the call</source>
        <translation>话后小结</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/wrapup_dialog.py" line="67"/>
        <source>Customer: %1 — %2</source>
        <translation>客户：%1 — %2</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/wrapup_dialog.py" line="71"/>
        <source>How did the call end?</source>
        <translation>本次通话结果？</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/wrapup_dialog.py" line="86"/>
        <source>Suggested from this call: %1</source>
        <translation>根据本次通话建议：%1</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/wrapup_dialog.py" line="109"/>
        <source>No pretreatment run in this call.</source>
        <translation>本次通话没有预处理记录。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/wrapup_dialog.py" line="110"/>
        <source>No ticket in this call.</source>
        <translation>本次通话没有工单。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/wrapup_dialog.py" line="117"/>
        <source>&amp;Report it to the ticket system as closed at the front line</source>
        <translation>作为前台办结报送工单系统(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/wrapup_dialog.py" line="129"/>
        <source>What was agreed with the customer (optional)</source>
        <translation>与客户约定的事项（可选）</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/wrapup_dialog.py" line="135"/>
        <source>Re&amp;cord wrap-up</source>
        <translation>记录小结(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/wrapup_dialog.py" line="138"/>
        <source>Record (Ctrl+Enter)</source>
        <translation>记录（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/wrapup_dialog.py" line="139"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/wrapup_dialog.py" line="153"/>
        <source>Pretreatment runs of this call:</source>
        <translation>本次通话的预处理记录：</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/wrapup_dialog.py" line="156"/>
        <source>Tickets of this call:</source>
        <translation>本次通话的工单：</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/wrapup_dialog.py" line="160"/>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/tickets/wrapup_dialog.py" line="226"/>
        <source>The wrap-up could not be stored: %1</source>
        <translation>话后小结无法保存：%1</translation>
    </message>
</context>
<context>
    <name>WriteWording</name>
    <message>
        <location filename="../../agentdesk/views/customer/write_wording.py" line="19"/>
        <source>Sync billing from CRM</source>
        <translation>按CRM同步计费</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/write_wording.py" line="22"/>
        <source>Billing takes CRM&apos;s status for this number (CRM is the truth of what was sold).</source>
        <translation>计费系统按CRM更新该号码的状态（办理内容以CRM为准）。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/write_wording.py" line="25"/>
        <source>Sync the network from CRM</source>
        <translation>按CRM同步网元</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/write_wording.py" line="29"/>
        <source>The HLR takes CRM&apos;s state, add-on products, VPN membership and data profile for this number.</source>
        <translation>HLR按CRM更新该号码的状态、附属产品、VPN成员和数据业务属性。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/write_wording.py" line="32"/>
        <source>Restore the network state</source>
        <translation>恢复网元状态</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/write_wording.py" line="36"/>
        <source>The HLR un-bars this number: calls and data work again (restore service first, find the cause after).</source>
        <translation>HLR为该号码复机：恢复通话和上网（先恢复业务，再查原因）。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/write_wording.py" line="39"/>
        <source>Activate in the network</source>
        <translation>在网元开通</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/write_wording.py" line="40"/>
        <source>The HLR activates the add-on product %1, as sold in CRM.</source>
        <translation>HLR按CRM办理内容开通附属产品 %1。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/write_wording.py" line="43"/>
        <source>Sync the VPN</source>
        <translation>同步VPN</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/write_wording.py" line="44"/>
        <source>The network takes the VPN group and short number from CRM.</source>
        <translation>网元按CRM更新VPN群组和短号。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/write_wording.py" line="47"/>
        <source>Sync AAA from CRM</source>
        <translation>按CRM同步AAA</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/write_wording.py" line="51"/>
        <source>AAA/RADIUS takes CRM&apos;s wireless data services (%1): accounts are created, enabled or corrected.</source>
        <translation>AAA/RADIUS按CRM更新无线宽带业务（%1）：补建、开通或修正账号。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/write_wording.py" line="54"/>
        <source>Unsubscribe</source>
        <translation>退订</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/write_wording.py" line="58"/>
        <source>The value-added service %1 ends in ISMP and CRM; it is not charged from the next month.</source>
        <translation>增值业务 %1 在ISMP和CRM中同时退订，下月起不再收费。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/write_wording.py" line="61"/>
        <source>Sync ISMP from CRM</source>
        <translation>按CRM同步ISMP</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/write_wording.py" line="64"/>
        <source>ISMP takes CRM&apos;s value-added subscriptions: what CRM ended stops being billed.</source>
        <translation>ISMP按CRM更新增值业务订购：CRM中已退订的不再计费。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/write_wording.py" line="67"/>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/write_wording.py" line="71"/>
        <source>BIMS sets a new broadband password; the customer must enter it in the modem. The old one stops working.</source>
        <translation>BIMS生成新的宽带密码，客户需在猫中重新输入，原密码失效。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/write_wording.py" line="74"/>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/write_wording.py" line="77"/>
        <source>BIMS sets the password the customer chose; the old one stops working.</source>
        <translation>BIMS设置客户指定的密码，原密码失效。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/write_wording.py" line="80"/>
        <source>Unbind MAC</source>
        <translation>解绑MAC</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/write_wording.py" line="83"/>
        <source>BIMS forgets the bound router; the next router that dials in is bound.</source>
        <translation>BIMS解除已绑定的路由器，下一个拨号的设备将被绑定。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/write_wording.py" line="86"/>
        <source>Clear online sessions</source>
        <translation>清除在线记录</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/write_wording.py" line="90"/>
        <source>Every online session of the account is ended; devices online now are disconnected.</source>
        <translation>结束该账号的所有在线记录，当前在线的设备将断线。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/write_wording.py" line="93"/>
        <source>Restart port</source>
        <translation>端口重启</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/write_wording.py" line="94"/>
        <source>The access port restarts; the line drops for about a minute.</source>
        <translation>接入端口重启，线路中断约一分钟。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/write_wording.py" line="97"/>
        <source>Dial test</source>
        <translation>拨号测试</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/write_wording.py" line="100"/>
        <source>A test login from the network side, as the customer&apos;s modem would dial.</source>
        <translation>从网络侧模拟客户猫拨号登录。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/write_wording.py" line="103"/>
        <source>Line test</source>
        <translation>线路检测</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/write_wording.py" line="104"/>
        <source>Measures the line&apos;s attenuation and signal-to-noise ratio.</source>
        <translation>测量线路衰减和信噪比。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/write_wording.py" line="127"/>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/write_wording.py" line="136"/>
        <source>%1 for &lt;b&gt;%2&lt;/b&gt;, %3?</source>
        <translation>为 &lt;b&gt;%2&lt;/b&gt;（%3）执行“%1”？</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/write_wording.py" line="143"/>
        <source>Effect: %1 The back office is changed at once; the action is recorded in the audit trail.</source>
        <translation>影响：%1 后台系统将立即修改，操作记入审计记录。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/write_wording.py" line="153"/>
        <source>Retrying sends the same request with the same key: the back office acts only once.</source>
        <translation>重试将以相同的幂等键发送同一请求：后台只会执行一次。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/write_wording.py" line="160"/>
        <source>Dial test of %1 succeeded in %2 ms.</source>
        <translation>%1 拨号测试成功，用时 %2 毫秒。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/write_wording.py" line="166"/>
        <source>Dial test of %1 failed in %2 ms: code %3, %4.</source>
        <translation>%1 拨号测试失败，用时 %2 毫秒：错误码 %3，%4。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/write_wording.py" line="174"/>
        <source>Line test of %1: %2 (attenuation %3 dB, SNR %4 dB).</source>
        <translation>%1 线路检测：%2（衰减 %3 dB，信噪比 %4 dB）。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/write_wording.py" line="184"/>
        <source>%1 done for %2. Read the new password to the customer: %3</source>
        <translation>已为 %2 完成“%1”。请将新密码告知客户：%3</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/write_wording.py" line="192"/>
        <source> (the back office had already done it; nothing was done twice)</source>
        <translation>（后台此前已执行过，未重复执行）</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/write_wording.py" line="198"/>
        <source>%1 for %2: nothing needed changing.</source>
        <translation>%2 的“%1”：无需修改。</translation>
    </message>
    <message>
        <location filename="../../agentdesk/views/customer/write_wording.py" line="204"/>
        <source>%1 done for %2.</source>
        <translation>已为 %2 完成“%1”。</translation>
    </message>
</context>
</TS>
