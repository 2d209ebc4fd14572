package jp.kyogikai.support;

import java.util.List;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Counts the SQL statements the current thread sends, so a test can show that a page
 * issues the same number of statements whatever the amount of data.
 */
@Component
public class SqlStatements implements BeanPostProcessor {

	private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[1]);

	private static final ThreadLocal<List<String>> SENT = ThreadLocal.withInitial(java.util.ArrayList::new);

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
			return ProxyDataSourceBuilder.create(dataSource).name(beanName).listener(new Counter()).build();
		}
		return bean;
	}

	public void reset() {
		COUNT.get()[0] = 0;
		SENT.get().clear();
	}

	/**
	 * The statements sent since the last reset, to say in a failed assertion what they
	 * were.
	 * @return their SQL, one per line
	 */
	public String sent() {
		return String.join("\n", SENT.get());
	}

	public int count() {
		return COUNT.get()[0];
	}

	private static final class Counter implements QueryExecutionListener {

		@Override
		public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
			COUNT.get()[0] += queryInfoList.size();
			queryInfoList.forEach((query) -> SENT.get().add(query.getQuery()));
		}

		@Override
		public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
		}

	}

}
